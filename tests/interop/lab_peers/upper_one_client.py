# BROKEN tcp-upper server: no outer accept() loop, so it serves one client and then the program
# ends. Fails "next-client".
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(9000))
s.listen(5)
conn, addr = s.accept()
while True:
    data = conn.recv(1024)
    if not data:
        break
    conn.send(data.upper())
conn.close()
s.close()
