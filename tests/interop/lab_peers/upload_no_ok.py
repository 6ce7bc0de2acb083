# BROKEN file-upload server: reads the header and then the data, but never answers ok, so a
# client that waits for ok (as the lecture's does) waits forever. Fails "ok".
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
    with open('[接收]' + name, 'wb') as f:
        while True:
            data = c.recv(10240)
            if not data:
                break
            f.write(data)
    c.close()
