# BROKEN download-client: after the last byte it waits for "more" instead of treating
# recv() == b'' as the end: it never closes its socket. Fails "download" (the last step).
import socket
import time
from _addr import address

SEPARATOR = '<SEPARATOR>'
s = socket.socket()
s.connect(address(7890))
name = input('file: ')
s.send(name.encode('utf-8'))
rcode, size = s.recv(1024).decode('utf-8').split(SEPARATOR)
if int(rcode) == 0:
    with open('[接收]' + name, 'wb') as f:
        while True:
            data = s.recv(10240)
            if data:
                f.write(data)
            else:
                time.sleep(0.1)
s.close()
