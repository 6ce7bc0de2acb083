# A CORRECT static server (not a seed script): reads the request until \r\n\r\n, answers GET and
# HEAD with Content-Type and Content-Length, 404 with a body, refuses .. (403). It passes every
# check of the http lab, lessons included; the tests use it as the reference.
import mimetypes
import os

from _http_base import ROOT, listen

s = listen()
while True:
    c, addr = s.accept()
    data = b''
    while b'\r\n\r\n' not in data and len(data) < 65536:
        more = c.recv(4096)
        if not more:
            break
        data += more
    try:
        method, path, version = data.split(b'\r\n')[0].decode('utf-8').split(' ')
    except ValueError:
        c.sendall(b'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n')
        c.close()
        continue
    name = path.split('?')[0].lstrip('/') or 'index.html'
    full = os.path.realpath(os.path.join(ROOT, name))
    if '..' in path.split('/'):
        status, body, ctype = '403 Forbidden', '禁止访问'.encode('utf-8'), 'text/plain; charset=utf-8'
    elif not full.startswith(os.path.realpath(ROOT) + os.sep) or not os.path.isfile(full):
        status, body, ctype = '404 Not Found', '页面不存在'.encode('utf-8'), 'text/plain; charset=utf-8'
    else:
        with open(full, 'rb') as f:
            body = f.read()
        status, ctype = '200 OK', mimetypes.guess_type(full)[0] or 'application/octet-stream'
    head = ('HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n'
            % (status, ctype, len(body))).encode('utf-8')
    c.sendall(head if method == 'HEAD' else head + body)
    c.close()
