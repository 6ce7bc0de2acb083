"""`socketlab web` driven by curl: the sample site, HEAD, ranges, conditional requests, the 404
page, traversal attempts sent as-is, keep-alive, the access log (one line per request, printed
as it happens and flushed on SIGTERM), and the command-line contract (exit 1 when the port is
taken, 2 on bad arguments).

Environment: SOCKETLAB_BIN = the built socketlab binary, SOCKETLAB_SOURCE_DIR = the repository
(for resources/site). Skipped when curl is not installed.
"""
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from interop_support import Proc  # noqa: E402

BIN = os.environ.get('SOCKETLAB_BIN', '')
SOURCE = os.environ.get('SOCKETLAB_SOURCE_DIR', os.path.dirname(os.path.dirname(HERE)))
CURL = shutil.which('curl')
NIHAO = '\u4f60\u597d.html'   # 你好.html
# 12:03:04.567 127.0.0.1:53422 "GET /index.html HTTP/1.1" 200 1234 2ms
LOG_LINE = r'^\d\d:\d\d:\d\d\.\d{3} 127\.0\.0\.1:\d+ "%s %s HTTP/1\.[01]" %d %d \d+ms$'


def log_line(method, target, status, size):
    return LOG_LINE % (re.escape(method), re.escape(target), status, size)


class WebCurlTest(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        if not CURL:
            self.skipTest('curl is not installed')
        self.tmp = tempfile.mkdtemp(prefix='socketlab-web-')
        self.root = os.path.join(self.tmp, 'root')
        shutil.copytree(os.path.join(SOURCE, 'resources', 'site'), self.root)
        with open(os.path.join(self.tmp, 'secret.txt'), 'w') as f:
            f.write('TOPSECRET outside the root\n')
        os.symlink('../secret.txt', os.path.join(self.root, 'link.txt'))
        os.makedirs(os.path.join(self.root, 'files', 'sub'))
        for name, size in (('b.txt', 3), ('A.txt', 1234), ('<i>&.txt', 1)):
            with open(os.path.join(self.root, 'files', name), 'wb') as f:
                f.write(b'x' * size)
        self.big = os.urandom(1024 * 1024) * 24 + b'tail'
        with open(os.path.join(self.root, 'big.bin'), 'wb') as f:
            f.write(self.big)
        self.procs = []

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def app(self, *args, **kw):
        p = Proc([BIN] + list(args), **kw)
        self.procs.append(p)
        return p

    def serve(self, *extra):
        """Starts `socketlab web` on a port the OS picks and returns (process, base URL)."""
        server = self.app('web', '--root', self.root, '--port', '0', '--bind', '127.0.0.1', *extra,
                          stdin=subprocess.DEVNULL)
        line = server.wait_for(r'^Serving .* on http://127\.0\.0\.1:\d+/')[0]
        port = int(re.search(r'http://127\.0\.0\.1:(\d+)/', line).group(1))
        self.assertNotEqual(port, 0, server.dump())
        return server, 'http://127.0.0.1:%d' % port

    def curl(self, *args):
        """Runs curl; returns (status, headers as a lower-case dict, body bytes)."""
        head = os.path.join(self.tmp, 'head.txt')
        body = os.path.join(self.tmp, 'body.bin')
        for name in (head, body):
            if os.path.exists(name):
                os.remove(name)
        r = subprocess.run([CURL, '-sS', '--max-time', '30', '-D', head, '-o', body] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr.decode('utf-8', 'replace'))
        with open(head, 'rb') as f:
            lines = f.read().decode('latin-1').split('\r\n')
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ':' in line:
                name, value = line.split(':', 1)
                headers[name.strip().lower()] = value.strip()
        data = b''
        if os.path.exists(body):
            with open(body, 'rb') as f:
                data = f.read()
        return status, headers, data

    def terminate(self, server):
        server.p.send_signal(signal.SIGTERM)
        self.assertEqual(server.wait_exit(), 0, server.dump())

    def site(self, name):
        with open(os.path.join(self.root, name), 'rb') as f:
            return f.read()

    # --- HTTP -----------------------------------------------------------------------------

    def test_sample_site_and_access_log(self):
        server, base = self.serve()
        status, headers, body = self.curl(base + '/')
        self.assertEqual(status, 200)
        self.assertEqual(body, self.site('index.html'))
        self.assertEqual(headers['content-type'], 'text/html; charset=utf-8')
        self.assertEqual(int(headers['content-length']), len(body))
        for name in ('date', 'last-modified', 'etag'):
            self.assertIn(name, headers)
        # The line appears while the server keeps running, not only at exit.
        server.wait_for(log_line('GET', '/', 200, len(body)))

        status, headers, body = self.curl(base + '/style.css')
        self.assertEqual((status, headers['content-type']), (200, 'text/css; charset=utf-8'))
        server.wait_for(log_line('GET', '/style.css', 200, len(body)))
        status, headers, body = self.curl(base + '/test.jpg')
        self.assertEqual((status, headers['content-type'], body), (200, 'image/jpeg', self.site('test.jpg')))
        server.wait_for(log_line('GET', '/test.jpg', 200, len(body)))

        # The page with a Chinese name, as a browser asks for it (percent-encoded UTF-8).
        encoded = '/%E4%BD%A0%E5%A5%BD.html'
        status, headers, body = self.curl(base + encoded)
        self.assertEqual(status, 200)
        self.assertEqual(body, self.site(NIHAO))
        server.wait_for(log_line('GET', encoded, 200, len(body)))
        self.assertEqual(len(server.matching(r'^\d\d:\d\d:\d\d\.\d{3} ')), 4, server.dump())
        self.terminate(server)

    def test_head_range_and_conditional(self):
        server, base = self.serve()
        size = len(self.site('index.html'))
        status, headers, body = self.curl('-I', base + '/index.html')
        self.assertEqual(status, 200)
        self.assertTrue(body.startswith(b'HTTP/1.1 200 OK\r\n') and body.endswith(b'\r\n\r\n'), body)   # -I: head only
        self.assertEqual(int(headers['content-length']), size)
        etag, modified = headers['etag'], headers['last-modified']
        server.wait_for(log_line('HEAD', '/index.html', 200, 0))

        status, headers, body = self.curl('-r', '0-9', base + '/index.html')
        self.assertEqual(status, 206)
        self.assertEqual(body, self.site('index.html')[:10])
        self.assertEqual(headers['content-range'], 'bytes 0-9/%d' % size)
        status, headers, body = self.curl('-r', '-5', base + '/big.bin')
        self.assertEqual((status, body), (206, self.big[-5:]))
        status, headers, _ = self.curl('-r', '%d-' % (size + 10), base + '/index.html')
        self.assertEqual(status, 416)
        self.assertEqual(headers['content-range'], 'bytes */%d' % size)

        status, _, body = self.curl('-H', 'If-None-Match: ' + etag, base + '/index.html')
        self.assertEqual((status, body), (304, b''))
        status, _, body = self.curl('-H', 'If-Modified-Since: ' + modified, base + '/index.html')
        self.assertEqual((status, body), (304, b''))
        status, _, body = self.curl('-H', 'If-None-Match: "other"', base + '/index.html')
        self.assertEqual((status, body), (200, self.site('index.html')))
        server.wait_for(log_line('GET', '/index.html', 304, 0), count=2)
        self.terminate(server)

    def test_if_range_resume_of_a_changed_file(self):
        """A resumed download names the version it has (If-Range): a strong ETag or the exact
        Last-Modified gets the range; after the file changed, the same request gets the whole new
        file with 200, never new bytes to splice onto the old ones (RFC 9110 13.1.5)."""
        path = os.path.join(self.root, 'big.bin')
        old_time = time.time() - 100
        os.utime(path, (old_time, old_time))
        server, base = self.serve()
        status, headers, _ = self.curl('-I', base + '/big.bin')
        self.assertEqual(status, 200)
        etag, modified = headers['etag'], headers['last-modified']
        for validator in (etag, modified):
            status, headers, body = self.curl('-r', '10-19', '-H', 'If-Range: ' + validator, base + '/big.bin')
            self.assertEqual((status, body), (206, self.big[10:20]), validator)
        status, _, body = self.curl('-r', '10-19', '-H', 'If-Range: W/' + etag, base + '/big.bin')
        self.assertEqual((status, len(body)), (200, len(self.big)))

        changed = os.urandom(len(self.big))
        with open(path, 'wb') as f:
            f.write(changed)
        new_time = old_time + 50
        os.utime(path, (new_time, new_time))
        for validator in (etag, modified):
            status, headers, body = self.curl('-r', '10-19', '-H', 'If-Range: ' + validator, base + '/big.bin')
            self.assertEqual(status, 200, validator)
            self.assertNotIn('content-range', headers)
            self.assertTrue(body == changed, validator)
        status, headers, _ = self.curl('-I', base + '/big.bin')
        status, _, body = self.curl('-r', '10-19', '-H', 'If-Range: ' + headers['etag'], base + '/big.bin')
        self.assertEqual((status, body), (206, changed[10:20]))
        self.terminate(server)

    def test_not_found_page_and_errors(self):
        server, base = self.serve()
        status, headers, body = self.curl(base + '/missing.html')
        self.assertEqual(status, 404)
        self.assertEqual(headers['content-type'], 'text/html; charset=utf-8')
        self.assertIn(b'404', body)
        self.assertIn(b'<html', body)
        status, headers, _ = self.curl('-X', 'POST', '-d', 'x=1', base + '/')
        self.assertEqual((status, headers.get('allow')), (405, 'GET, HEAD'))
        status, _, _ = self.curl('-X', 'BREW', base + '/')
        self.assertEqual(status, 501)
        status, _, _ = self.curl(base + '/files')
        self.assertEqual(status, 301)
        status, _, _ = self.curl(base + '/files/')
        self.assertEqual(status, 403)   # no index.html and no --listing
        server.wait_for(r'"GET /missing\.html HTTP/1\.1" 404 \d+ \d+ms$')
        server.wait_for(r'"POST / HTTP/1\.1" 405 ')
        self.terminate(server)

    def test_traversal_as_is(self):
        server, base = self.serve('--listing')
        for target in ('/../secret.txt', '/%2e%2e/secret.txt', '/.%2e/secret.txt', '/..%2fsecret.txt',
                       '/files/../../secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt',
                       '/secret.txt%00', '/link.txt', '//../secret.txt', '/%c0%ae%c0%ae/secret.txt'):
            status, _, body = self.curl('--path-as-is', base + target)
            self.assertIn(status, (400, 403, 404), target)
            self.assertNotIn(b'TOPSECRET', body, target)
        # An absolute-form request line, as a proxy client sends it.
        r = subprocess.run([CURL, '-sS', '--path-as-is', '--max-time', '30', '-x', base,
                            'http://example.com/../secret.txt'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertNotIn(b'TOPSECRET', r.stdout)
        self.terminate(server)

    def test_listing_keep_alive_http10_and_large_file(self):
        server, base = self.serve('--listing')
        status, headers, body = self.curl(base + '/files/')
        self.assertEqual(status, 200)
        page = body.decode('utf-8')
        self.assertIn('&lt;i&gt;&amp;.txt', page)
        self.assertNotIn('<i>&', page)
        self.assertLess(page.index('sub/'), page.index('A.txt'))
        self.assertLess(page.index('A.txt'), page.index('b.txt'))

        # Two URLs on one curl command line share one connection.
        r = subprocess.run([CURL, '-sS', '-o', '/dev/null', '-o', '/dev/null', '-w', '%{num_connects}\n',
                            base + '/index.html', base + '/style.css'],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode().split(), ['1', '0'])

        status, headers, body = self.curl('--http1.0', base + '/index.html')
        self.assertEqual((status, headers.get('connection')), (200, 'close'))

        status, headers, body = self.curl(base + '/big.bin')
        self.assertEqual(status, 200)
        self.assertEqual(hashlib.sha256(body).hexdigest(), hashlib.sha256(self.big).hexdigest())
        server.wait_for(log_line('GET', '/big.bin', 200, len(self.big)))
        self.terminate(server)

    def test_log_flushed_on_sigterm_and_quiet(self):
        server, base = self.serve()
        for i in range(5):
            self.curl(base + '/index.html?n=%d' % i)
        # SIGTERM right away: every line is out before the process ends.
        server.p.send_signal(signal.SIGTERM)
        self.assertEqual(server.wait_exit(), 0, server.dump())
        for i in range(5):
            self.assertEqual(len(server.matching(r'"GET /index\.html\?n=%d HTTP/1\.1" 200 ' % i)), 1, server.dump())

        quiet, base = self.serve('--quiet')
        self.curl(base + '/index.html')
        self.terminate(quiet)
        self.assertEqual(quiet.matching(r'"GET '), [], quiet.dump())

    # --- command line ---------------------------------------------------------------------

    def test_port_taken_exits_1(self):
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            s.listen(1)
            port = s.getsockname()[1]
            server = self.app('web', '--root', self.root, '--port', str(port), '--bind', '127.0.0.1',
                              stdin=subprocess.DEVNULL)
            self.assertEqual(server.wait_exit(), 1, server.dump())
            self.assertTrue(server.matching(str(port), stream='err'), server.dump())
            self.assertTrue(server.matching(r'in use', stream='err'), server.dump())

    def test_bad_arguments_exit_2(self):
        not_a_folder = os.path.join(self.root, 'index.html')
        cases = [
            [],
            ['--port', '8000'],
            ['--root', os.path.join(self.tmp, 'nowhere')],
            ['--root', not_a_folder],
            ['--root', self.root, '--port', 'abc'],
            ['--root', self.root, '--port', '70000'],
            ['--root', self.root, '--port', '-1'],
            ['--root', self.root, '--bind', 'not an address'],
            ['--root', self.root, 'extra'],
            ['--root', self.root, '--no-such-option'],
        ]
        for args in cases:
            p = self.app('web', *args, stdin=subprocess.DEVNULL)
            self.assertEqual(p.wait_exit(), 2, p.dump())
            self.assertTrue(p.matching(r'^socketlab: .+', stream='err'), p.dump())

    def test_stdin_eof_does_not_stop_the_server(self):
        server = self.app('web', '--root', self.root, '--port', '0', '--bind', '127.0.0.1')
        line = server.wait_for(r'^Serving .* on http://127\.0\.0\.1:\d+/')[0]
        base = re.search(r'(http://127\.0\.0\.1:\d+)/', line).group(1)
        server.close_stdin()
        status, _, _ = self.curl(base + '/index.html')
        self.assertEqual(status, 200)
        self.assertIsNone(server.p.poll())
        self.terminate(server)


if __name__ == '__main__':
    unittest.main(verbosity=2)
