# BROKEN upload-client: announces len() of the file read as text (characters) instead of its
# size in bytes, then sends the bytes: for a file with Chinese text more bytes follow than
# announced. Fails "upload" (after the announced bytes).
import socket
from _addr import address

SEPARATOR = '<SEPARATOR>'
file_name = input('file: ')
with open(file_name, encoding='utf-8') as f:
    text = f.read()
client = socket.socket()
client.connect(address(12800))
client.send(f'{file_name}{SEPARATOR}{len(text)}'.encode('utf-8'))
if client.recv(1024):
    client.sendall(text.encode('utf-8'))
client.close()
