# BROKEN tcp-client: sends each typed line with a newline added ("hello\n"), so the server
# receives something else than what was typed, and "q\n" never ends its chat. Fails "chat" at
# the first message.
import socket
from _addr import address

client = socket.socket()
client.connect(address(1246))
while True:
    line = input('> ')
    client.send((line + '\n').encode('utf-8'))
    if line == 'q':
        break
    print(client.recv(1024).decode('utf-8'))
client.close()
