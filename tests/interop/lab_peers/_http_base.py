"""Shared by the broken HTTP servers: a listening socket on SEED_HOST / SEED_PORT (default 7788)
serving files from SEED_ROOT (default: the working directory), one client at a time."""
import os
import socket

from _addr import address

ROOT = os.path.abspath(os.environ.get('SEED_ROOT', '.'))


def listen():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(address(7788))
    s.listen(128)
    return s


def read_file(path):
    """The bytes of the file for a request path, or None when it is missing or outside ROOT."""
    name = path.split('?')[0].lstrip('/') or 'index.html'
    full = os.path.abspath(os.path.join(ROOT, name))
    if not full.startswith(ROOT + os.sep) or not os.path.isfile(full):
        return None
    with open(full, 'rb') as f:
        return f.read()
