# BROKEN http server: assumes the whole request arrives in one recv(): when the data does not
# end with the blank line \r\n\r\n it answers 400 Bad Request. A request that arrives in two
# TCP segments gets a 400. Fails "two-segments".
from _http_base import listen, read_file

s = listen()
while True:
    c, addr = s.accept()
    data = c.recv(65536)
    if not data.endswith(b'\r\n\r\n'):
        c.sendall(b'HTTP/1.1 400 Bad Request\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request')
    else:
        method, path, version = data.split(b'\r\n')[0].decode().split(' ')
        body = read_file(path)
        if body is None:
            c.sendall(b'HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nNot Found')
        else:
            c.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n'
                      b'Connection: close\r\n\r\n' % len(body) + body)
    c.close()
