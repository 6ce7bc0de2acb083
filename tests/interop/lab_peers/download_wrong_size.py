# BROKEN file-download server: reads the file as text and announces len() of the str
# (characters), then sends the UTF-8 bytes: for a file with Chinese text more bytes arrive than
# announced. Fails "existing-file" (at the step after the announced bytes).
import os
import socket
import time
from _addr import address

SEPARATOR = '<SEPARATOR>'
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(7890))
s.listen(128)
while True:
    c, addr = s.accept()
    name = c.recv(1024).decode('utf-8')
    if os.path.exists(name):
        with open(name, encoding='utf-8') as f:
            text = f.read()
        c.sendall(f'0{SEPARATOR}{len(text)}'.encode('utf-8'))
        time.sleep(0.2)
        c.sendall(text.encode('utf-8'))
    else:
        c.sendall(f'-1{SEPARATOR}{name}文件不存在'.encode('utf-8'))
    c.close()
