# BROKEN tcp-client: sends every typed line without waiting for the server's answer (no recv()
# after send()), so messages pile up (粘包) and answers are never read. Fails "chat" at the
# step that waits for the answer to be read.
import socket
from _addr import address

client = socket.socket()
client.connect(address(1246))
while True:
    line = input('> ')
    client.send(line.encode('utf-8'))
    if line == 'q':
        break
client.close()
