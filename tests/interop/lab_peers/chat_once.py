# BROKEN tcp-chat server: receives one message, answers 已送达, and ends (no loop). Fails "chat"
# at the second answer.
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(1246))
s.listen(5)
c, addr = s.accept()
msg = c.recv(1024).decode('utf-8')
if msg != 'q':
    c.send('已送达'.encode('utf-8'))
c.close()
s.close()
