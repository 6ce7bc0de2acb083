# BROKEN upload-client: sends the header and then the file's bytes at once, without waiting for
# the server's ok. Fails "upload" (file data before ok).
import os
import socket
from _addr import address

SEPARATOR = '<SEPARATOR>'
file_name = input('file: ')
client = socket.socket()
client.connect(address(12800))
client.send(f'{file_name}{SEPARATOR}{os.path.getsize(file_name)}'.encode('utf-8'))
with open(file_name, 'rb') as f:
    client.sendall(f.read())
print(client.recv(1024))
client.close()
