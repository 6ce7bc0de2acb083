# BROKEN tcp-upper server: echoes every message instead of upper-casing it (forgot .upper()).
# Fails "one-message".
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(9000))
s.listen(5)
while True:
    conn, addr = s.accept()
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.send(data)
    conn.close()
