"""File transfer interop: `socketlab file-server` / `get` / `put` against Python peers that
behave exactly like seed 002's download/upload scripts (both directions), SocketLab's own
protocol SLFT/1 (resume, checksum), and bad input from the network.

Environment: SOCKETLAB_BIN = the built socketlab binary. The seed peers take their port from
SEED_PORT (the download server from its argument, as in the seed). Waits poll the output
with a deadline; nothing sleeps a fixed time where an event can be awaited.
"""
import hashlib
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get('SOCKETLAB_BIN', '')
DEADLINE = 30.0
SEP = b'<SEPARATOR>'
STATE = '.socketlab-partial'   # the server's hidden folder for unfinished uploads, in the inbox


from interop_support import Proc, free_port, is_listening, wait_until  # noqa: E402

Proc.deadline = DEADLINE


def sha(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            h.update(block)
    return h.hexdigest()


def write_random(path, size, first=b''):
    with open(path, 'wb') as f:
        f.write(first)
        f.write(os.urandom(size - len(first)))


def recv_all(sock, limit=1 << 24):
    data = b''
    while len(data) < limit:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        data += chunk
    return data


def recv_line(sock):
    data = b''
    while not data.endswith(b'\n'):
        chunk = sock.recv(1)
        if not chunk:
            break
        data += chunk
    return data


class FilesTestCase(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.tmp = tempfile.mkdtemp(prefix='socketlab-files-')
        self.root = self.mkdir('root')
        self.inbox = self.mkdir('inbox')
        self.out = self.mkdir('out')
        self.outside = self.mkdir('outside')
        with open(os.path.join(self.outside, 'secret.txt'), 'w') as f:
            f.write('secret')

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def mkdir(self, name):
        path = os.path.join(self.tmp, name)
        os.makedirs(path, exist_ok=True)
        return path

    def start(self, args, **kw):
        p = Proc(args, **kw)
        self.procs.append(p)
        return p

    def app(self, *args, **kw):
        return self.start([BIN] + list(args), **kw)

    def seed(self, script, port, args=(), cwd=None):
        return self.start([sys.executable, '-u', os.path.join(HERE, script)] + list(args),
                          env={'SEED_PORT': str(port), 'SEED_HOST': '127.0.0.1'}, cwd=cwd)

    def server(self, *extra):
        self.dport, self.uport, self.pport = free_port(), free_port(), free_port()
        server = self.app('file-server', '--root', self.root, '--inbox', self.inbox, '--bind', '127.0.0.1',
                          '--download-port', str(self.dport), '--upload-port', str(self.uport),
                          '--port', str(self.pport), *extra)
        server.wait_for(r'Listening: classic download on port %d' % self.dport)
        return server

    def terminate(self, proc):
        proc.p.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait_exit(), 0, proc.dump())

    def leftovers(self, folder):
        """What a folder shows, without the server's hidden folder for unfinished uploads."""
        return sorted(name for name in os.listdir(folder) if name != STATE)

    def partials(self, folder):
        """The server's unfinished uploads kept in `folder` (its hidden state folder)."""
        state = os.path.join(folder, STATE)
        return sorted(os.listdir(state)) if os.path.isdir(state) else []


class AppAsServerSeedClients(FilesTestCase):
    def test_seed_download_client(self):
        # Big enough that the data follows in many segments; the answer must arrive alone.
        write_random(os.path.join(self.root, 'data.bin'), 3 * 1024 * 1024 + 17, first=b'123456')
        server = self.server()
        client_dir = self.mkdir('seedclient')
        client = self.seed('seed002_download_client.py', self.dport, cwd=client_dir)
        client.send('data.bin')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        client.wait_for(r'接收到的文件大小:%d$' % (3 * 1024 * 1024 + 17))
        self.assertEqual(sha(os.path.join(client_dir, '[接收]data.bin')), sha(os.path.join(self.root, 'data.bin')))
        server.wait_for(r'classic download of “data.bin” done')
        self.terminate(server)

    def test_seed_download_client_missing_file(self):
        server = self.server()
        client_dir = self.mkdir('seedclient')
        client = self.seed('seed002_download_client.py', self.dport, cwd=client_dir)
        client.send('nothing.txt')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        client.wait_for(r'下载失败:nothing.txt文件不存在$')
        server.wait_for(r'failed: Refused')
        self.assertEqual(self.leftovers(client_dir), [])
        self.terminate(server)

    def test_seed_download_client_chinese_name_and_subfolder(self):
        os.makedirs(os.path.join(self.root, '资料'))
        with open(os.path.join(self.root, '资料', '讲义.txt'), 'wb') as f:
            f.write('第一课 socket'.encode('utf-8'))
        server = self.server()
        client_dir = self.mkdir('seedclient')
        os.makedirs(os.path.join(client_dir, '[接收]资料'))   # the seed writes "[接收]" + the name as given
        client = self.seed('seed002_download_client.py', self.dport, cwd=client_dir)
        client.send('资料/讲义.txt')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        with open(os.path.join(client_dir, '[接收]资料', '讲义.txt'), 'rb') as f:
            self.assertEqual(f.read(), '第一课 socket'.encode('utf-8'))
        self.terminate(server)

    def test_seed_upload_client(self):
        src_dir = self.mkdir('src')
        src = os.path.join(src_dir, 'report.pdf')
        write_random(src, 2 * 1024 * 1024 + 5)
        server = self.server()
        client = self.seed('seed002_upload_client.py', self.uport)
        client.send(src)   # the seed sends the path as typed; only the base name is kept
        self.assertEqual(client.wait_exit(), 0, client.dump())
        client.wait_for(r'上传完毕$')
        server.wait_for(r'classic upload of “.*report.pdf” done')
        self.assertEqual(sha(os.path.join(self.inbox, 'report.pdf')), sha(src))
        # Never overwrite: the same upload again lands in "report (1).pdf".
        client = self.seed('seed002_upload_client.py', self.uport)
        client.send(src)
        self.assertEqual(client.wait_exit(), 0, client.dump())
        server.wait_for(r'classic upload of “.*report.pdf” done', count=2)
        self.assertEqual(self.leftovers(self.inbox), ['report (1).pdf', 'report.pdf'])
        self.assertEqual(sha(os.path.join(self.inbox, 'report (1).pdf')), sha(src))
        self.terminate(server)


class AppAsClientSeedServers(FilesTestCase):
    def seed_download_server(self, folder):
        port = free_port()
        peer = self.seed('seed002_download_server.py', port, args=[str(port)], cwd=folder)
        wait_until(lambda: is_listening(port) or peer.p.poll() is not None, 'download_server.py to listen')
        self.assertIsNone(peer.p.poll(), peer.dump())
        return peer, port

    def test_get_classic_from_seed_server(self):
        serve = self.mkdir('seedserve')
        for name, first in (('digits.csv', b'1234567890,42\n'), ('plain.bin', b'PK')):
            write_random(os.path.join(serve, name), 1024 * 1024 + 3, first=first)
        peer, port = self.seed_download_server(serve)
        for name in ('digits.csv', 'plain.bin'):
            get = self.app('get', '127.0.0.1:%d' % port, name, '--out', self.out, '--classic')
            self.assertEqual(get.wait_exit(), 0, get.dump())
            self.assertEqual(sha(os.path.join(self.out, name)), sha(os.path.join(serve, name)), get.dump())
        # Not overwritten: a second download gets " (1)".
        get = self.app('get', '127.0.0.1:%d' % port, 'plain.bin', '--out', self.out, '--classic')
        self.assertEqual(get.wait_exit(), 0, get.dump())
        self.assertIn('plain (1).bin', self.leftovers(self.out))

    def test_get_classic_missing_file_fails(self):
        serve = self.mkdir('seedserve')
        peer, port = self.seed_download_server(serve)
        get = self.app('get', '127.0.0.1:%d' % port, 'absent.txt', '--out', self.out, '--classic')
        self.assertEqual(get.wait_exit(), 1, get.dump())
        get.wait_for(r'The server answered: “absent.txt文件不存在”', stream='err')
        self.assertEqual(self.leftovers(self.out), [])

    def test_put_classic_to_seed_server(self):
        serve = self.mkdir('seedupload')
        port = free_port()
        peer = self.seed('seed002_upload_server.py', port, cwd=serve)
        wait_until(lambda: is_listening(port) or peer.p.poll() is not None, 'upload_server.py to listen')
        src = os.path.join(self.tmp, 'payload.bin')
        write_random(src, 1536 * 1024 + 9)
        put = self.app('put', '127.0.0.1:%d' % port, src, '--classic')
        self.assertEqual(put.wait_exit(), 0, put.dump())
        peer.wait_for(r'收到文件名:payload.bin, 大小:%d' % (1536 * 1024 + 9))
        target = os.path.join(serve, '[接收]payload.bin')
        wait_until(lambda: os.path.exists(target) and os.path.getsize(target) == os.path.getsize(src), 'the upload')
        self.assertEqual(sha(target), sha(src))

    def test_put_classic_reset_after_the_last_byte_is_a_failure(self):
        # A server that answers "ok", lets the whole file arrive, reads only part of it and then
        # resets the connection (what SocketLab's server does when its disk fills up). Every byte
        # was handed to the network, yet the upload failed: exit 1 with the reason.
        size = 256 * 1024
        src = os.path.join(self.tmp, 'reset.bin')
        write_random(src, size)
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 * 1024 * 1024)
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        arrived = []

        def serve():
            import fcntl
            import termios
            conn, _ = listener.accept()
            conn.recv(1024)   # the header; the client waits for the answer before the data
            conn.sendall(b'ok')
            got = len(conn.recv(1000))

            def pending():
                return struct.unpack('i', fcntl.ioctl(conn, termios.FIONREAD, b'\0\0\0\0'))[0]
            wait_until(lambda: got + pending() >= size, 'the whole file in the server\'s buffer')
            arrived.append(got + pending())
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
            conn.close()   # unread data and linger 0: a reset
        threading.Thread(target=serve, daemon=True).start()
        put = self.app('put', '127.0.0.1:%d' % port, src, '--classic')
        self.assertEqual(put.wait_exit(), 1, put.dump())
        put.wait_for(r'classic upload of “reset.bin” failed: The server reset the connection', stream='err')
        self.assertFalse(put.matching(r'Sent ', stream='out'), put.dump())
        self.assertEqual(arrived, [size])
        listener.close()

    def test_put_classic_to_a_server_that_reads_everything_and_closes(self):
        # Well-behaved servers: one reads to the end of the stream (like the seed), one stops
        # after exactly the announced size; both then close. Exit 0.
        size = 3 * 1024 * 1024 + 1
        src = os.path.join(self.tmp, 'clean.bin')
        write_random(src, size)
        for until_eof in (True, False):
            with self.subTest(until_eof=until_eof):
                listener = socket.socket()
                listener.bind(('127.0.0.1', 0))
                listener.listen(1)
                port = listener.getsockname()[1]
                received = []

                def serve():
                    conn, _ = listener.accept()
                    conn.recv(1024)
                    conn.sendall(b'ok')
                    received.append(len(recv_all(conn, limit=(1 << 30) if until_eof else size)))
                    conn.close()
                threading.Thread(target=serve, daemon=True).start()
                put = self.app('put', '127.0.0.1:%d' % port, src, '--classic')
                self.assertEqual(put.wait_exit(), 0, put.dump())
                put.wait_for(r'classic upload of “clean.bin” done: .*closed the connection cleanly')
                self.assertEqual(received, [size])
                listener.close()

    def test_get_classic_answer_and_digits_in_one_segment(self):
        # A server that sends the answer and a file starting with digits in one send: the size
        # cannot be told from the data until the end of the stream.
        content = b'2024,42,7\n' + os.urandom(5000)
        listener = socket.socket()
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        def serve():
            conn, _ = listener.accept()
            conn.recv(1024)
            conn.sendall(b'0' + SEP + str(len(content)).encode() + content)
            conn.close()
        threading.Thread(target=serve, daemon=True).start()
        get = self.app('get', '127.0.0.1:%d' % port, 'numbers.csv', '--out', self.out, '--classic')
        self.assertEqual(get.wait_exit(), 0, get.dump())
        with open(os.path.join(self.out, 'numbers.csv'), 'rb') as f:
            self.assertEqual(f.read(), content)
        listener.close()

    def test_get_classic_short_transfer_is_a_failure(self):
        # A server that announces 1000 bytes, sends 312 and closes.
        listener = socket.socket()
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        def serve():
            conn, _ = listener.accept()
            conn.recv(1024)
            conn.sendall(b'0' + SEP + b'1000')
            conn.sendall(b'x' * 312)
            conn.close()
        threading.Thread(target=serve, daemon=True).start()
        get = self.app('get', '127.0.0.1:%d' % port, 'short.bin', '--out', self.out, '--classic')
        self.assertEqual(get.wait_exit(), 1, get.dump())
        get.wait_for(r'Incomplete: .*312 byte.* of .*1,000 byte', stream='err')
        self.assertEqual(self.leftovers(self.out), [])
        listener.close()


class SocketLabProtocol(FilesTestCase):
    def test_round_trip_and_listing(self):
        os.makedirs(os.path.join(self.root, 'sub'))
        write_random(os.path.join(self.root, 'sub', 'b.bin'), 700 * 1024)
        write_random(os.path.join(self.root, 'a.bin'), 5 * 1024 * 1024 + 1)
        os.symlink(os.path.join(self.outside, 'secret.txt'), os.path.join(self.root, 'escape.txt'))
        server = self.server()
        get = self.app('get', '127.0.0.1:%d' % self.pport, 'sub/b.bin', '--out', self.out)
        self.assertEqual(get.wait_exit(), 0, get.dump())
        self.assertEqual(sha(os.path.join(self.out, 'b.bin')), sha(os.path.join(self.root, 'sub', 'b.bin')))
        put = self.app('put', '127.0.0.1:%d' % self.pport, os.path.join(self.root, 'a.bin'))
        self.assertEqual(put.wait_exit(), 0, put.dump())
        self.assertEqual(sha(os.path.join(self.inbox, 'a.bin')), sha(os.path.join(self.root, 'a.bin')))
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 LIST /\n')
            status = recv_line(s)
            self.assertEqual(status, b'SLFT/1 200 2\n')   # the escaping symlink is not listed
            entries = [recv_line(s) for _ in range(2)]
            self.assertTrue(entries[0].startswith(b'd 0 ') and entries[0].endswith(b' sub\n'), entries)
            self.assertTrue(entries[1].startswith(b'f %d ' % (5 * 1024 * 1024 + 1)), entries)
        self.terminate(server)

    def test_download_resumes_after_cut_connection(self):
        src = os.path.join(self.root, 'big.bin')
        write_random(src, 4 * 1024 * 1024)
        with open(src, 'rb') as f:
            half = f.read(1536 * 1024)
        with open(os.path.join(self.out, 'big.bin.part'), 'wb') as f:
            f.write(half)   # what an interrupted download left behind
        server = self.server()
        get = self.app('get', '127.0.0.1:%d' % self.pport, 'big.bin', '--out', self.out)
        self.assertEqual(get.wait_exit(), 0, get.dump())
        server.wait_for(r'resuming at')
        self.assertEqual(sha(os.path.join(self.out, 'big.bin')), sha(src))
        self.assertEqual(self.leftovers(self.out), ['big.bin'])
        self.terminate(server)

    def test_download_checksum_mismatch_is_detected(self):
        src = os.path.join(self.root, 'big.bin')
        write_random(src, 2 * 1024 * 1024)
        with open(os.path.join(self.out, 'big.bin.part'), 'wb') as f:
            f.write(os.urandom(1024 * 1024))   # a partial from another file
        server = self.server()
        get = self.app('get', '127.0.0.1:%d' % self.pport, 'big.bin', '--out', self.out)
        self.assertEqual(get.wait_exit(), 1, get.dump())
        get.wait_for(r'Checksum mismatch', stream='err')
        self.assertEqual(self.leftovers(self.out), [])   # nothing under the final name, partial gone
        get = self.app('get', '127.0.0.1:%d' % self.pport, 'big.bin', '--out', self.out)
        self.assertEqual(get.wait_exit(), 0, get.dump())
        self.assertEqual(sha(os.path.join(self.out, 'big.bin')), sha(src))
        self.terminate(server)

    def test_upload_resumes_after_cut_connection(self):
        src = os.path.join(self.tmp, 'up.bin')
        size = 3 * 1024 * 1024 + 11
        write_random(src, size)
        server = self.server()
        with open(src, 'rb') as f:
            data = f.read()
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 PUT %d up.bin\n' % size)
            self.assertEqual(recv_line(s), b'SLFT/1 200 0\n')
            s.sendall(data[:1000000])
        server.wait_for(r'kept so the upload can resume')
        self.assertEqual(self.leftovers(self.inbox), [])
        self.assertEqual(len(self.partials(self.inbox)), 2, self.partials(self.inbox))   # .part and .meta
        put = self.app('put', '127.0.0.1:%d' % self.pport, src)
        self.assertEqual(put.wait_exit(), 0, put.dump())
        server.wait_for(r'resuming at')
        self.assertEqual(sha(os.path.join(self.inbox, 'up.bin')), sha(src))
        self.assertEqual(self.leftovers(self.inbox), ['up.bin'])
        self.assertEqual(self.partials(self.inbox), [])
        self.terminate(server)

    def test_unfinished_upload_is_invisible_without_inbox(self):
        # No --inbox: uploads land in the shared folder. An interrupted one is neither listed nor
        # served, by SLFT/1 or the classic download, and it still resumes.
        self.dport, self.uport, self.pport = free_port(), free_port(), free_port()
        server = self.app('file-server', '--root', self.root, '--bind', '127.0.0.1', '--download-port', str(self.dport),
                          '--upload-port', str(self.uport), '--port', str(self.pport))
        server.wait_for(r'Listening: classic download on port %d' % self.dport)
        data = os.urandom(300000)
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 PUT %d half.bin\n' % len(data))
            self.assertEqual(recv_line(s), b'SLFT/1 200 0\n')
            s.sendall(data[:100000])
        server.wait_for(r'kept so the upload can resume')
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 LIST /\n')
            self.assertEqual(recv_line(s), b'SLFT/1 200 0\n')
        kept = [name for name in self.partials(self.root) if name.endswith('.part')]
        self.assertEqual(len(kept), 1, self.partials(self.root))
        for name in (STATE, STATE + '/' + kept[0], 'half.bin.300000.part', 'half.bin'):
            with socket.create_connection(('127.0.0.1', self.pport)) as s:
                s.sendall(b'SLFT/1 GET 0 ' + name.encode() + b'\n')
                self.assertRegex(recv_line(s), rb'^SLFT/1 40[34] ', name)
            with socket.create_connection(('127.0.0.1', self.dport)) as s:
                s.sendall(name.encode())
                self.assertTrue(recv_all(s).startswith(b'-1' + SEP), name)
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 PUT %d half.bin\n' % len(data))
            self.assertEqual(recv_line(s), b'SLFT/1 200 100000\n')
            s.sendall(data[100000:] + b'SLFT/1 END ' + hashlib.sha256(data).hexdigest().encode() + b'\n')
            self.assertEqual(recv_line(s), b'SLFT/1 200 half.bin\n')
        self.assertEqual(self.leftovers(self.root), ['half.bin'])
        self.terminate(server)

    def test_upload_checksum_mismatch_is_refused(self):
        server = self.server()
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 PUT 5 x.txt\n')
            self.assertEqual(recv_line(s), b'SLFT/1 200 0\n')
            s.sendall(b'hello' + b'SLFT/1 END ' + hashlib.sha256(b'HELLO').hexdigest().encode() + b'\n')
            self.assertTrue(recv_line(s).startswith(b'SLFT/1 422 '))
        self.assertEqual(self.leftovers(self.inbox), [])
        self.assertEqual(self.partials(self.inbox), [])   # the partial and its record are gone
        self.terminate(server)

    def test_protocol_errors_are_numbered(self):
        server = self.server()
        cases = [
            (b'SLFT/2 LIST /\n', b'505'),
            (b'HELLO\n', b'400'),
            (b'SLFT/1 GET x y\n', b'400'),
            (b'SLFT/1 GET 0 missing.bin\n', b'404'),
            (b'SLFT/1 GET 0 ../outside/secret.txt\n', b'403'),
            (b'SLFT/1 PUT 3 ..\n', b'403'),
            (b'SLFT/1 ' + b'A' * 10000 + b'\n', b'413'),
        ]
        with open(os.path.join(self.root, 'f.txt'), 'w') as f:
            f.write('abc')
        cases.append((b'SLFT/1 GET 10 f.txt\n', b'416'))
        for request, code in cases:
            with socket.create_connection(('127.0.0.1', self.pport)) as s:
                s.sendall(request)
                line = recv_line(s)
                self.assertTrue(line.startswith(b'SLFT/1 ' + code + b' '), (request[:40], line))
        self.terminate(server)


TRAVERSAL = ['../../etc/passwd', '/etc/passwd', '..\\..\\etc\\passwd', 'sub/../../outside/secret.txt',
             '%2e%2e/outside/secret.txt', '..%2foutside%2fsecret.txt', 'a.txt\x00.jpg', 'escape.txt',
             'sub', 'missing.txt', '../outside/secret.txt', '~/.bashrc', 'C:\\Windows\\win.ini']


class BadInput(FilesTestCase):
    def setUp(self):
        super().setUp()
        with open(os.path.join(self.root, 'a.txt'), 'w') as f:
            f.write('inside')
        os.makedirs(os.path.join(self.root, 'sub'))
        os.symlink(os.path.join(self.outside, 'secret.txt'), os.path.join(self.root, 'escape.txt'))

    def test_traversal_names_are_refused(self):
        server = self.server()
        for name in TRAVERSAL:
            with self.subTest(name=name):
                with socket.create_connection(('127.0.0.1', self.dport)) as s:
                    s.sendall(name.encode('utf-8'))
                    answer = recv_all(s)
                self.assertTrue(answer.startswith(b'-1' + SEP), (name, answer))
                self.assertNotIn(b'secret', answer.split(SEP, 1)[1].replace(b'secret.txt', b''))
                with socket.create_connection(('127.0.0.1', self.pport)) as s:
                    s.sendall(b'SLFT/1 GET 0 ' + name.encode('utf-8') + b'\n')
                    line = recv_line(s)
                self.assertRegex(line, rb'^SLFT/1 (403|404|400) ', name)
        # The one legitimate name still works.
        with socket.create_connection(('127.0.0.1', self.dport)) as s:
            s.sendall(b'a.txt')
            self.assertEqual(s.recv(1024), b'0' + SEP + b'6')
            self.assertEqual(recv_all(s), b'inside')
        self.terminate(server)

    def test_bad_upload_headers(self):
        server = self.server()
        cases = [(b'abc.txt' + SEP + b'xyz', 'not a number'), (b'abc.txt' + SEP + b'-5', 'negative'),
                 (SEP + b'5', 'empty'), (b'..' + SEP + b'5', '“.” and “..”'),
                 (b'a\x00b' + SEP + b'5', 'control character'), (b'\xff\xfe' + SEP + b'5', 'UTF-8')]
        for header, reason in cases:
            with self.subTest(header=header):
                with socket.create_connection(('127.0.0.1', self.uport)) as s:
                    s.sendall(header)
                    answer = recv_all(s)
                self.assertTrue(answer.startswith(b'-1' + SEP), (header, answer))
                self.assertIn(reason, answer.decode('utf-8'), header)
        self.assertEqual(self.leftovers(self.inbox), [])
        self.terminate(server)

    def test_upload_keeps_base_name_and_data_behind_header(self):
        server = self.server()
        with socket.create_connection(('127.0.0.1', self.uport)) as s:
            s.sendall(b'/etc/evil.txt' + SEP + b'11' + b'hello world')   # data before "ok"
            self.assertEqual(s.recv(1024), b'ok')
        server.wait_for(r'classic upload of “/etc/evil.txt” done')
        with open(os.path.join(self.inbox, 'evil.txt'), 'rb') as f:
            self.assertEqual(f.read(), b'hello world')
        self.assertFalse(os.path.exists('/etc/evil.txt'))
        self.terminate(server)

    def test_header_that_never_ends_times_out(self):
        server = self.server('--header-timeout', '300')
        with socket.create_connection(('127.0.0.1', self.uport)) as s:
            s.sendall(b'name-without-separator')
            answer = recv_all(s)   # returns only because the server gives up
        self.assertTrue(answer.startswith(b'-1' + SEP), answer)
        with socket.create_connection(('127.0.0.1', self.pport)) as s:
            s.sendall(b'SLFT/1 GET 0 a.t')
            self.assertTrue(recv_line(s).startswith(b'SLFT/1 408 '))
        self.terminate(server)

    def test_megabyte_header_is_refused(self):
        server = self.server()
        with socket.create_connection(('127.0.0.1', self.uport)) as s:
            try:
                s.sendall(b'A' * (1024 * 1024))
            except (BrokenPipeError, ConnectionResetError):
                pass
            answer = recv_all(s)
        self.assertTrue(answer == b'' or answer.startswith(b'-1' + SEP), answer[:100])
        server.wait_for(r'longer than 4096 bytes')
        with socket.create_connection(('127.0.0.1', self.dport)) as s:
            try:
                s.sendall(b'B' * (1024 * 1024))
            except (BrokenPipeError, ConnectionResetError):
                pass
            answer = recv_all(s)
        self.assertTrue(answer == b'' or answer.startswith(b'-1' + SEP), answer[:100])
        self.assertEqual(self.leftovers(self.inbox), [])
        self.terminate(server)

    def test_client_disconnecting_mid_upload_leaves_nothing(self):
        server = self.server()
        with socket.create_connection(('127.0.0.1', self.uport)) as s:
            s.sendall(b'cut.bin' + SEP + b'1000000')
            self.assertEqual(s.recv(1024), b'ok')
            s.sendall(b'x' * 4000)
        server.wait_for(r'Incomplete: the connection ended after 4,?000 of 1,?000,?000 bytes')
        self.assertEqual(self.leftovers(self.inbox), [])
        self.terminate(server)

    def test_client_disconnecting_mid_download_is_reported(self):
        write_random(os.path.join(self.root, 'big.bin'), 64 * 1024 * 1024)
        server = self.server()
        with socket.create_connection(('127.0.0.1', self.dport)) as s:
            s.sendall(b'big.bin')
            self.assertEqual(s.recv(1024), b'0' + SEP + str(64 * 1024 * 1024).encode())
            s.recv(1000)
        server.wait_for(r'classic download of “big.bin” failed: The client closed the connection')
        self.terminate(server)

    def test_server_stopped_during_upload_leaves_no_file(self):
        server = self.server()
        s1 = socket.create_connection(('127.0.0.1', self.uport))
        s1.sendall(b'half.bin' + SEP + b'1000000')
        self.assertEqual(s1.recv(1024), b'ok')
        s1.sendall(b'y' * 5000)
        s2 = socket.create_connection(('127.0.0.1', self.pport))
        s2.sendall(b'SLFT/1 PUT 1000000 slft.bin\n')
        self.assertEqual(recv_line(s2), b'SLFT/1 200 0\n')
        s2.sendall(b'z' * 5000)
        server.wait_for(r'upload of “slft.bin” started')
        self.terminate(server)
        self.assertEqual(self.leftovers(self.inbox), [])
        # Only the resumable SLFT/1 partial is kept (with its record), out of sight.
        kept = self.partials(self.inbox)
        self.assertEqual(len(kept), 2, kept)
        self.assertEqual(sorted(os.path.splitext(name)[1] for name in kept), ['.meta', '.part'], kept)
        s1.close()
        s2.close()

    def test_get_into_unwritable_folder_fails_clearly(self):
        server = self.server()
        get = self.app('get', '127.0.0.1:%d' % self.pport, 'a.txt', '--out', os.path.join(self.tmp, 'no', 'such'))
        self.assertEqual(get.wait_exit(), 1, get.dump())
        get.wait_for(r'does not exist or cannot be written', stream='err')
        self.terminate(server)

    def test_bad_arguments_exit_2(self):
        for args in (['file-server'], ['get', 'nohostport', 'x'], ['put', '127.0.0.1:1', '/no/such/file'],
                     ['file-server', '--root', self.root, '--port', 'abc']):
            p = self.app(*args)
            self.assertEqual(p.wait_exit(), 2, p.dump())

    def test_ctrl_c_leaves_no_file_under_final_name(self):
        # A server that sends part of the file and then stalls, in both protocols.
        for classic in (True, False):
            listener = socket.socket()
            listener.bind(('127.0.0.1', 0))
            listener.listen(1)
            port = listener.getsockname()[1]
            started = threading.Event()
            release = threading.Event()

            def serve():
                conn, _ = listener.accept()
                conn.recv(1024)
                if classic:
                    conn.sendall(b'0' + SEP + b'100000')   # data right behind: our client must cope
                else:
                    conn.sendall(b'SLFT/1 200 100000 0\n')
                conn.sendall(b'q' * 50000)
                started.set()
                release.wait(DEADLINE)
                conn.close()
            threading.Thread(target=serve, daemon=True).start()
            args = ['get', '127.0.0.1:%d' % port, 'stall.bin', '--out', self.out] + (['--classic'] if classic else [])
            get = self.app(*args)
            started.wait(DEADLINE)
            get.wait_for(r'stall.bin: \d+%', stream='err')
            get.p.send_signal(signal.SIGINT)
            self.assertEqual(get.wait_exit(), 1, get.dump())
            release.set()
            left = self.leftovers(self.out)
            self.assertNotIn('stall.bin', left)
            self.assertEqual(left, [] if classic else ['stall.bin.part'], get.dump())
            listener.close()


def size_limited(*args):
    """The command under a 512 KiB file-size limit (RLIMIT_FSIZE) with SIGXFSZ ignored, so that a
    write past the limit fails with EFBIG the way a full disk fails with ENOSPC."""
    return ['sh', '-c', 'trap "" XFSZ; ulimit -f 1024; exec "$0" "$@"', BIN] + list(args)


class DiskFullAndCuts(FilesTestCase):
    def test_server_cannot_write_upload(self):
        server = self.start(size_limited('file-server', '--root', self.root, '--inbox', self.inbox, '--bind', '127.0.0.1',
                                         '--download-port', '0', '--upload-port', '0', '--port', '0'))
        line = server.wait_for(r'Listening: classic download on port \d+')[0]
        uport, pport = (int(n) for n in re.search(r'classic upload on port (\d+), SLFT/1 on port (\d+)', line).groups())
        src = os.path.join(self.tmp, 'big.bin')
        write_random(src, 3 * 1024 * 1024)
        # SLFT/1: the client is told why (500) and fails; nothing appears under the final name.
        put = self.app('put', '127.0.0.1:%d' % pport, src)
        self.assertEqual(put.wait_exit(), 1, put.dump())
        put.wait_for(r'\(500\).*big\.bin.*File too large', stream='err')
        server.wait_for(r'SLFT upload of “big.bin” failed: Writing .* failed')
        # Classic: the protocol has no error message once the data flows; the server resets the
        # connection, keeps nothing, and the client reports the failure.
        put = self.app('put', '127.0.0.1:%d' % uport, src, '--classic')
        self.assertEqual(put.wait_exit(), 1, put.dump())
        put.wait_for(r'classic upload of “big.bin” failed: .*(reset|closed the connection)', stream='err')
        self.assertFalse(put.matching(r'Sent ', stream='out'), put.dump())
        server.wait_for(r'classic upload of “big.bin” failed: Writing .* failed')
        self.assertEqual(self.leftovers(self.inbox), [])
        self.assertEqual([name for name in self.partials(self.inbox) if name.startswith('classic-')], [])
        self.terminate(server)

    def test_server_error_mid_upload_reaches_the_client(self):
        # 48 MiB: the client is still sending when the server's disk gives out after 512 KiB.
        # Its error line, not the cut connection, is what the client reports.
        server = self.start(size_limited('file-server', '--root', self.root, '--inbox', self.inbox, '--bind', '127.0.0.1',
                                         '--download-port', '0', '--upload-port', '0', '--port', '0'))
        line = server.wait_for(r'Listening: classic download on port \d+')[0]
        pport = int(re.search(r'SLFT/1 on port (\d+)', line).group(1))
        src = os.path.join(self.tmp, 'huge.bin')
        write_random(src, 48 * 1024 * 1024)
        put = self.app('put', '127.0.0.1:%d' % pport, src)
        self.assertEqual(put.wait_exit(), 1, put.dump())
        put.wait_for(r'The server stopped the upload \(500\): .*huge\.bin.*File too large', stream='err')
        self.assertFalse(put.matching(r'[Ii]ncomplete', stream='err'), put.dump())
        self.assertNotIn('huge.bin', self.leftovers(self.inbox))
        self.terminate(server)

    def test_client_cannot_write_download(self):
        write_random(os.path.join(self.root, 'big.bin'), 3 * 1024 * 1024)
        server = self.server()
        for port, flag in ((self.pport, []), (self.dport, ['--classic'])):
            with self.subTest(flag=flag):
                get = self.start(size_limited('get', '127.0.0.1:%d' % port, 'big.bin', '--out', self.out, *flag))
                self.assertEqual(get.wait_exit(), 1, get.dump())
                get.wait_for(r'download of “big.bin” failed: Writing .* failed', stream='err')
                self.assertNotIn('big.bin', self.leftovers(self.out))
        self.terminate(server)

    def test_slft_server_cut_mid_download_is_incomplete_and_resumable(self):
        # A server that announces 1,000,000 bytes, sends 312,000 and closes.
        listener = socket.socket()
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        payload = os.urandom(1000000)

        def serve():
            conn, _ = listener.accept()
            recv_line(conn)
            conn.sendall(b'SLFT/1 200 1000000 0\n' + payload[:312000])
            conn.close()
        threading.Thread(target=serve, daemon=True).start()
        get = self.app('get', '127.0.0.1:%d' % port, 'cut.bin', '--out', self.out)
        self.assertEqual(get.wait_exit(), 1, get.dump())
        get.wait_for(r'[Ii]ncomplete: .*312,000 byte.* of .*1,000,000 byte', stream='err')
        # Nothing under the final name; the part is kept to resume from.
        self.assertEqual(self.leftovers(self.out), ['cut.bin.part'])
        self.assertEqual(os.path.getsize(os.path.join(self.out, 'cut.bin.part')), 312000)
        listener.close()

    def test_slft_resume_with_a_server_that_closes_right_after_end(self):
        # The client hashes its partial file while its request goes out and the server prepares
        # its answer. This server answers at once, sends the last 100,000 bytes and the END line
        # and closes: whether the client sees the close before or after its hashing ends, the
        # file must come out complete and verified.
        prefix = 32 * 1024 * 1024
        whole = os.urandom(1024 * 1024) * 32 + os.urandom(100000)
        with open(os.path.join(self.out, 'resumed.bin.part'), 'wb') as f:
            f.write(whole[:prefix])
        listener = socket.socket()
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        requests = []

        def serve():
            conn, _ = listener.accept()
            requests.append(recv_line(conn))
            conn.sendall(b'SLFT/1 200 %d %d\n' % (len(whole), prefix) + whole[prefix:]
                         + b'SLFT/1 END ' + hashlib.sha256(whole).hexdigest().encode() + b'\n')
            conn.close()
        threading.Thread(target=serve, daemon=True).start()
        get = self.app('get', '127.0.0.1:%d' % port, 'resumed.bin', '--out', self.out)
        self.assertEqual(get.wait_exit(), 0, get.dump())
        self.assertEqual(requests, [b'SLFT/1 GET %d resumed.bin\n' % prefix])
        with open(os.path.join(self.out, 'resumed.bin'), 'rb') as f:
            self.assertEqual(hashlib.sha256(f.read()).digest(), hashlib.sha256(whole).digest())
        self.assertEqual(self.leftovers(self.out), ['resumed.bin'])
        listener.close()


if __name__ == '__main__':
    unittest.main(verbosity=2)
