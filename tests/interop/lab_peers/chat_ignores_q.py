# BROKEN tcp-chat server: never checks for q, so it answers q with 已送达 like any message and
# the chat never ends (until the client leaves). Fails "chat" at the step after q.
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(1246))
s.listen(5)
c, addr = s.accept()
while True:
    msg = c.recv(1024)
    if not msg:
        break
    c.send('已送达'.encode('utf-8'))
c.close()
s.close()
