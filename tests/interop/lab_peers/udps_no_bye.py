# BROKEN udp-send client: checks for bye BEFORE sending, so bye itself is never sent and the
# receiver never learns that the conversation is over. Fails "datagrams" at the bye step.
import socket
from _addr import address

udp_socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
while True:
    send_data = input('> ')
    if send_data == 'bye':
        break
    udp_socket.sendto(send_data.encode('utf-8'), address(1234))
udp_socket.close()
