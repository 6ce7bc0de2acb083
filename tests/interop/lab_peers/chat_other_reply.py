# BROKEN tcp-chat server: replies "收到" instead of "已送达". Fails "chat" at the first answer.
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(1246))
s.listen(5)
c, addr = s.accept()
while True:
    msg = c.recv(1024).decode('utf-8')
    if msg == 'q':
        break
    c.send('收到'.encode('utf-8'))
s.close()
