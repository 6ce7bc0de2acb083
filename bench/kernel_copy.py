#!/usr/bin/env python3
"""The least work a program can do to move a file over TCP into another file on Linux, used by
file_bench.py as the machine's floor: no protocol, no user-space copies. The sender hands the
file to the socket with sendfile(), the receiver moves the socket's bytes into its file with
splice() through a pipe; the kernel does everything else.

  kernel_copy.py recv PORT FILE    listen on 127.0.0.1:PORT, write what arrives to FILE until EOF
  kernel_copy.py send PORT FILE    connect to 127.0.0.1:PORT, send FILE, close
"""
import fcntl
import os
import socket
import sys

CHUNK = 1 << 20
F_SETPIPE_SZ = 1031


def receive(port, path):
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(('127.0.0.1', port))
        listener.listen(1)
        conn, _ = listener.accept()
    r, w = os.pipe()
    fcntl.fcntl(w, F_SETPIPE_SZ, CHUNK)
    out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with conn:
        while True:
            n = os.splice(conn.fileno(), w, CHUNK, flags=os.SPLICE_F_MOVE)
            if n == 0:
                break
            while n:
                n -= os.splice(r, out, n, flags=os.SPLICE_F_MOVE)
    os.close(out)


def send(port, path):
    size = os.path.getsize(path)
    with socket.create_connection(('127.0.0.1', port)) as conn, open(path, 'rb') as f:
        offset = 0
        while offset < size:
            offset += os.sendfile(conn.fileno(), f.fileno(), offset, size - offset)


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('recv', 'send'):
        sys.exit(__doc__)
    (receive if sys.argv[1] == 'recv' else send)(int(sys.argv[2]), sys.argv[3])
