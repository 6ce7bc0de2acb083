# BROKEN udp-send client: sends each line with its newline ("hello\n"), so the receiver's
# `data == "bye"` never matches. Fails "datagrams" at the first datagram.
import socket
import sys
from _addr import address

udp_socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for line in sys.stdin:
    udp_socket.sendto(line.encode('utf-8'), address(1234))
    if line.strip() == 'bye':
        break
udp_socket.close()
