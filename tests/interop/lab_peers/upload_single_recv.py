# BROKEN file-upload server: after ok it calls recv(size) ONCE, as if one recv() returned the
# whole file, writes what came and closes: a file that arrives in several pieces is cut short.
# Fails "all-bytes".
import socket
from _addr import address

SEPARATOR = '<SEPARATOR>'
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(12800))
s.listen(128)
while True:
    c, addr = s.accept()
    name, size = c.recv(10240).decode('utf-8').split(SEPARATOR)
    c.send(b'ok')
    data = c.recv(int(size)) if int(size) > 0 else b''
    with open('[接收]' + name, 'wb') as f:
        f.write(data)
    c.close()
