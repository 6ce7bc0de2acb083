# BROKEN select() server: the seed 003 server without the greeting: it never sends hello after
# accept(), but answers response to messages. Fails "hello".
import select
import socket
from _addr import address

sk = socket.socket()
sk.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sk.bind(address(9000))
sk.listen(5)
inputs = [sk]
outputs = []
while True:
    rlist, wlist, e = select.select(inputs, outputs, [], 1)
    for r in rlist:
        if r == sk:
            conn, addr = r.accept()
            inputs.append(conn)
        else:
            try:
                ret = r.recv(1024)
                if not ret:
                    raise Exception('断开链接')
                outputs.append(r)
            except Exception:
                inputs.remove(r)
                r.close()
    for w in wlist:
        w.sendall(b'response')
        outputs.remove(w)
