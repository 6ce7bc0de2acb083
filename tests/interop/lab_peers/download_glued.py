# BROKEN (lesson) file-download server: builds header and file data into one message and sends
# them with a single sendall(), so the header never arrives on its own (粘包): the lecture's
# client, which splits its first recv(1024) on <SEPARATOR>, crashes. Fails "header-alone".
# Files are looked up in the working directory.
import os
import socket
from _addr import address

SEPARATOR = '<SEPARATOR>'
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(7890))
s.listen(128)
while True:
    c, addr = s.accept()
    name = c.recv(1024).decode('utf-8')
    if os.path.isfile(name) and '..' not in name:
        with open(name, 'rb') as f:
            data = f.read()
        c.sendall(f'0{SEPARATOR}{len(data)}'.encode('utf-8') + data)
    else:
        c.sendall(f'-1{SEPARATOR}{name}文件不存在'.encode('utf-8'))
    c.close()
