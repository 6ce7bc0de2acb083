# BROKEN tcp-upper server: answers the first message of each client, then closes the connection
# (recv() called once instead of in a loop). Fails "second-third".
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(9000))
s.listen(5)
while True:
    conn, addr = s.accept()
    data = conn.recv(1024)
    if data:
        conn.send(data.upper())
    conn.close()
