# BROKEN http server: Content-Length is len() of the page as a str (characters), not of its UTF-8
# bytes; for a page with Chinese text the body is longer than announced and the extra bytes
# arrive after the response. Fails "root" (at the step after the response).
from _http_base import listen, read_file

s = listen()
while True:
    c, addr = s.accept()
    data = b''
    while b'\r\n\r\n' not in data:
        more = c.recv(4096)
        if not more:
            break
        data += more
    lines = data.decode('utf-8', 'replace').split('\r\n')
    parts = lines[0].split(' ')
    body = read_file(parts[1]) if len(parts) > 1 else None
    if body is None:
        text = '<h1>404 页面不存在</h1>'
        c.sendall(('HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n'
                   'Content-Length: %d\r\n\r\n%s' % (len(text), text)).encode('utf-8'))
    else:
        text = body.decode('utf-8')
        c.sendall(('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
                   'Content-Length: %d\r\n\r\n' % len(text)).encode('utf-8') + body)
    c.close()
