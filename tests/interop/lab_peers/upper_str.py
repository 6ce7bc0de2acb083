# BROKEN tcp-upper server: decodes, calls str.upper() and encodes again. Full-width letters
# (ｓ -> Ｓ) change, and a Chinese character cut in two by recv(1024) makes decode() raise,
# which ends this client's connection. Fails "chinese".
import socket
from _addr import address

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(address(9000))
s.listen(5)
while True:
    conn, addr = s.accept()
    try:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.send(data.decode('utf-8').upper().encode('utf-8'))
    except UnicodeDecodeError as e:
        print('decode error:', e)
    conn.close()
