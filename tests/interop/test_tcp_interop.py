"""TCP chat interop: `socketlab tcp-server` / `socketlab tcp-client` against Python peers that
behave exactly like the seed scripts (002 §4, 003, 004), plus the command-line contract
(exit codes, plain-word errors, SIGTERM, stdin at /dev/null, relay).

Environment: SOCKETLAB_BIN = the built socketlab binary. The seed peers take their port from
SEED_PORT; the app gets a free port found by binding port 0. Every wait polls the output with a
deadline; nothing sleeps a fixed time where an event can be awaited.
"""
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get('SOCKETLAB_BIN', '')
from interop_support import DEADLINE, Proc, free_port, is_listening, wait_until  # noqa: E402


def received(text):
    """A ConsoleOutput line for a received message whose body is exactly `text`."""
    return r'\s<\s+' + re.escape(text) + r'$'


class TcpTestCase(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []

    def tearDown(self):
        for p in self.procs:
            p.stop()

    def start(self, args, **kw):
        p = Proc(args, **kw)
        self.procs.append(p)
        return p

    def app(self, *args, **kw):
        return self.start([BIN] + list(args), **kw)

    def seed(self, script, port):
        return self.start([sys.executable, '-u', os.path.join(HERE, script)],
                          env={'SEED_PORT': str(port), 'SEED_HOST': '127.0.0.1'})

    def app_server(self, *args, **kw):
        port = free_port()
        server = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1', *args, **kw)
        wait_until(lambda: is_listening(port) or server.p.poll() is not None, 'the server to listen')
        self.assertIsNone(server.p.poll(), server.dump())
        return server, port

    def seed_server(self, script):
        port = free_port()
        peer = self.seed(script, port)
        wait_until(lambda: is_listening(port) or peer.p.poll() is not None, script + ' to listen')
        self.assertIsNone(peer.p.poll(), peer.dump())
        return peer, port

    def terminate(self, proc):
        proc.p.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait_exit(), 0, proc.dump())


class AppAsServer(TcpTestCase):
    def test_seed002_tcp_send(self):
        server, port = self.app_server('--reply', 'text:已送达')
        client = self.seed('seed002_tcp_send.py', port)
        messages = ['你好', 'hello world', 'q?']
        for i, text in enumerate(messages, 1):
            client.send(text)
            client.wait_for(r'收到服务端的回应: 已送达$', count=i)
            server.wait_for(received(text))
        client.send('q')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        server.wait_for(received('q'))
        # Each message arrived as one message, exactly as typed, and got exactly one answer.
        self.assertEqual(len(client.matching(r'已送达')), len(messages), client.dump())
        self.assertEqual(len(server.matching(r'\s>\s+已送达$')), len(messages) + 1, server.dump())
        self.terminate(server)

    def test_seed003_upper_client(self):
        server, port = self.app_server('--reply', 'upper')
        client = self.seed('seed003_tcp_client.py', port)
        for text, upper in [('hello', 'HELLO'), ('Mixed 中文 abc', 'MIXED 中文 ABC')]:
            client.send(text)
            client.wait_for(r'(^|:)' + re.escape(upper) + '$')
            server.wait_for(received(text))
            server.wait_for(r'\s>\s+' + re.escape(upper) + '$')
        client.send('exit')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        self.terminate(server)

    def test_seed003_select_client(self):
        server, port = self.app_server('--greeting', 'hello', '--reply', 'text:response')
        client = self.seed('seed003_select_client.py', port)
        client.wait_for(r"^b'hello'$")
        client.send('first')
        client.wait_for(r"b'response'$")
        client.send('second')
        client.wait_for(r"b'response'$", count=2)
        server.wait_for(received('first'))
        server.wait_for(received('second'))
        client.send('exit')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        self.terminate(server)

    def test_seed004_client(self):
        server, port = self.app_server('--reply', 'text:Yes')
        client = self.seed('seed004_client.py', port)
        self.assertEqual(client.wait_exit(), 0, client.dump())
        self.assertIn("reply is:  b'Yes'", client.out, client.dump())
        server.wait_for(received('can you hear me?'))
        self.terminate(server)


class AppAsClient(TcpTestCase):
    def test_seed002_tcp_receive(self):
        peer, port = self.seed_server('seed002_tcp_receive.py')
        client = self.app('tcp-client', '127.0.0.1:%d' % port)
        for i, text in enumerate(['你好', 'hello world'], 1):
            client.send(text)
            client.wait_for(received('已送达'), count=i)
            peer.wait_for(r'的消息:' + re.escape(text) + '$')
        client.send('q')
        # The seed stops only when a recv() chunk is exactly 'q': no newline was added.
        self.assertEqual(peer.wait_exit(), 0, peer.dump())
        # The server closing the connection ends the client, with success.
        self.assertEqual(client.wait_exit(), 0, client.dump())
        lines = peer.out
        self.assertEqual([l for l in lines if '的消息:' in l][-1].split('的消息:')[1], 'q', peer.dump())
        # print() adds the only newline: a sent '\n' would show up as an empty line.
        self.assertNotIn('', lines, peer.dump())
        self.assertRegex(lines[0], r"^收到来自\('127\.0\.0\.1', \d+\)的消息:你好$")

    def test_seed003_upper_server(self):
        peer, port = self.seed_server('seed003_tcp_server.py')
        client = self.app('tcp-client', '127.0.0.1:%d' % port, '--wait', '100')
        client.send('hello 中文')
        client.wait_for(received('HELLO 中文'))
        client.send('again')
        client.wait_for(received('AGAIN'))
        # End of input with --wait: the client closes the connection and exits 0.
        client.close_stdin()
        self.assertEqual(client.wait_exit(), 0, client.dump())

    def test_seed003_select_server(self):
        peer, port = self.seed_server('seed003_select_server.py')
        client = self.app('tcp-client', '127.0.0.1:%d' % port)
        client.wait_for(received('hello'))
        client.send('abc')
        client.wait_for(received('response'))
        hello_at = next(i for i, l in enumerate(client.out) if re.search(received('hello'), l))
        response_at = next(i for i, l in enumerate(client.out) if re.search(received('response'), l))
        self.assertLess(hello_at, response_at, client.dump())
        self.terminate(client)

    def test_seed004_server(self):
        peer, port = self.seed_server('seed004_server.py')
        client = self.app('tcp-client', '127.0.0.1:%d' % port)
        client.send('can you hear me?')
        client.wait_for(received('Yes'))
        self.assertEqual(peer.wait_exit(), 0, peer.dump())
        self.assertIn("request is:  b'can you hear me?'", peer.out, peer.dump())
        self.assertEqual(client.wait_exit(), 0, client.dump())

    def test_eol_modes(self):
        for eol, suffix in [('none', b''), ('lf', b'\n'), ('crlf', b'\r\n')]:
            with self.subTest(eol=eol):
                listener = socket.socket()
                listener.bind(('127.0.0.1', 0))
                listener.listen(1)
                listener.settimeout(DEADLINE)
                port = listener.getsockname()[1]
                client = self.app('tcp-client', '127.0.0.1:%d' % port, '--eol', eol, '--wait', '0')
                conn, _ = listener.accept()
                conn.settimeout(DEADLINE)
                client.send('abc')
                client.close_stdin()
                data = b''
                while True:
                    chunk = conn.recv(1024)
                    if not chunk:
                        break
                    data += chunk
                self.assertEqual(data, b'abc' + suffix)
                self.assertEqual(client.wait_exit(), 0, client.dump())
                conn.close()
                listener.close()


    def test_encoding_and_hex(self):
        cases = [
            # options, typed line, bytes expected on the wire, bytes the peer answers, shown reply
            (['--encoding', 'gbk'], '中文', '中文'.encode('gbk'), '好'.encode('gbk'), '好'),
            (['--encoding', 'latin-1'], 'café', 'café'.encode('latin-1'), 'é'.encode('latin-1'), 'é'),
            (['--hex'], '68 69 0a', b'hi\n', b'\x00\xff', '00 ff'),
        ]
        for options, typed, wire, answer, shown in cases:
            with self.subTest(options=options):
                listener = socket.socket()
                listener.bind(('127.0.0.1', 0))
                listener.listen(1)
                listener.settimeout(DEADLINE)
                client = self.app('tcp-client', '127.0.0.1:%d' % listener.getsockname()[1], *options)
                conn, _ = listener.accept()
                conn.settimeout(DEADLINE)
                client.send(typed)
                data = b''
                while len(data) < len(wire):
                    data += conn.recv(1024)
                self.assertEqual(data, wire)
                conn.sendall(answer)
                client.wait_for(received(shown))
                conn.close()
                self.assertEqual(client.wait_exit(), 0, client.dump())
                listener.close()

    def test_reconnect_waits_for_the_server(self):
        port = free_port()
        client = self.app('tcp-client', '127.0.0.1:%d' % port, '--reconnect')
        client.wait_for('No server is listening on 127.0.0.1:%d' % port)
        self.assertIsNone(client.p.poll(), client.dump())   # --reconnect: a refusal is not the end
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(('127.0.0.1', port))
        listener.listen(1)
        listener.settimeout(DEADLINE)
        conn, _ = listener.accept()
        conn.settimeout(DEADLINE)
        client.send('back')
        self.assertEqual(conn.recv(1024), b'back')
        conn.close()
        listener.close()
        self.terminate(client)


class CommandLine(TcpTestCase):
    def test_bad_arguments(self):
        cases = [
            ['tcp-server'],
            ['tcp-server', '--port', 'eighty'],
            ['tcp-server', '--port', '70000'],
            ['tcp-server', '--port', '1', '--reply', 'loud'],
            ['tcp-server', '--port', '1', '--framing', 'packets'],
            ['tcp-server', '--port', '1', '--encoding', 'ebcdic'],
            ['tcp-server', '--port', '1', '--bind', 'not-an-address'],
            ['tcp-server', '--port', '1', '--frobnicate'],
            ['tcp-server', '--port', '1', 'extra'],
            ['tcp-client'],
            ['tcp-client', 'localhost'],
            ['tcp-client', '127.0.0.1:0'],
            ['tcp-client', '127.0.0.1:1', '--eol', 'cr'],
            ['tcp-client', '127.0.0.1:1', '--wait', '-5'],
            ['tcp-client', '127.0.0.1:1', '127.0.0.1:2'],
        ]
        for args in cases:
            with self.subTest(args=args):
                p = self.app(*args)
                self.assertEqual(p.wait_exit(), 2, p.dump())
                self.assertTrue(p.err and p.err[0].startswith('socketlab: ') and len(p.err[0]) > 20, p.dump())
                self.assertTrue(any(l.startswith('Usage: socketlab ' + args[0]) for l in p.out), p.dump())

    def test_connect_refused(self):
        port = free_port()   # nothing listens there any more
        p = self.app('tcp-client', '127.0.0.1:%d' % port)
        self.assertEqual(p.wait_exit(), 1, p.dump())
        self.assertTrue(any('No server is listening on 127.0.0.1:%d' % port in l for l in p.err), p.dump())

    def test_port_in_use(self):
        holder = socket.socket()
        holder.bind(('127.0.0.1', 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        try:
            p = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1')
            self.assertEqual(p.wait_exit(), 1, p.dump())
            message = '\n'.join(p.err)
            self.assertIn('Port %d is already in use' % port, message, p.dump())
            self.assertIn('PID %d' % os.getpid(), message, p.dump())
        finally:
            holder.close()

    def test_sigterm_stops_server(self):
        server, port = self.app_server('--reply', 'echo')
        c = socket.create_connection(('127.0.0.1', port), DEADLINE)
        c.sendall(b'ping')
        self.assertEqual(c.recv(1024), b'ping')
        server.p.send_signal(signal.SIGTERM)
        self.assertEqual(server.wait_exit(), 0, server.dump())
        # The client's connection was closed by the server.
        c.settimeout(DEADLINE)
        self.assertEqual(c.recv(1024), b'')
        c.close()

    def test_server_with_stdin_devnull_keeps_running(self):
        server, port = self.app_server('--reply', 'echo', stdin=subprocess.DEVNULL)
        for i in range(3):
            with socket.create_connection(('127.0.0.1', port), DEADLINE) as c:
                c.sendall(b'round %d' % i)
                self.assertEqual(c.recv(1024), b'round %d' % i)
            self.assertIsNone(server.p.poll(), server.dump())
        self.terminate(server)

    def test_server_stdin_lines_go_to_all_clients(self):
        server, port = self.app_server()
        clients = [socket.create_connection(('127.0.0.1', port), DEADLINE) for _ in range(2)]
        server.wait_for(r'127\.0\.0\.1:%d' % clients[1].getsockname()[1])
        server.send('announce 通知')
        for c in clients:
            self.assertEqual(c.recv(1024), 'announce 通知'.encode())
            c.close()
        self.terminate(server)

    def test_relay_three_clients(self):
        server, port = self.app_server('--relay')
        clients = [socket.create_connection(('127.0.0.1', port), DEADLINE) for _ in range(3)]
        ports = [c.getsockname()[1] for c in clients]
        buffers = [b'', b'', b'']

        def read_until(j, needle):
            while needle not in buffers[j]:
                chunk = clients[j].recv(4096)
                self.assertTrue(chunk, 'the server closed the connection' + server.dump())
                buffers[j] += chunk

        for p in ports:
            server.wait_for(r'127\.0\.0\.1:%d' % p)
        for i, sender in enumerate(clients):
            text = ('message from client %d' % i).encode()
            sender.sendall(text)
            for j in range(3):
                if j != i:
                    read_until(j, text)
                    # Tagged with its sender.
                    at = buffers[j].index(text)
                    tag = buffers[j][max(0, at - 64):at]
                    self.assertIn(str(ports[i]).encode(), tag, server.dump())
        # A marker typed on the server goes to everyone after the relayed messages: a sender
        # must not have got its own message back before it.
        server.send('END-MARK')
        for i in range(3):
            read_until(i, b'END-MARK')
            self.assertNotIn(('message from client %d' % i).encode(), buffers[i])
            for j in range(3):
                if j != i:
                    self.assertEqual(buffers[i].count(('message from client %d' % j).encode()), 1)
            clients[i].close()
        self.terminate(server)

if __name__ == '__main__':
    unittest.main(verbosity=2)
