# BROKEN udp-ok server: remembers the first sender's address and answers every datagram there.
# One client works; with two senders, the second one never hears ok. Fails "several-senders".
import socket
from _addr import address

sk = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sk.bind(address(9999))
client = None
while True:
    data, addr = sk.recvfrom(1024)
    if client is None:
        client = addr
    sk.sendto(b'ok', client)
