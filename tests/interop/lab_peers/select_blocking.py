# BROKEN select() server: says hello and response, but without select(): it blocks in recv()
# of one client until that client leaves, so a second client gets nothing meanwhile. Fails
# "interleaved".
import socket
from _addr import address

sk = socket.socket()
sk.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sk.bind(address(9000))
sk.listen(5)
while True:
    conn, addr = sk.accept()
    conn.sendall(b'hello')
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(b'response')
    conn.close()
