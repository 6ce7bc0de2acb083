# BROKEN file-download server: serves existing files like the seed, but for a missing file it
# just closes the connection without the -1<SEPARATOR>… answer. Fails "missing-file".
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
        c.sendall(f'0{SEPARATOR}{os.path.getsize(name)}'.encode('utf-8'))
        time.sleep(0.2)
        with open(name, 'rb') as f:
            c.sendall(f.read())
    c.close()
