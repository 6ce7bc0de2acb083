"""UDP interop: `socketlab udp` against Python peers that behave exactly like the seed scripts
(seed 002 udp_send.py / udp_receive.py, seed 003's UDP client and server), in both directions,
plus the command-line contract (exit codes, plain-word errors, the output line format, stdin
lines to --to or to the last sender, SIGTERM, stdin at /dev/null).

Environment: SOCKETLAB_BIN = the built socketlab binary. The seed peers take their port from
SEED_PORT; every port is found by binding port 0. Every wait polls with a deadline.
"""
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import unittest

from interop_support import Proc, wait_until

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get('SOCKETLAB_BIN', '')
DEADLINE = 15.0

# One ConsoleOutput line per datagram: time, sender ip:port, direction, text, size.
DATAGRAM_LINE = re.compile(r'^(\d\d:\d\d:\d\d\.\d{3})\s+(\S+):(\d+)\s+([<>])\s+(.*?)\s+\[(?:auto-reply, )?(\d+) bytes?\]$')


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def is_udp_bound(port):
    """True when some UDP socket is bound to `port` (read from /proc: probing would feed a seed)."""
    for name in ('/proc/net/udp', '/proc/net/udp6'):
        try:
            with open(name) as f:
                next(f)
                for line in f:
                    if int(line.split()[1].rsplit(':', 1)[1], 16) == port:
                        return True
        except OSError:
            pass
    return False


def datagrams(proc, direction=None):
    """(peer host, peer port, direction, text, size) of every datagram line printed so far."""
    out = []
    with proc.cond:
        lines = list(proc.out)
    for line in lines:
        m = DATAGRAM_LINE.match(line)
        if m and (direction is None or m.group(4) == direction):
            out.append((m.group(2), int(m.group(3)), m.group(4), m.group(5), int(m.group(6))))
    return out


def received(text, host=r'127\.0\.0\.1', port=r'\d+'):
    """The line for a received datagram whose text is exactly `text`."""
    return r'\s%s:%s\s+<\s+%s\s+\[\d+ bytes?\]$' % (host, port, re.escape(text))


def sent(text, host=r'127\.0\.0\.1', port=r'\d+'):
    return r'\s%s:%s\s+>\s+%s\s+\[' % (host, port, re.escape(text))


def one_datagram(sock, timeout=DEADLINE):
    sock.settimeout(timeout)
    return sock.recvfrom(65535)


class UdpTestCase(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.sockets = []

    def tearDown(self):
        for p in self.procs:
            p.stop()
        for s in self.sockets:
            s.close()

    def start(self, args, **kw):
        p = Proc(args, **kw)
        self.procs.append(p)
        return p

    def udp_socket(self, family=socket.AF_INET, bind=('127.0.0.1', 0)):
        s = socket.socket(family, socket.SOCK_DGRAM)
        self.sockets.append(s)
        if bind is not None:
            s.bind(bind)
        return s

    def app(self, *args, **kw):
        return self.start([BIN, 'udp'] + list(args), **kw)

    def app_bound(self, *args, **kw):
        """`socketlab udp ARGS`, once it printed its bound line; returns (process, port)."""
        p = self.app(*args, **kw)
        line = p.wait_for(r'Bound to .*\D(\d+): waiting for datagrams')[0]
        return p, int(re.search(r'(\d+): waiting for datagrams', line).group(1))

    def app_receiver(self, *args, **kw):
        port = free_udp_port()
        p, bound = self.app_bound('--port', str(port), '--bind', '127.0.0.1', *args, **kw)
        self.assertEqual(bound, port)
        return p, port

    def seed(self, script, port):
        return self.start([sys.executable, '-u', os.path.join(HERE, script)],
                          env={'SEED_PORT': str(port), 'SEED_HOST': '127.0.0.1'})

    def terminate(self, proc):
        proc.p.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait_exit(), 0, proc.dump())


class AppReceives(UdpTestCase):
    def test_seed002_udp_send(self):
        app, port = self.app_receiver()
        sender = self.seed('seed002_udp_send.py', port)
        lines = ['你好', 'hello world', 'two  spaces', 'bye']
        for i, text in enumerate(lines, 1):
            sender.send(text)
            app.wait_for(received(text), count=1)
            self.assertEqual(len(datagrams(app, '<')), i, app.dump())
        # `bye` ends the seed (it sent bye first), and the app shows bye like any other line.
        self.assertEqual(sender.wait_exit(), 0, sender.dump())
        got = datagrams(app, '<')
        self.assertEqual([g[3] for g in got], lines, app.dump())
        self.assertEqual([g[4] for g in got], [len(t.encode()) for t in lines], app.dump())
        # Every datagram came from the seed's one socket: one sender ip:port, shown each time.
        self.assertEqual({(g[0], g[1]) for g in got}, {('127.0.0.1', got[0][1])}, app.dump())
        self.assertIsNone(app.p.poll(), app.dump())   # a receiver keeps running after bye
        self.terminate(app)
        app.wait_for(r'^Counters: datagrams received 4, ')

    def test_seed003_udp_client_gets_ok(self):
        app, port = self.app_receiver('--reply', 'text:ok')
        client = self.seed('seed003_udp_client.py', port)
        for i, text in enumerate(['hello', '中文 text'], 1):
            client.send(text)
            # print(data) of recvfrom(1024): the reply and the server's address.
            client.wait_for(r"\(b'ok', \('127\.0\.0\.1', %d\)\)$" % port, count=i)
            app.wait_for(received(text))
            app.wait_for(sent('ok'), count=i)
        client.send('exit')
        self.assertEqual(client.wait_exit(), 0, client.dump())
        # The auto-reply went to the client's own address.
        senders = {g[1] for g in datagrams(app, '<')}
        targets = {g[1] for g in datagrams(app, '>')}
        self.assertEqual(senders, targets, app.dump())
        self.terminate(app)

    def test_reply_modes(self):
        for mode, text, answer in [('echo', 'Echo me', b'Echo me'), ('upper', 'shout 中文', 'SHOUT 中文'.encode()),
                                   ('text:已送达', 'anything', '已送达'.encode())]:
            with self.subTest(mode=mode):
                app, port = self.app_receiver('--reply', mode)
                peer = self.udp_socket()
                peer.sendto(text.encode(), ('127.0.0.1', port))
                self.assertEqual(one_datagram(peer)[0], answer)
                self.terminate(app)

    def test_boundaries_and_encodings(self):
        app, port = self.app_receiver()
        peer = self.udp_socket()
        # Two datagrams sent back to back stay two lines (UDP keeps message boundaries).
        peer.sendto(b'first', ('127.0.0.1', port))
        peer.sendto(b'second', ('127.0.0.1', port))
        # Undecodable bytes are shown, not dropped.
        peer.sendto(b'\xff\xfeok', ('127.0.0.1', port))
        app.wait_for(received('second'))
        app.wait_for(r'\s<\s+\\xff\\xfeok\s+\[4 bytes\]$')
        self.assertEqual([g[3] for g in datagrams(app, '<')][:2], ['first', 'second'])
        self.terminate(app)
        for options, payload, shown in [(['--encoding', 'gbk'], '中文'.encode('gbk'), '中文'),
                                        (['--hex'], b'hi\x00', '68 69 00')]:
            with self.subTest(options=options):
                app, port = self.app_receiver(*options)
                peer.sendto(payload, ('127.0.0.1', port))
                app.wait_for(received(shown))
                self.terminate(app)

    def test_ipv6_sender_on_any(self):
        probe = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        try:
            probe.bind(('::1', 0))
        except OSError:
            self.skipTest('no IPv6 loopback')
        finally:
            probe.close()
        app, port = self.app_bound('--port', '0')
        peer6 = self.udp_socket(socket.AF_INET6, ('::1', 0))
        peer6.sendto(b'over six', ('::1', port))
        app.wait_for(received('over six', host=r'\[::1\]', port=str(peer6.getsockname()[1])))
        peer4 = self.udp_socket()
        peer4.sendto(b'over four', ('127.0.0.1', port))
        app.wait_for(received('over four', port=str(peer4.getsockname()[1])))
        self.terminate(app)


class AppSends(UdpTestCase):
    def test_seed002_udp_receive(self):
        port = free_udp_port()
        receiver = self.seed('seed002_udp_receive.py', port)
        receiver.wait_for('^服务端已开启$')
        app, app_port = self.app_bound('--to', '127.0.0.1:%d' % port)
        for i, text in enumerate(['你好', 'hi there'], 1):
            app.send(text)
            receiver.wait_for(r"^收到数据:%s\('127\.0\.0\.1', %d\)$" % (re.escape(text), app_port))
            app.wait_for(sent(text, port=str(port)))
        app.send('bye')
        # The seed stops only when a datagram is exactly 'bye': no newline was added.
        self.assertEqual(receiver.wait_exit(), 0, receiver.dump())
        self.assertEqual(receiver.out[-1], "收到数据:bye('127.0.0.1', %d)" % app_port, receiver.dump())
        self.assertEqual(len(receiver.out), 4, receiver.dump())
        self.terminate(app)

    def test_seed003_udp_server_answers_ok(self):
        port = free_udp_port()
        server = self.seed('seed003_udp_server.py', port)
        wait_until(lambda: is_udp_bound(port) or server.p.poll() is not None, 'the seed server to bind')
        self.assertIsNone(server.p.poll(), server.dump())
        app, app_port = self.app_bound('--to', '127.0.0.1:%d' % port)
        app.send('ping')
        app.wait_for(received('ok', port=str(port)))
        server.wait_for(r"^b'ping' 127\.0\.0\.1 %d$" % app_port)
        app.send('中文')
        app.wait_for(received('ok', port=str(port)), count=2)
        server.wait_for(r"^b'\\xe4\\xb8\\xad\\xe6\\x96\\x87' 127\.0\.0\.1 %d$" % app_port)
        self.terminate(app)

    def test_lines_go_to_the_last_sender(self):
        app, port = self.app_receiver()
        app.send('too early')
        app.wait_for(r'Nobody to send to yet', stream='err')
        first = self.udp_socket()
        second = self.udp_socket()
        first.sendto(b'from first', ('127.0.0.1', port))
        app.wait_for(received('from first'))
        app.send('answer 1')
        self.assertEqual(one_datagram(first)[0], b'answer 1')
        second.sendto(b'from second', ('127.0.0.1', port))
        app.wait_for(received('from second'))
        app.send('answer 2')
        data, source = one_datagram(second)
        self.assertEqual(data, b'answer 2')
        self.assertEqual(source, ('127.0.0.1', port))   # from the bound port, so replies come back
        self.terminate(app)

    def test_to_with_port_receives_replies(self):
        peer = self.udp_socket()
        app, port = self.app_receiver('--to', '127.0.0.1:%d' % peer.getsockname()[1])
        app.send('hello')
        data, source = one_datagram(peer)
        self.assertEqual((data, source[1]), (b'hello', port))
        peer.sendto(b'hello back', source)
        app.wait_for(received('hello back'))
        self.terminate(app)

    def test_hex_and_gbk_input(self):
        peer = self.udp_socket()
        target = '127.0.0.1:%d' % peer.getsockname()[1]
        for options, typed, wire in [(['--hex'], '68 69 00 ff', b'hi\x00\xff'),
                                     (['--encoding', 'gbk'], '中文', '中文'.encode('gbk'))]:
            with self.subTest(options=options):
                app, _ = self.app_bound('--to', target, *options)
                app.send(typed)
                self.assertEqual(one_datagram(peer)[0], wire)
                self.terminate(app)


class Faults(UdpTestCase):
    def test_oversize_is_refused_and_the_next_goes(self):
        peer = self.udp_socket()
        app, _ = self.app_bound('--to', '127.0.0.1:%d' % peer.getsockname()[1])
        app.send('x' * 65508)
        app.wait_for(r'65,508 bytes, but one UDP datagram over IPv4 carries at most 65,507 bytes\. Nothing was sent')
        app.send('y' * 65507)   # exactly the limit: sent whole
        self.assertEqual(one_datagram(peer)[0], b'y' * 65507)
        app.send('small')
        self.assertEqual(one_datagram(peer)[0], b'small')
        self.terminate(app)

    def test_invalid_hex_is_refused(self):
        peer = self.udp_socket()
        app, _ = self.app_bound('--to', '127.0.0.1:%d' % peer.getsockname()[1], '--hex')
        app.send('zz')
        app.wait_for(r'not a hex byte', stream='err')
        app.send('6f 6b')
        self.assertEqual(one_datagram(peer)[0], b'ok')   # the refused line never went out
        self.assertIsNone(app.p.poll(), app.dump())
        self.terminate(app)

    def test_port_unreachable_says_nobody_is_listening(self):
        port = free_udp_port()   # nobody there any more
        app, _ = self.app_bound('--to', '127.0.0.1:%d' % port)
        app.send('anyone?')
        app.wait_for(r'Nobody is listening on 127\.0\.0\.1:%d' % port)
        self.assertIsNone(app.p.poll(), app.dump())
        self.terminate(app)
        self.assertTrue(app.matching(r'^Counters: .*errors 1\.$'), app.dump())

    def test_receiving_goes_on_after_port_unreachable(self):
        """Issue 11, defect 1: after "Nobody is listening on …" the socket went deaf (no datagram
        shown, counted or answered) until it was bound again. IPv4 and IPv6, dual-stack "any"
        and single-stack sockets."""
        has_v6 = True
        try:
            with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
                probe.bind(('::1', 0))
        except OSError:
            has_v6 = False
        cases = [('any', socket.AF_INET, '127.0.0.1'), ('127.0.0.1', socket.AF_INET, '127.0.0.1'),
                 ('any', socket.AF_INET6, '::1'), ('::1', socket.AF_INET6, '::1')]
        for bind, family, host in cases:
            if family == socket.AF_INET6 and not has_v6:
                continue
            with self.subTest(bind=bind, target=host):
                with socket.socket(family, socket.SOCK_DGRAM) as probe:
                    probe.bind((host, 0))
                    closed = probe.getsockname()[1]   # nobody there once the probe is closed
                shown = '[%s]' % host if family == socket.AF_INET6 else host
                app, port = self.app_bound('--port', '0', '--bind', bind, '--reply', 'echo',
                                           '--to', '%s:%d' % (shown, closed))
                peer = self.udp_socket(family, (host, 0))
                peer_host = re.escape(shown)
                for round_ in (1, 2):
                    app.send('anyone? %d' % round_)
                    app.wait_for(r'Nobody is listening on %s:%d' % (peer_host, closed), count=round_)
                    for i in (1, 2):
                        text = 'after %d.%d' % (round_, i)
                        peer.sendto(text.encode(), (host, port))
                        self.assertEqual(one_datagram(peer)[0], text.encode(), app.dump())   # answered
                        app.wait_for(received(text, host=peer_host))                         # shown
                self.assertIsNone(app.p.poll(), app.dump())
                self.terminate(app)
                # Counted: 4 received and echoed, 2 sent to the closed port, 2 reports.
                self.assertTrue(app.matching(r'^Counters: datagrams received 4, bytes received 36, '
                                             r'datagrams sent 6, .*errors 2\.$'), app.dump())

    def test_unknown_host(self):
        app, _ = self.app_bound('--to', 'no-such-host.invalid:9')
        app.send('hello?')
        app.wait_for(r'“no-such-host\.invalid” could not be found')
        self.terminate(app)

    def test_stdin_at_devnull_keeps_running(self):
        app, port = self.app_receiver('--reply', 'echo', stdin=subprocess.DEVNULL)
        peer = self.udp_socket()
        for i in range(3):
            peer.sendto(b'round %d' % i, ('127.0.0.1', port))
            self.assertEqual(one_datagram(peer)[0], b'round %d' % i)
            self.assertIsNone(app.p.poll(), app.dump())
        self.terminate(app)
        self.assertTrue(app.matching(r'^Counters: datagrams received 3, bytes received 21, datagrams sent 3, bytes sent 21, errors 0\.$'),
                        app.dump())


def counters(proc):
    """(received, sent) from the final Counters line."""
    line = proc.matching(r'^Counters: ')[-1]
    m = re.search(r'datagrams received (\d+), .*datagrams sent (\d+),', line)
    return int(m.group(1)), int(m.group(2))


class ReplyLoops(UdpTestCase):
    """Auto-replies that would answer each other forever (issue 10, item 5)."""

    def test_echo_to_itself_is_not_answered(self):
        port = free_udp_port()
        app, _ = self.app_bound('--port', str(port), '--reply', 'echo', '--to', '127.0.0.1:%d' % port)
        app.send('hello me')
        app.wait_for(r'Not answering datagrams from 127\.0\.0\.1:%d' % port)
        app.wait_for(received('hello me', port=str(port)))
        # A real sender after it is still answered.
        peer = self.udp_socket()
        peer.sendto(b'hi', ('127.0.0.1', port))
        self.assertEqual(one_datagram(peer)[0], b'hi')
        self.terminate(app)
        self.assertEqual(counters(app), (2, 2), app.dump())

    def test_echo_and_text_ok_settle_down(self):
        port_a, port_b = free_udp_port(), free_udp_port()
        b, _ = self.app_bound('--port', str(port_b), '--bind', '127.0.0.1', '--reply', 'text:ok',
                              '--reply-limit', '10', '--quiet')
        a, _ = self.app_bound('--port', str(port_a), '--bind', '127.0.0.1', '--reply', 'echo',
                              '--to', '127.0.0.1:%d' % port_b, '--quiet')
        a.send('ping')
        b.wait_for(r'Auto-reply paused for 127\.0\.0\.1:%d: too many replies' % port_a)
        self.terminate(a)
        self.terminate(b)
        received_a, sent_a = counters(a)
        received_b, sent_b = counters(b)
        self.assertEqual((received_b, sent_b), (11, 10), b.dump())   # ping + 10 echoes; 10 answers
        self.assertEqual((received_a, sent_a), (10, 11), a.dump())
        self.assertFalse(a.matching(r'Auto-reply paused'), a.dump())


class CommandLine(UdpTestCase):
    def test_bad_arguments(self):
        cases = [
            [],
            ['--port', 'eighty'],
            ['--port', '70000'],
            ['--port', '-1'],
            ['--port', '1', '--reply', 'loud'],
            ['--port', '1', '--reply-limit', '-1'],
            ['--port', '1', '--reply-limit', 'many'],
            ['--port', '1', '--to', 'localhost'],
            ['--port', '1', '--to', '127.0.0.1:0'],
            ['--port', '1', '--join', '10.0.0.1'],
            ['--port', '1', '--bind', 'not-an-address'],
            ['--port', '1', '--ttl', '300'],
            ['--port', '1', '--encoding', 'ebcdic'],
            ['--port', '1', '--frobnicate'],
            ['--port', '1', 'extra'],
        ]
        for args in cases:
            with self.subTest(args=args):
                p = self.app(*args)
                self.assertEqual(p.wait_exit(), 2, p.dump())
                self.assertTrue(p.err and p.err[0].startswith('socketlab: ') and len(p.err[0]) > 20, p.dump())
                self.assertTrue(any(l.startswith('Usage: socketlab udp') for l in p.out), p.dump())

    def test_port_in_use(self):
        holder = self.udp_socket(bind=('127.0.0.1', 0))
        port = holder.getsockname()[1]
        p = self.app('--port', str(port), '--bind', '127.0.0.1')
        self.assertEqual(p.wait_exit(), 1, p.dump())
        message = '\n'.join(p.err)
        self.assertIn('Port %d is already in use' % port, message, p.dump())
        self.assertIn('PID %d' % os.getpid(), message, p.dump())

    def test_address_not_on_this_machine(self):
        p = self.app('--port', '0', '--bind', '192.0.2.254')
        self.assertEqual(p.wait_exit(), 1, p.dump())
        self.assertIn('This machine has no address 192.0.2.254', '\n'.join(p.err), p.dump())

    def test_output_line_format(self):
        app, port = self.app_receiver()
        peer = self.udp_socket()
        peer.sendto('格式 check'.encode(), ('127.0.0.1', port))
        line = app.wait_for(received('格式 check'))[0]
        m = DATAGRAM_LINE.match(line)
        self.assertTrue(m, line)
        self.assertEqual((m.group(2), int(m.group(3)), m.group(4), m.group(5), int(m.group(6))),
                         ('127.0.0.1', peer.getsockname()[1], '<', '格式 check', len('格式 check'.encode())))
        self.terminate(app)

    def test_multicast_join_on_loopback(self):
        if not os.path.exists('/sys/class/net/lo'):
            self.skipTest('no interface named lo')
        group = '239.255.43.25'
        port = free_udp_port()
        app, _ = self.app_bound('--port', str(port), '--join', group, '--interface', 'lo')
        app.wait_for(r'Joined the multicast group %s on lo\.' % re.escape(group))
        sender = self.udp_socket(bind=None)
        sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton('127.0.0.1'))
        sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 0)
        sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
        sender.sendto(b'to the group', (group, port))
        app.wait_for(received('to the group'))
        self.terminate(app)

    def test_multicast_ttl_reaches_the_wire(self):
        """--ttl is the TTL of the IPv4 multicast datagrams we send and --interface the interface
        they leave by, also from a socket bound to any address (IPv4 + IPv6), whose IPv4 options
        Qt leaves at the system defaults (TTL 1, the default route's interface)."""
        if not os.path.exists('/sys/class/net/lo'):
            self.skipTest('no interface named lo')
        IP_RECVTTL = getattr(socket, 'IP_RECVTTL', 12)   # Linux's value; Python 3.11 lacks the name
        group = '239.255.43.27'
        receiver = self.udp_socket(bind=None)
        receiver.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        receiver.bind(('', 0))
        port = receiver.getsockname()[1]
        receiver.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP,
                            socket.inet_aton(group) + socket.inet_aton('127.0.0.1'))
        receiver.setsockopt(socket.IPPROTO_IP, IP_RECVTTL, 1)
        receiver.settimeout(DEADLINE)
        for bind, ttl in (('any', 7), ('0.0.0.0', 5), ('any', 1)):
            with self.subTest(bind=bind, ttl=ttl):
                app, _ = self.app_bound('--to', '%s:%d' % (group, port), '--ttl', str(ttl),
                                        '--interface', 'lo', '--bind', bind)
                text = 'ttl %d from %s' % (ttl, bind)
                app.send(text)
                app.wait_for(r'>\s+%s\s+\[' % re.escape(text))
                while True:
                    try:
                        data, ancillary, _, source = receiver.recvmsg(1024, socket.CMSG_SPACE(4))
                    except socket.timeout:
                        if app.matching(r'\s!\s'):
                            self.skipTest('this machine cannot send IPv4 multicast: %s' % app.dump())
                        raise
                    if data == text.encode():
                        break
                ttls = [struct.unpack('i', d[:4])[0] for level, kind, d in ancillary
                        if level == socket.IPPROTO_IP and kind == socket.IP_TTL]
                self.assertEqual(ttls, [ttl], app.dump())
                self.assertEqual(source[0], '127.0.0.1', 'sent by the interface asked for (lo)')
                self.terminate(app)


if __name__ == '__main__':
    unittest.main(verbosity=2)
