"""--events FILE on the command line, end to end: `socketlab tcp-server --events f.jsonl` while
seed 002's chat client (tcp_send.py) talks to it, `socketlab udp --events` under seed 002's
udp_send.py, `socketlab tcp-client --events` against seed 002's tcp_receive.py. Each recording
is read back (the header, then the actions: accepted / connected, the data in and out with their
bytes, who closed first) and drawn with `socketlab diagram f.jsonl -o out.svg`, whose labels are
checked. SIGTERM in the middle of a conversation leaves a complete file (every line whole, the
closes and the stop recorded) that `socketlab diagram` reads. A FILE that cannot be written is
refused with exit status 2 and the reason, by every command.

Environment: SOCKETLAB_BIN = the built socketlab binary. Every port is found by binding port 0;
every wait polls with a deadline.
"""
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

from interop_support import Proc, free_port, is_listening, wait_until

BIN = os.environ.get('SOCKETLAB_BIN', '')
HERE = os.path.dirname(os.path.abspath(__file__))
SVG = '{http://www.w3.org/2000/svg}'


def free_udp_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def read_events(path):
    """The header and the events of a recording; every line must be whole JSON."""
    with open(path, 'rb') as f:
        data = f.read()
    assert data.endswith(b'\n'), 'the last line is cut short: %r' % data[-80:]
    lines = [json.loads(line) for line in data.decode('utf-8').split('\n') if line]
    return lines[0], lines[1:]


def actions(events):
    return [e['action'] for e in events if 'action' in e]


def payloads(events, direction):
    return [base64.b64decode(e['base64']).decode('utf-8')
            for e in events if e['kind'] == 'data' and e.get('direction') == direction]


class EventsTestCase(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.dir = tempfile.mkdtemp(prefix='socketlab-events-')

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def start(self, args, **kw):
        p = Proc(args, **kw)
        self.procs.append(p)
        return p

    def app(self, *args):
        return self.start([BIN] + list(args))

    def seed(self, script, port):
        return self.start([sys.executable, '-u', os.path.join(HERE, script)],
                          env={'SEED_PORT': str(port), 'SEED_HOST': '127.0.0.1'})

    def path(self, name):
        return os.path.join(self.dir, name)

    def terminate(self, proc):
        proc.p.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait_exit(), 0, proc.dump())

    def diagram_labels(self, events_path):
        out = self.path('out.svg')
        r = subprocess.run([BIN, 'diagram', events_path, '-o', out], capture_output=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        root = ET.parse(out).getroot()
        return [''.join(t.itertext()).strip() for t in root.iter(SVG + 'text')]

    def app_server(self, events, *args):
        port = free_port()
        server = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1', '--events', events, *args)
        wait_until(lambda: is_listening(port) or server.p.poll() is not None, 'the server to listen')
        self.assertIsNone(server.p.poll(), server.dump())
        return server, port


class TcpServerRecords(EventsTestCase):
    def test_seed002_chat_recorded_and_drawn(self):
        events_path = self.path('chat.jsonl')
        server, port = self.app_server(events_path, '--reply', 'text:已送达')
        client = self.seed('seed002_tcp_send.py', port)
        for i, text in enumerate(['你好', 'hello'], 1):
            client.send(text)
            client.wait_for(r'收到服务端的回应: 已送达$', count=i)
        client.send('q')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        # The client closes right after "q", so the reply to it may meet a closed socket: the
        # connection ends cleanly (FIN) or with a reset, and the recording says which.
        server.wait_for(r'after it finished sending\.$|reset the connection')
        self.terminate(server)
        server.wait_for(r'^Events written to %s: \d+\.$' % events_path)

        header, events = read_events(events_path)
        self.assertEqual((header['format'], header['version'], header['role']), ('socketlab-events', 1, 'tcp-server'))
        self.assertIn('started', header)
        clean = 'reset' not in actions(events)
        ending = ['half-closed-by-peer', 'closed-by-peer'] if clean else ['reset']
        self.assertEqual(actions(events), ['listening', 'accepted'] + ending + ['stopped-listening'])
        self.assertEqual(events[0]['local'], '127.0.0.1:%d' % port)
        self.assertEqual(payloads(events, 'in'), ['你好', 'hello', 'q'])
        # SocketLab answers every message, the closing "q" too (the seed client no longer reads it).
        self.assertEqual(payloads(events, 'out'), ['已送达', '已送达', '已送达'])
        peers = {e['peer'] for e in events if e['kind'] == 'data'}
        self.assertEqual(len(peers), 1, events)
        self.assertEqual(events[-1]['ms'] >= events[0]['ms'], True)

        labels = self.diagram_labels(events_path)
        peer = peers.pop()
        for label in ['127.0.0.1:%d' % port, peer, 'listening on 127.0.0.1:%d' % port, 'connect',
                      '“hello” (5 bytes)', '“q” (1 byte)']:
            self.assertIn(label, labels)
        if clean:
            self.assertIn('closed first', labels)

    def test_sigterm_mid_conversation_leaves_a_complete_file(self):
        events_path = self.path('cut.jsonl')
        server, port = self.app_server(events_path)
        peer = socket.create_connection(('127.0.0.1', port))
        try:
            for i in range(3):
                peer.sendall(b'chunk %d;' % i)
                server.wait_for(r'chunk %d;' % i)
            self.terminate(server)
        finally:
            peer.close()
        header, events = read_events(events_path)
        self.assertEqual(header['role'], 'tcp-server')
        self.assertEqual(''.join(payloads(events, 'in')), 'chunk 0;chunk 1;chunk 2;')
        # The server stopped with the client still connected: it closed that connection first.
        self.assertEqual(actions(events)[:2], ['listening', 'accepted'])
        self.assertIn('closed-by-us', actions(events))
        self.assertEqual(actions(events)[-1], 'stopped-listening')
        self.assertIn('closed first', self.diagram_labels(events_path))


class UdpRecords(EventsTestCase):
    def test_seed002_udp_send_recorded(self):
        events_path = self.path('udp.jsonl')
        port = free_udp_port()
        app = self.app('udp', '--port', str(port), '--bind', '127.0.0.1', '--reply', 'text:ok', '--events', events_path)
        app.wait_for(r'waiting for datagrams')
        sender = self.seed('seed002_udp_send.py', port)
        for i, text in enumerate(['你好', 'bye'], 1):
            sender.send(text)
            app.wait_for(r'\s<\s.*%s' % text)
        self.assertEqual(sender.wait_exit(), 0, sender.dump())
        app.wait_for(r'\s>\s.*ok', count=2)
        self.terminate(app)
        header, events = read_events(events_path)
        self.assertEqual(header['role'], 'udp')
        # The reply to "bye" may find the seed's socket already closed (port unreachable).
        self.assertEqual(actions(events)[0], 'bound')
        self.assertEqual(actions(events)[-1], 'unbound')
        self.assertTrue(set(actions(events)) <= {'bound', 'port-unreachable', 'unbound'}, events)
        self.assertEqual(events[0]['local'], '127.0.0.1:%d' % port)
        self.assertEqual(payloads(events, 'in'), ['你好', 'bye'])
        self.assertEqual(payloads(events, 'out'), ['ok', 'ok'])
        labels = self.diagram_labels(events_path)
        self.assertIn('127.0.0.1:%d' % port, labels)
        self.assertIn('“bye” (3 bytes)', labels)


class TcpClientRecords(EventsTestCase):
    def test_seed002_tcp_receive_recorded(self):
        events_path = self.path('client.jsonl')
        port = free_port()
        peer = self.seed('seed002_tcp_receive.py', port)
        wait_until(lambda: is_listening(port) or peer.p.poll() is not None, 'tcp_receive.py to listen')
        client = self.app('tcp-client', '127.0.0.1:%d' % port, '--events', events_path)
        client.send('hello')
        client.wait_for(r'\s<\s+已送达$')
        client.send('q')
        self.assertEqual(peer.wait_exit(), 0, peer.dump())
        self.assertEqual(client.wait_exit(), 0, client.dump())
        client.wait_for(r'^Events written to ')
        header, events = read_events(events_path)
        self.assertEqual(header['role'], 'tcp-client')
        self.assertEqual(actions(events)[:2], ['connecting', 'connected'])
        self.assertIn(actions(events)[-1], ('closed-by-peer', 'reset'))
        self.assertEqual(payloads(events, 'out'), ['hello', 'q'])
        self.assertEqual(payloads(events, 'in'), ['已送达'])
        labels = self.diagram_labels(events_path)
        self.assertIn('127.0.0.1:%d' % port, labels)
        self.assertIn('“hello” (5 bytes)', labels)


class UnwritableFile(EventsTestCase):
    def test_every_command_refuses_it(self):
        missing = os.path.join(self.dir, 'no', 'such', 'folder', 'f.jsonl')
        root = self.path('root')
        os.mkdir(root)
        commands = [['tcp-server', '--port', '0'], ['tcp-client', '127.0.0.1:1'], ['udp', '--port', '0'],
                    ['file-server', '--root', root], ['get', '127.0.0.1:1', 'a.txt', '--out', root],
                    ['web', '--root', root]]
        for args in commands:
            for target in (missing, self.dir):
                r = subprocess.run([BIN] + args + ['--events', target], capture_output=True, timeout=30,
                                   stdin=subprocess.DEVNULL)
                self.assertEqual(r.returncode, 2, (args, r.stderr.decode()))
                err = r.stderr.decode()
                self.assertTrue('does not exist' in err or 'is a folder' in err, err)
                self.assertFalse(os.path.exists(missing))


if __name__ == '__main__':
    unittest.main()
