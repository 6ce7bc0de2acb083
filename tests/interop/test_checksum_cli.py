"""--checksum on the command line: `socketlab tcp-client`, `tcp-server` and `udp` append the
checksum of every message they send (typed lines after their line ending, replies, the
greeting), and a Python peer checks the bytes it receives against its own computation of each
algorithm (binascii.crc32 for CRC-32, bitwise loops for the others). An unknown name is refused
with exit status 2 and the list of names.

Environment: SOCKETLAB_BIN = the built socketlab binary. Every port is found by binding port 0;
every wait polls with a deadline.
"""
import binascii
import os
import re
import socket
import struct
import unittest

from interop_support import DEADLINE, Proc, free_port, is_listening, wait_until

BIN = os.environ.get('SOCKETLAB_BIN', '')


def crc16_modbus(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return struct.pack('<H', crc)   # low byte first, as Modbus RTU sends it


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return struct.pack('>H', crc)


def xor8(data):
    x = 0
    for b in data:
        x ^= b
    return bytes([x])


CHECKSUMS = {
    'sum8': lambda data: bytes([sum(data) & 0xFF]),
    'xor8': xor8,
    'crc16-modbus': crc16_modbus,
    'crc16-ccitt': crc16_ccitt_false,
    'crc32': lambda data: struct.pack('>I', binascii.crc32(data)),
}


class ChecksumTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # The peer's own algorithms against the published check values, so that a wrong peer
        # cannot agree with a wrong socketlab.
        expected = {'sum8': 'dd', 'xor8': '31', 'crc16-modbus': '374b', 'crc16-ccitt': '29b1', 'crc32': 'cbf43926'}
        for name, value in expected.items():
            assert CHECKSUMS[name](b'123456789').hex() == value, name
        assert crc16_modbus(bytes.fromhex('01030000000A')) == bytes.fromhex('C5CD')

    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []

    def tearDown(self):
        for p in self.procs:
            p.stop()

    def app(self, *args):
        p = Proc([BIN] + list(args))
        self.procs.append(p)
        return p

    def receive_exactly(self, conn, size):
        conn.settimeout(DEADLINE)
        data = b''
        while len(data) < size:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
        return data


class TcpClient(ChecksumTestCase):
    def test_typed_lines_carry_the_checksum_after_the_line_ending(self):
        for name, checksum in CHECKSUMS.items():
            with self.subTest(checksum=name):
                with socket.socket() as listener:
                    listener.bind(('127.0.0.1', 0))
                    listener.listen(1)
                    listener.settimeout(DEADLINE)
                    client = self.app('tcp-client', '127.0.0.1:%d' % listener.getsockname()[1],
                                      '--eol', 'crlf', '--checksum', name, '--wait', '0')
                    conn, _ = listener.accept()
                    with conn:
                        client.send('123456789')
                        client.close_stdin()
                        expected = b'123456789\r\n' + checksum(b'123456789\r\n')
                        data = self.receive_exactly(conn, len(expected) + 1)   # +1: nothing more comes
                        self.assertEqual(data, expected, client.dump())
                    self.assertEqual(client.wait_exit(), 0, client.dump())

    def test_modbus_request_typed_as_hex(self):
        with socket.socket() as listener:
            listener.bind(('127.0.0.1', 0))
            listener.listen(1)
            listener.settimeout(DEADLINE)
            client = self.app('tcp-client', '127.0.0.1:%d' % listener.getsockname()[1],
                              '--hex', '--checksum', 'crc16-modbus', '--wait', '0')
            conn, _ = listener.accept()
            with conn:
                client.send('01 03 00 00 00 0A')
                client.close_stdin()
                self.assertEqual(self.receive_exactly(conn, 9), bytes.fromhex('01030000000AC5CD'), client.dump())
            self.assertEqual(client.wait_exit(), 0, client.dump())


class TcpServer(ChecksumTestCase):
    def server(self, *args):
        port = free_port()
        server = self.app('tcp-server', '--port', str(port), '--bind', '127.0.0.1', *args)
        wait_until(lambda: is_listening(port) or server.p.poll() is not None, 'the server to listen')
        self.assertIsNone(server.p.poll(), server.dump())
        return server, port

    def test_replies_carry_the_checksum(self):
        for name, checksum in CHECKSUMS.items():
            with self.subTest(checksum=name):
                server, port = self.server('--reply', 'upper', '--checksum', name)
                with socket.create_connection(('127.0.0.1', port), timeout=DEADLINE) as conn:
                    conn.sendall(b'hello')
                    expected = b'HELLO' + checksum(b'HELLO')
                    self.assertEqual(self.receive_exactly(conn, len(expected)), expected, server.dump())
                server.stop()

    def test_typed_lines_and_greeting_carry_the_checksum(self):
        server, port = self.server('--greeting', 'hi', '--checksum', 'crc32')
        with socket.create_connection(('127.0.0.1', port), timeout=DEADLINE) as conn:
            greeting = b'hi' + CHECKSUMS['crc32'](b'hi')
            self.assertEqual(self.receive_exactly(conn, len(greeting)), greeting, server.dump())
            server.wait_for(r'127\.0\.0\.1:%d' % conn.getsockname()[1])
            server.send('123456789')
            self.assertEqual(self.receive_exactly(conn, 13), b'123456789' + bytes.fromhex('CBF43926'), server.dump())


class Udp(ChecksumTestCase):
    def bound(self, *args):
        p = self.app('udp', *args)
        line = p.wait_for(r'Bound to .*\D(\d+): waiting for datagrams')[0]
        return p, int(re.search(r'(\d+): waiting for datagrams', line).group(1))

    def test_typed_datagrams_carry_the_checksum(self):
        for name, checksum in CHECKSUMS.items():
            with self.subTest(checksum=name):
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
                    peer.bind(('127.0.0.1', 0))
                    peer.settimeout(DEADLINE)
                    app, _ = self.bound('--to', '127.0.0.1:%d' % peer.getsockname()[1], '--bind', '127.0.0.1',
                                        '--checksum', name)
                    app.send('123456789')
                    data, _ = peer.recvfrom(65535)
                    self.assertEqual(data, b'123456789' + checksum(b'123456789'), app.dump())
                    app.stop()

    def test_replies_carry_the_checksum(self):
        for name, checksum in CHECKSUMS.items():
            with self.subTest(checksum=name):
                app, port = self.bound('--port', '0', '--bind', '127.0.0.1', '--reply', 'echo', '--checksum', name)
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
                    peer.settimeout(DEADLINE)
                    peer.sendto(b'\x01\x03\x00\x00\x00\x0a', ('127.0.0.1', port))
                    data, _ = peer.recvfrom(65535)
                    request = bytes.fromhex('01030000000A')
                    self.assertEqual(data, request + checksum(request), app.dump())
                app.stop()


class CommandLine(ChecksumTestCase):
    def test_unknown_checksum_is_refused(self):
        for args in (['tcp-client', '127.0.0.1:1'], ['tcp-server', '--port', '1'], ['udp', '--port', '1']):
            with self.subTest(command=args[0]):
                p = self.app(*args, '--checksum', 'crc8')
                self.assertEqual(p.wait_exit(), 2, p.dump())
                self.assertTrue(p.err, p.dump())
                self.assertIn('Unknown checksum “crc8”', p.err[0], p.dump())
                self.assertIn('sum8, xor8, crc16-modbus, crc16-ccitt or crc32', p.err[0], p.dump())

    def test_help_lists_the_option(self):
        for command in ('tcp-client', 'tcp-server', 'udp'):
            with self.subTest(command=command):
                p = self.app(command, '--help')
                self.assertEqual(p.wait_exit(), 0, p.dump())
                self.assertIn('--checksum', p.text(), p.dump())


if __name__ == '__main__':
    unittest.main()
