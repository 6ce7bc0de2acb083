"""The built-in client labs against Python clients: `socketlab check LAB --serve --port N --json`
listens, and each time it says "run your client now (check K of N …)" on stderr (the runner's
waitingForClient), the test starts the client once, with the lines a student would type on its
standard input. Against the look-alikes of the seed scripts every required check passes;
against the broken variants in lab_peers/ the right check fails with the right explanation.

The cases run in parallel threads, each on its own free port and in its own folder.

Environment: SOCKETLAB_BIN = the built socketlab binary.
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, 'lab_peers')
BIN = os.environ.get('SOCKETLAB_BIN', '')
from interop_support import free_port  # noqa: E402

WAITING = re.compile(r'run your client now \(check (\d+) of (\d+)')
UPLOAD_TXT = 'SocketLab 上传测试，第一行 upload test.\n' * 120   # Chinese: characters != bytes


def seed(name):
    return os.path.join(HERE, name)


def peer(name):
    return os.path.join(PEERS, name)


class ClientCase:
    """One client program checked by one client lab: runs `socketlab check LAB --serve`, starts
    the client (with `typed` on its stdin) each time a check waits for it, keeps the exit code,
    the JSON report and the clients' output."""

    def __init__(self, lab, script, typed):
        self.lab, self.script, self.typed = lab, script, typed
        self.rc = None
        self.report = None
        self.stderr = []
        self.clients = []
        self.client_err = []
        self.folder = None
        self.error = None

    def run(self, base):
        try:
            self._run(base)
        except Exception as e:  # reported by the test that reads this case
            self.error = '%s: %s' % (type(e).__name__, e)
        return self

    def _start_client(self, port):
        env = dict(os.environ, SEED_HOST='127.0.0.1', SEED_PORT=str(port), LC_ALL='C.UTF-8',
                   PYTHONIOENCODING='utf-8')
        client = subprocess.Popen([sys.executable, '-u', self.script], cwd=self.folder, env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        client.stdin.write(''.join(line + '\n' for line in self.typed).encode('utf-8'))
        client.stdin.close()
        client.stdin = None
        self.clients.append(client)

    def _run(self, base):
        self.folder = tempfile.mkdtemp(dir=base)
        with open(os.path.join(self.folder, 'upload.txt'), 'w', encoding='utf-8') as f:
            f.write(UPLOAD_TXT)
        port = free_port()
        check = subprocess.Popen([BIN, 'check', self.lab, '--serve', '--port', str(port), '--bind', '127.0.0.1',
                                  '--wait', '20', '--json'],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=''))

        def read_progress():
            for raw in iter(check.stderr.readline, b''):
                line = raw.decode('utf-8', 'replace').rstrip('\n')
                self.stderr.append(line)
                if WAITING.search(line):
                    self._start_client(port)

        reader = threading.Thread(target=read_progress, daemon=True)
        reader.start()
        try:
            out = check.stdout.read()
            check.wait(120)
            reader.join(10)
            self.rc = check.returncode
            self.report = json.loads(out.decode('utf-8'))
        finally:
            if check.poll() is None:
                check.kill()
            for client in self.clients:
                if client.poll() is None:
                    client.kill()
            for client in self.clients:
                _, err = client.communicate(timeout=10)
                self.client_err.append(err.decode('utf-8', 'replace'))
            check.stdout.close()
            check.stderr.close()

    def check(self, check_id):
        for c in self.report['checks']:
            if c['id'] == check_id:
                return c
        raise KeyError(check_id)

    def describe(self):
        lines = ['%s with %s: exit %s, %d client run(s)' % (self.lab, os.path.basename(self.script), self.rc,
                                                             len(self.clients))]
        for c in (self.report or {}).get('checks', []):
            lines.append('  %-16s %-8s %s | %s | %s' % (c['id'], c['outcome'], c.get('step') or '',
                                                       c.get('reason') or '', c.get('explanation') or ''))
        if self.error:
            lines.append('  error: ' + self.error)
        lines.append('  socketlab stderr: ' + '\n'.join(self.stderr)[-1500:])
        for i, err in enumerate(self.client_err):
            lines.append('  client %d stderr: %s' % (i + 1, err[-800:]))
        return '\n'.join(lines)


SEEDS = {
    'tcp-client': ClientCase('tcp-client', seed('seed002_tcp_send.py'), ['hello', '你好，服务器', 'q']),
    'udp-send': ClientCase('udp-send', seed('seed002_udp_send.py'), ['hello', '你好', 'bye']),
    'upload-client': ClientCase('upload-client', seed('seed002_upload_client.py'), ['upload.txt']),
    'download-client': ClientCase('download-client', seed('seed002_download_client.py'), ['test.txt']),
}

# Broken variants: (case, the check that must fail, a fragment of its explanation, a fragment of
# what arrived at the failing step)
BROKEN = [
    (ClientCase('tcp-client', peer('tcpc_newline.py'), ['hello', '你好，服务器', 'q']), 'chat', 'without adding a newline', 'hello\n'),
    (ClientCase('tcp-client', peer('tcpc_no_wait.py'), ['hello', '你好，服务器', 'q']), 'chat', 'must wait for the answer', '你好'),
    (ClientCase('udp-send', peer('udps_newline.py'), ['hello', '你好', 'bye']), 'datagrams', 'without adding a newline', 'hello\n'),
    (ClientCase('udp-send', peer('udps_no_bye.py'), ['hello', '你好', 'bye']), 'datagrams', 'must send bye itself', ''),
    (ClientCase('upload-client', peer('upc_no_wait.py'), ['upload.txt']), 'upload', 'before the server', 'SocketLab'),
    (ClientCase('upload-client', peer('upc_wrong_size.py'), ['upload.txt']), 'upload', 'not len() of a str', 'SocketLab'),
    (ClientCase('download-client', peer('dlc_stops_early.py'), ['test.txt']), 'download', 'It stops too early', ''),
    (ClientCase('download-client', peer('dlc_never_closes.py'), ['test.txt']), 'download', 'did not close the connection', ''),
]


class ClientLabsTest(unittest.TestCase):
    base = None

    @classmethod
    def setUpClass(cls):
        if not BIN or not os.access(BIN, os.X_OK):
            raise unittest.SkipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        cls.base = tempfile.mkdtemp(prefix='socketlab-clientlabs-')
        cases = list(SEEDS.values()) + [b[0] for b in BROKEN]
        with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
            list(pool.map(lambda c: c.run(cls.base), cases))

    @classmethod
    def tearDownClass(cls):
        if cls.base:
            shutil.rmtree(cls.base, ignore_errors=True)

    def ran(self, case):
        self.assertIsNone(case.error, case.describe())
        self.assertIsNotNone(case.report, case.describe())
        # The client was started once per check that waited for it.
        self.assertEqual(len(case.clients), len(case.report['checks']), case.describe())

    def assert_passes(self, case):
        self.ran(case)
        for c in case.report['checks']:
            if c['required']:
                self.assertEqual(c['outcome'], 'passed', '%s\n%s' % (c['id'], case.describe()))
        self.assertTrue(case.report['passed'], case.describe())
        self.assertEqual(case.rc, 0, case.describe())

    def test_seed002_tcp_send_passes(self):
        self.assert_passes(SEEDS['tcp-client'])

    def test_seed002_udp_send_passes(self):
        self.assert_passes(SEEDS['udp-send'])

    def test_seed002_upload_client_passes(self):
        case = SEEDS['upload-client']
        self.assert_passes(case)
        self.assertEqual(len(case.check('upload')['exchange']) > 0, True)

    def test_seed002_download_client_passes_and_saves_the_file(self):
        case = SEEDS['download-client']
        self.assert_passes(case)
        with open(os.path.join(case.folder, '[接收]test.txt'), 'rb') as f:
            self.assertEqual(len(f.read()), 30000)
        # The lesson: the lecture's client splits its first recv() on <SEPARATOR> and crashes
        # when the first file bytes come glued to the header.
        lesson = case.check('header-with-data')
        self.assertFalse(lesson['required'])
        self.assertEqual(lesson['outcome'], 'failed', case.describe())
        self.assertIn('int() fails', lesson['explanation'])
        self.assertIn('ValueError', case.client_err[2], case.describe())

    def test_broken_variants_fail_the_right_check(self):
        for case, check_id, fragment, received in BROKEN:
            with self.subTest(script=os.path.basename(case.script), check=check_id):
                self.assertIsNone(case.error, case.describe())
                self.assertIsNotNone(case.report, case.describe())
                c = case.check(check_id)
                self.assertEqual(c['outcome'], 'failed', case.describe())
                self.assertIn(fragment, c['explanation'], case.describe())
                self.assertIn(received, c['received']['text'], case.describe())
                self.assertTrue(c['reason'], case.describe())
                self.assertEqual(case.rc, 1, case.describe())
                self.assertFalse(case.report['passed'], case.describe())


if __name__ == '__main__':
    unittest.main(verbosity=2)
