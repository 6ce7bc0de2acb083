# BROKEN http server: sends only the file's content, without a status line or headers (as if
# HTTP were "send the file"). A browser may even show it, but it is not an HTTP response.
# Fails "root".
from _http_base import listen, read_file

s = listen()
while True:
    c, addr = s.accept()
    request = c.recv(4096).decode('utf-8', 'replace')
    parts = request.split(' ')
    body = read_file(parts[1]) if len(parts) > 1 else None
    c.sendall(body if body is not None else '页面不存在'.encode('utf-8'))
    c.close()
