"""--save FILE on the command line: `socketlab tcp-server`, `tcp-client` and `udp` write every
byte they receive to FILE as it arrives (the file grows while the command runs), byte-exact
(a 12 MiB upload compared by SHA-256), as raw bytes or, with --save-format hex, one text line per
received chunk or datagram; the file is complete when the command ends (SIGTERM, or the server
closing the client's connection), and the command says what it saved. A FILE that cannot be
written is refused with exit status 2 and the reason.

Environment: SOCKETLAB_BIN = the built socketlab binary. Every port is found by binding port 0;
every wait polls with a deadline.
"""
import hashlib
import os
import re
import shutil
import socket
import tempfile
import unittest

from interop_support import DEADLINE, Proc, free_port, is_listening, wait_until

BIN = os.environ.get('SOCKETLAB_BIN', '')
HEX_LINE = re.compile(r'^\d\d:\d\d:\d\d\.\d{3} (\S+)((?: [0-9a-f]{2})*)$')


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def size_of(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return -1


def read(path):
    with open(path, 'rb') as f:
        return f.read()


class SaveTestCase(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.dir = tempfile.mkdtemp(prefix='socketlab-save-')

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def app(self, *args):
        p = Proc([BIN] + list(args))
        self.procs.append(p)
        return p

    def path(self, name):
        return os.path.join(self.dir, name)

    def terminate(self, p):
        """SIGTERM, as a service manager stops it: exit status 0 and a complete file."""
        p.p.terminate()
        self.assertEqual(p.wait_exit(), 0, p.dump())

    def server(self, *args):
        port = free_port()
        p = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1', *args)
        wait_until(lambda: is_listening(port) or p.p.poll() is not None, 'the server to listen')
        self.assertIsNone(p.p.poll(), p.dump())
        return p, port


class TcpServer(SaveTestCase):
    def test_large_upload_is_saved_byte_exact_as_it_arrives(self):
        path = self.path('upload.bin')
        server, port = self.server('--save', path, '--quiet', '--framing', 'lines')
        data = os.urandom(12 * 1024 * 1024)
        with socket.create_connection(('127.0.0.1', port), timeout=DEADLINE) as conn:
            conn.sendall(data)
            # The whole upload is in the file while the server still runs.
            wait_until(lambda: size_of(path) == len(data), 'the file to hold the upload')
        with socket.create_connection(('127.0.0.1', port), timeout=DEADLINE) as conn:
            conn.sendall(b'and a second client')
            wait_until(lambda: size_of(path) == len(data) + 19, 'the second client in the file')
        self.terminate(server)
        saved = read(path)
        self.assertEqual(len(saved), len(data) + 19)
        self.assertEqual(sha256(saved), sha256(data + b'and a second client'))
        server.wait_for(r'^Saved 12\.00 MiB \(12,582,931 bytes\) to %s\.$' % re.escape(path))

    def test_hex_lines_per_chunk(self):
        path = self.path('hex.txt')
        server, port = self.server('--save', path, '--save-format', 'hex')
        with socket.create_connection(('127.0.0.1', port), timeout=DEADLINE) as conn:
            conn.sendall(b'hello')
            server.wait_for(r'<  hello')
            conn.sendall(b'\x00\xff\r\n')
            server.wait_for(r'<  \\0\\xff\\r\\n')
            peer = '127.0.0.1:%d' % conn.getsockname()[1]
        self.terminate(server)
        lines = read(path).decode('ascii').splitlines()
        self.assertEqual(len(lines), 2, lines)
        first, second = (HEX_LINE.match(line) for line in lines)
        self.assertTrue(first and second, lines)
        self.assertEqual((first.group(1), first.group(2)), (peer, ' 68 65 6c 6c 6f'))
        self.assertEqual((second.group(1), second.group(2)), (peer, ' 00 ff 0d 0a'))
        server.wait_for(r'^Saved the 9 bytes received as hex text \(\d+ bytes\) to %s\.$' % re.escape(path))


class TcpClient(SaveTestCase):
    def test_download_is_saved_when_the_server_closes(self):
        path = self.path('download.bin')
        data = os.urandom(11 * 1024 * 1024 + 17)
        with socket.socket() as listener:
            listener.bind(('127.0.0.1', 0))
            listener.listen(1)
            listener.settimeout(DEADLINE)
            client = self.app('tcp-client', '127.0.0.1:%d' % listener.getsockname()[1], '--save', path)
            conn, _ = listener.accept()
            with conn:
                conn.sendall(data)
                wait_until(lambda: size_of(path) == len(data), 'the file to hold the download')
            # The server closed: the client ends by itself, the file complete.
            self.assertEqual(client.wait_exit(), 0, client.dump())
        saved = read(path)
        self.assertEqual(sha256(saved), sha256(data))
        client.wait_for(r'^Saved 11\.00 MiB \(11,534,353 bytes\) to %s\.$' % re.escape(path))

    def test_sigterm_completes_the_file(self):
        path = self.path('term.bin')
        with socket.socket() as listener:
            listener.bind(('127.0.0.1', 0))
            listener.listen(1)
            listener.settimeout(DEADLINE)
            client = self.app('tcp-client', '127.0.0.1:%d' % listener.getsockname()[1], '--save', path)
            conn, _ = listener.accept()
            with conn:
                conn.sendall(b'first part, ')
                client.wait_for(r'<  first part, ')
                conn.sendall(b'second part')
                client.wait_for(r'<  second part')
                self.terminate(client)
        self.assertEqual(read(path), b'first part, second part')


class Udp(SaveTestCase):
    def bound(self, *args):
        p = self.app('udp', '--bind', '127.0.0.1', *args)
        line = p.wait_for(r'Bound to .*\D(\d+): waiting for datagrams')[0]
        return p, int(re.search(r'(\d+): waiting for datagrams', line).group(1))

    def test_every_datagram_in_order(self):
        path = self.path('datagrams.bin')
        app, port = self.bound('--port', '0', '--save', path, '--quiet')
        sent = b''
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
            for batch in range(20):
                # 50 datagrams at a time, then wait until they are in the file: nothing is dropped.
                for i in range(50):
                    n = batch * 50 + i
                    datagram = bytes((n * 7 + k) & 0xFF for k in range(1 + (n * 37) % 1400))
                    peer.sendto(datagram, ('127.0.0.1', port))
                    sent += datagram
                wait_until(lambda: size_of(path) == len(sent), 'the file to hold %d bytes' % len(sent))
        self.terminate(app)
        self.assertEqual(sha256(read(path)), sha256(sent))
        app.wait_for(r'^Counters: datagrams received 1000, bytes received %d,' % len(sent))
        app.wait_for(r'^Saved .* to %s\.$' % re.escape(path))

    def test_hex_line_per_datagram(self):
        path = self.path('datagrams.txt')
        app, port = self.bound('--port', '0', '--save', path, '--save-format', 'hex')
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
            peer.bind(('127.0.0.1', 0))
            for datagram in (b'one', b'\x01\x02', b'three'):
                peer.sendto(datagram, ('127.0.0.1', port))
            app.wait_for(r'<  three')
            sender = '127.0.0.1:%d' % peer.getsockname()[1]
        self.terminate(app)
        lines = read(path).decode('ascii').splitlines()
        self.assertEqual([HEX_LINE.match(line).group(1) for line in lines], [sender] * 3, lines)
        self.assertEqual([bytes.fromhex(HEX_LINE.match(line).group(2)) for line in lines],
                         [b'one', b'\x01\x02', b'three'])


class CommandLine(SaveTestCase):
    COMMANDS = (['tcp-client', '127.0.0.1:1'], ['tcp-server', '--port', '0'], ['udp', '--port', '0'])

    def test_a_file_that_cannot_be_written_is_refused(self):
        plain = self.path('plain')
        with open(plain, 'wb'):
            pass
        cases = [
            (self.path('missing/x.bin'), 'The folder “%s” does not exist, so “%s” cannot be created.'
             % (self.path('missing'), self.path('missing/x.bin'))),
            (self.dir, '“%s” is a folder: give the name of a file to save the received bytes into.' % self.dir),
            (plain + '/x.bin', '“%s” is not a folder, so “%s/x.bin” cannot be created.' % (plain, plain)),
        ]
        for args in self.COMMANDS:
            for path, message in cases:
                with self.subTest(command=args[0], path=path):
                    p = self.app(*args, '--save', path)
                    self.assertEqual(p.wait_exit(), 2, p.dump())
                    self.assertEqual(p.err[:1], ['socketlab: ' + message], p.dump())
                    self.assertFalse(os.path.exists(self.path('missing')))

    def test_format_needs_a_file_and_a_known_name(self):
        for args in self.COMMANDS:
            with self.subTest(command=args[0]):
                p = self.app(*args, '--save-format', 'hex')
                self.assertEqual(p.wait_exit(), 2, p.dump())
                self.assertIn('--save-format needs --save FILE', p.err[0], p.dump())
                p = self.app(*args, '--save', self.path('x'), '--save-format', 'bin')
                self.assertEqual(p.wait_exit(), 2, p.dump())
                self.assertIn('Unknown save format “bin”: use raw or hex.', p.err[0], p.dump())
                self.assertFalse(os.path.exists(self.path('x')))

    def test_help_lists_the_options(self):
        for command in ('tcp-client', 'tcp-server', 'udp'):
            with self.subTest(command=command):
                p = self.app(command, '--help')
                self.assertEqual(p.wait_exit(), 0, p.dump())
                self.assertIn('--save FILE', p.text(), p.dump())
                self.assertIn('--save-format raw|hex', p.text(), p.dump())


if __name__ == '__main__':
    unittest.main()
