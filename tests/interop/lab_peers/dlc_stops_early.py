# BROKEN download-client: stops reading as soon as one recv() returns less than its buffer
# size ("that must have been the last piece") and closes, while the server is still sending.
# Fails "download" (the client closed during the transfer).
import socket
from _addr import address

SEPARATOR = '<SEPARATOR>'
buffer_size = 64 * 1024
s = socket.socket()
s.connect(address(7890))
name = input('file: ')
s.send(name.encode('utf-8'))
rcode, size = s.recv(1024).decode('utf-8').split(SEPARATOR)
if int(rcode) == 0:
    with open('[接收]' + name, 'wb') as f:
        while True:
            data = s.recv(buffer_size)
            f.write(data)
            if len(data) < buffer_size:
                break
s.close()
