"""Terminal escapes from peers never reach the terminal (issue 10, item 7): every command-line
server prints what a peer sent (an HTTP request target, a file name in a classic or SLFT/1
request, a TCP message, a UDP datagram) with its control characters escaped, ESC as \\x1b and
C1 (CSI, U+009B) as \\x9b, so a hostile student cannot rewrite the teacher's terminal.

Each test sends ESC and C1 sequences from a raw Python socket to the real socketlab binary and
checks every byte it wrote to stdout and stderr: no ESC, no BEL, no C1 character, no stray byte
that is not UTF-8, and the escaped form is there. Environment: SOCKETLAB_BIN.
"""
import os
import re
import shutil
import signal
import socket
import tempfile
import unittest

from interop_support import Proc, free_port, is_listening, wait_until

BIN = os.environ.get('SOCKETLAB_BIN', '')

ESC_SEQ = '\x1b]0;owned\x07\x1b[2J'          # set the window title, clear the screen
C1_SEQ = '\u009b31m'                          # CSI as one C1 character (UTF-8: c2 9b)
ESCAPED_ESC = r'\x1b]0;owned\x07\x1b[2J'
ESCAPED_C1 = r'\x9b31m'


def raw_controls(text):
    """The control characters (C0 but tab, DEL, C1) and replacement characters in `text`."""
    return sorted({'U+%04X' % ord(c) for c in text
                   if (ord(c) < 0x20 and c != '\t') or 0x7f <= ord(c) <= 0x9f or c == '\ufffd'})


class PeerTextEscapes(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.tmp = tempfile.mkdtemp(prefix='socketlab-escapes-')

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def app(self, *args):
        p = Proc([BIN] + list(args))
        self.procs.append(p)
        return p

    def assert_clean(self, proc):
        """Stops `proc` and checks everything it printed."""
        proc.p.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait_exit(), 0, proc.dump())
        with proc.cond:
            lines = list(proc.out) + list(proc.err)
        for line in lines:
            self.assertEqual(raw_controls(line), [], 'raw control characters in %r\n%s' % (line, proc.dump()))

    def connect(self, port):
        s = socket.create_connection(('127.0.0.1', port), timeout=10)
        self.addCleanup(s.close)
        return s

    def test_web_access_log(self):
        os.makedirs(os.path.join(self.tmp, 'site'))
        server = self.app('web', '--root', os.path.join(self.tmp, 'site'), '--port', '0', '--bind', '127.0.0.1')
        line = server.wait_for(r'^Serving .* on http://127\.0\.0\.1:(\d+)/')[0]
        port = int(re.search(r':(\d+)/', line).group(1))
        for target in ('/' + ESC_SEQ + 'x', '/' + C1_SEQ):
            s = self.connect(port)
            s.sendall(b'GET ' + target.encode('utf-8') + b' HTTP/1.0\r\n\r\n')
            s.settimeout(10)
            while s.recv(65536):
                pass
        # A control character in a header line too, and one in the method.
        s = self.connect(port)
        s.sendall(b'G\x1bT / HTTP/1.0\r\nX: \x1b[5m\r\n\r\n')
        while s.recv(65536):
            pass
        server.wait_for(re.escape(ESCAPED_ESC))
        server.wait_for(re.escape(ESCAPED_C1))
        server.wait_for(re.escape(r'G\x1bT'))
        self.assert_clean(server)

    def file_server(self):
        root = os.path.join(self.tmp, 'root')
        inbox = os.path.join(self.tmp, 'inbox')
        os.makedirs(root)
        os.makedirs(inbox)
        ports = free_port(), free_port(), free_port()
        server = self.app('file-server', '--root', root, '--inbox', inbox, '--bind', '127.0.0.1',
                          '--download-port', str(ports[0]), '--upload-port', str(ports[1]), '--port', str(ports[2]))
        server.wait_for(r'Listening: classic download on port %d' % ports[0])
        return server, ports

    def test_file_server_names(self):
        server, (dport, uport, pport) = self.file_server()
        name = 'evil' + ESC_SEQ + C1_SEQ + '.txt'
        # Classic download: the name is the whole request.
        s = self.connect(dport)
        s.sendall(name.encode('utf-8'))
        s.settimeout(10)
        s.recv(4096)
        server.wait_for(re.escape(ESCAPED_ESC))
        # Classic upload: "<name><SEPARATOR><size>", then the data.
        s = self.connect(uport)
        s.sendall(name.encode('utf-8') + b'<SEPARATOR>5' + b'hello')
        s.shutdown(socket.SHUT_WR)
        s.settimeout(10)
        try:
            while s.recv(4096):
                pass
        except OSError:
            pass
        server.wait_for(re.escape(ESCAPED_ESC), count=2)
        # SLFT/1 GET and PUT.
        for request in (b'SLFT/1 GET 0 ' + name.encode('utf-8') + b'\n',
                        b'SLFT/1 PUT 5 ' + name.encode('utf-8') + b'\n'):
            s = self.connect(pport)
            s.sendall(request)
            s.settimeout(10)
            try:
                s.recv(4096)
            except OSError:
                pass
            s.close()
        server.wait_for(re.escape(ESCAPED_ESC), count=4)
        server.wait_for(re.escape(ESCAPED_C1))
        self.assert_clean(server)

    def test_tcp_server_message(self):
        port = free_port()
        server = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1', '--reply', 'echo')
        wait_until(lambda: is_listening(port) or server.p.poll() is not None, 'the server to listen')
        s = self.connect(port)
        message = ('hi' + ESC_SEQ + C1_SEQ + '\r\n').encode('utf-8') + b'\x9b\x7f'
        s.sendall(message)
        s.settimeout(10)
        echoed = b''
        while len(echoed) < len(message):
            echoed += s.recv(4096)
        self.assertEqual(echoed, message)   # the data itself is untouched
        server.wait_for(re.escape(ESCAPED_ESC))
        server.wait_for(re.escape(ESCAPED_C1))
        server.wait_for(re.escape(r'\x9b\x7f'))   # a stray byte and DEL, as bytes
        self.assert_clean(server)

    def test_udp_datagram(self):
        port = free_port()
        app = self.app('udp', '--port', str(port), '--bind', '127.0.0.1')
        app.wait_for(r'waiting for datagrams')
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.addCleanup(s.close)
        s.sendto(('x' + ESC_SEQ + C1_SEQ).encode('utf-8'), ('127.0.0.1', port))
        app.wait_for(re.escape(ESCAPED_ESC + ESCAPED_C1))
        self.assert_clean(app)


if __name__ == '__main__':
    unittest.main(verbosity=2)
