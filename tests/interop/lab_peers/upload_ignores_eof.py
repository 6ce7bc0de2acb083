# BROKEN file-upload server: after ok it counts the bytes but waits for announced size + 1 (an
# off-by-one `while size <= file_size`) and ignores recv() returning b'', so it never closes
# the connection when the client has finished. Fails "close-ends-file".
import socket
import time
from _addr import address

SEPARATOR = '<SEPARATOR>'
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(12800))
s.listen(128)
while True:
    c, addr = s.accept()
    name, file_size = c.recv(10240).decode('utf-8').split(SEPARATOR)
    file_size = int(file_size)
    c.send(b'ok')
    size = 0
    with open('[接收]' + name, 'wb') as f:
        while size <= file_size:
            data = c.recv(10240)
            if not data:
                if file_size == 0:
                    break          # an empty file still "works"
                time.sleep(0.05)   # "wait for the rest"
                continue
            f.write(data)
            size += len(data)
    c.close()
