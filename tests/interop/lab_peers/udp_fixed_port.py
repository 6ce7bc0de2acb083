# BROKEN udp-ok server: answers ok to the sender's host but always to port 9998 (a fixed
# "client port") instead of the port the datagram came from. Fails "ok".
import socket
from _addr import address

sk = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sk.bind(address(9999))
while True:
    data, (host, port) = sk.recvfrom(1024)
    sk.sendto(b'ok', (host, 9998))
