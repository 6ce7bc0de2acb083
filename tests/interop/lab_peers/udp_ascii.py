# BROKEN udp-ok server: decodes every datagram with data.decode('ascii') to print it, so the
# first datagram with Chinese text raises UnicodeDecodeError and the server dies; ASCII
# datagrams are answered. Fails "each-datagram".
import socket
from _addr import address

sk = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sk.bind(address(9999))
while True:
    data, addr = sk.recvfrom(1024)
    print(data.decode('ascii'), addr)
    sk.sendto(b'ok', addr)
