"""Half-closed clients: every SocketLab server answers a client that sends its request and then
shuts down its sending side (`nc -N`, `sock.shutdown(SHUT_WR)`, HTTP/1.0 scripts) in full,
small and large answers alike, while the client reads slowly; the server's log says that the
peer finished sending, and later that the connection was closed.

Qt 6.4's QTcpSocket treats the end of the peer's stream as a full close and throws away what
was still queued, so before StreamSocket each of these clients got nothing or a cut answer.
Environment: SOCKETLAB_BIN = the built socketlab binary.
"""
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get('SOCKETLAB_BIN', '')
sys.path.insert(0, HERE)
from interop_support import Proc, free_port, is_listening, wait_until  # noqa: E402

MiB = 1024 * 1024


def connect(port):
    s = socket.create_connection(('127.0.0.1', port), timeout=30)
    # A small receive buffer makes "reads slowly" real: the server has to wait for us.
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    return s


def read_to_eof(sock, slow=False, limit=1 << 30):
    """Everything until EOF; with `slow`, pauses now and then so the server's queue backs up."""
    chunks = []
    total = 0
    n = 0
    while True:
        data = sock.recv(64 * 1024)
        if not data:
            return b''.join(chunks)
        chunks.append(data)
        total += len(data)
        n += 1
        if total > limit:
            raise AssertionError('more than %d bytes' % limit)
        if slow and n % 16 == 0:
            time.sleep(0.02)


def pattern(size):
    block = hashlib.sha256(b'socketlab').digest() * 2048   # 64 KiB that is not all one byte
    return (block * (size // len(block) + 1))[:size]


class HalfCloseTestCase(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.tmp = tempfile.mkdtemp(prefix='socketlab-halfclose-')

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def app(self, *args):
        p = Proc([BIN] + list(args), stdin=subprocess.DEVNULL)
        self.procs.append(p)
        return p

    # ---- tcp-server ------------------------------------------------------------------------

    def tcp_server(self, *extra):
        port = free_port()
        server = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1', *extra)
        wait_until(lambda: is_listening(port) or server.p.poll() is not None, 'the server to listen')
        self.assertIsNone(server.p.poll(), server.dump())
        return server, port

    def test_tcp_upper_answers_nc_N(self):
        """`printf hello | nc -N 127.0.0.1 PORT` against --reply upper prints HELLO."""
        server, port = self.tcp_server('--reply', 'upper')
        with connect(port) as s:
            s.sendall(b'hello')
            s.shutdown(socket.SHUT_WR)
            self.assertEqual(read_to_eof(s), b'HELLO', server.dump())
        server.wait_for(r'finished sending \(half-close\)')
        server.wait_for(r'Closed the connection to 127\.0\.0\.1:\d+ after it finished sending\.')
        self.assertFalse(server.matching(r'not delivered'), server.dump())

    def test_tcp_lines_last_line_without_newline_is_answered(self):
        server, port = self.tcp_server('--reply', 'upper', '--framing', 'lines')
        with connect(port) as s:
            s.sendall(b'one\ntwo')
            s.shutdown(socket.SHUT_WR)
            self.assertEqual(read_to_eof(s), b'ONE\nTWO\n', server.dump())

    def test_tcp_echo_8_mib_to_a_slow_reader(self):
        server, port = self.tcp_server('--reply', 'echo', '--quiet')
        data = pattern(8 * MiB)
        with connect(port) as s:
            def send():
                s.sendall(data)
                s.shutdown(socket.SHUT_WR)
            sender = threading.Thread(target=send, daemon=True)
            sender.start()
            got = read_to_eof(s, slow=True)
            sender.join(30)
        self.assertEqual(len(got), len(data), server.dump())
        self.assertTrue(got == data)
        server.wait_for(r'after it finished sending\.')
        self.assertFalse(server.matching(r'not delivered'), server.dump())

    # ---- web -------------------------------------------------------------------------------

    def test_web_http10_40_mib_body_to_a_half_closed_slow_reader(self):
        root = os.path.join(self.tmp, 'site')
        os.mkdir(root)
        data = pattern(40 * MiB)
        with open(os.path.join(root, 'big.bin'), 'wb') as f:
            f.write(data)
        server = self.app('web', '--root', root, '--port', '0', '--bind', '127.0.0.1')
        line = server.wait_for(r'^Serving .* on http://127\.0\.0\.1:\d+/')[0]
        port = int(re.search(r'http://127\.0\.0\.1:(\d+)/', line).group(1))
        with connect(port) as s:
            s.sendall(b'GET /big.bin HTTP/1.0\r\nHost: x\r\n\r\n')
            s.shutdown(socket.SHUT_WR)
            reply = read_to_eof(s, slow=True)
        head, _, body = reply.partition(b'\r\n\r\n')
        self.assertTrue(head.startswith(b'HTTP/1.1 200'), head[:200])
        self.assertIn(b'Content-Length: %d' % len(data), head)
        self.assertEqual(len(body), len(data), server.dump())
        self.assertTrue(body == data)

    def test_web_pipelined_requests_then_half_close_all_answered(self):
        root = os.path.join(self.tmp, 'site')
        os.mkdir(root)
        with open(os.path.join(root, 'a.txt'), 'wb') as f:
            f.write(b'A' * 1000)
        server = self.app('web', '--root', root, '--port', '0', '--bind', '127.0.0.1')
        line = server.wait_for(r'^Serving .* on http://127\.0\.0\.1:\d+/')[0]
        port = int(re.search(r'http://127\.0\.0\.1:(\d+)/', line).group(1))
        with connect(port) as s:
            s.sendall(b'GET /a.txt HTTP/1.1\r\nHost: x\r\n\r\n' * 3 + b'GET /missing HTTP/1.1\r\nHost: x\r\n\r\n')
            s.shutdown(socket.SHUT_WR)
            reply = read_to_eof(s)
        self.assertEqual(reply.count(b'HTTP/1.1 200 OK'), 3, reply[:400])
        self.assertEqual(reply.count(b'HTTP/1.1 404'), 1, reply[:400])

    # ---- file-server -----------------------------------------------------------------------

    def file_server(self):
        self.root = os.path.join(self.tmp, 'root')
        self.inbox = os.path.join(self.tmp, 'inbox')
        os.mkdir(self.root)
        os.mkdir(self.inbox)
        self.dport, self.uport, self.pport = free_port(), free_port(), free_port()
        server = self.app('file-server', '--root', self.root, '--inbox', self.inbox, '--bind', '127.0.0.1',
                          '--download-port', str(self.dport), '--upload-port', str(self.uport),
                          '--port', str(self.pport))
        server.wait_for(r'Listening: classic download on port %d' % self.dport)
        return server

    def test_slft_list_then_half_close(self):
        server = self.file_server()
        with open(os.path.join(self.root, 'notes.txt'), 'wb') as f:
            f.write(b'hello')
        with connect(self.pport) as s:
            s.sendall(b'SLFT/1 LIST /\n')
            s.shutdown(socket.SHUT_WR)
            reply = read_to_eof(s)
        self.assertTrue(reply.startswith(b'SLFT/1 200 1\n'), reply)
        self.assertRegex(reply.decode(), r'\nf 5 \d+ notes\.txt\n$')

    def test_slft_get_few_mib_then_half_close_slow_reader(self):
        server = self.file_server()
        data = pattern(6 * MiB)
        with open(os.path.join(self.root, 'big.bin'), 'wb') as f:
            f.write(data)
        with connect(self.pport) as s:
            s.sendall(b'SLFT/1 GET 0 big.bin\n')
            s.shutdown(socket.SHUT_WR)
            reply = read_to_eof(s, slow=True)
        status, _, rest = reply.partition(b'\n')
        self.assertEqual(status, b'SLFT/1 200 %d 0' % len(data), server.dump())
        body, end = rest[:len(data)], rest[len(data):]
        self.assertTrue(body == data, server.dump())
        self.assertEqual(end, b'SLFT/1 END ' + hashlib.sha256(data).hexdigest().encode() + b'\n')

    def test_slft_put_end_then_half_close_gets_200(self):
        server = self.file_server()
        data = pattern(3 * MiB + 7)
        with connect(self.pport) as s:
            s.sendall(b'SLFT/1 PUT %d up.bin\n' % len(data))
            s.sendall(data)
            s.sendall(b'SLFT/1 END ' + hashlib.sha256(data).hexdigest().encode() + b'\n')
            s.shutdown(socket.SHUT_WR)
            reply = read_to_eof(s)
        self.assertEqual(reply, b'SLFT/1 200 0\nSLFT/1 200 up.bin\n', server.dump())
        with open(os.path.join(self.inbox, 'up.bin'), 'rb') as f:
            self.assertTrue(f.read() == data)

    def test_classic_download_then_half_close(self):
        server = self.file_server()
        data = pattern(5 * MiB)
        with open(os.path.join(self.root, 'seed.bin'), 'wb') as f:
            f.write(data)
        with connect(self.dport) as s:
            s.sendall('seed.bin'.encode())
            s.shutdown(socket.SHUT_WR)
            reply = read_to_eof(s, slow=True)
        answer = b'0<SEPARATOR>%d' % len(data)
        self.assertTrue(reply.startswith(answer), reply[:100])
        self.assertTrue(reply[len(answer):] == data, server.dump())

    def test_classic_upload_half_close_is_the_end_of_the_file(self):
        server = self.file_server()
        data = pattern(2 * MiB)
        with connect(self.uport) as s:
            s.sendall(b'up.bin<SEPARATOR>%d' % len(data))
            self.assertEqual(s.recv(16), b'ok')
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            # The server closes its side once the file is saved: a clean EOF, not a reset.
            self.assertEqual(read_to_eof(s), b'')
        server.wait_for(r'up\.bin')
        wait_until(lambda: os.path.exists(os.path.join(self.inbox, 'up.bin')), 'the upload to be saved')
        with open(os.path.join(self.inbox, 'up.bin'), 'rb') as f:
            self.assertTrue(f.read() == data)


if __name__ == '__main__':
    unittest.main(verbosity=2)
