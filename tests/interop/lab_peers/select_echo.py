# BROKEN select() server: sends hello, but answers each message with the message itself
# instead of response. Fails "response".
import select
import socket
from _addr import address

sk = socket.socket()
sk.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sk.bind(address(9000))
sk.listen(5)
inputs = [sk]
while True:
    rlist, _, _ = select.select(inputs, [], [], 1)
    for r in rlist:
        if r == sk:
            conn, addr = r.accept()
            inputs.append(conn)
            conn.sendall(b'hello')
        else:
            data = r.recv(1024)
            if data:
                r.sendall(data)
            else:
                inputs.remove(r)
                r.close()
