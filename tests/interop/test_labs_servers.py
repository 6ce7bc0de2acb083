"""The built-in server labs against Python servers: `socketlab check LAB 127.0.0.1:PORT --json`
against the look-alikes of the seed scripts (every required check passes, except where the
seed script is wrong under Python 3 and the lab must say why) and against broken variants in
lab_peers/ (the right check fails, with the right explanation).

Every case runs on its own free port and in its own folder; the cases run in parallel threads
(each check step has its own short timeout), so the module takes well under a minute.

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
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, 'lab_peers')
BIN = os.environ.get('SOCKETLAB_BIN', '')
from interop_support import free_port, is_listening, wait_until  # noqa: E402

TEST_TXT = 'SocketLab 下载测试：第一行。\n' * 60          # Chinese text: str length != byte size
CHINESE_TXT = '中文名字的文件，content 内容。\n' * 20
INDEX_HTML = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8">\n<title>Title</title>\n'
              '</head>\n<body>\n<p>hello world 你好，世界</p>\n</body>\n</html>\n')


def seed(name):
    return os.path.join(HERE, name)


def peer(name):
    return os.path.join(PEERS, name)


class Case:
    """One server program checked by one lab: starts the server in its own folder on a free
    port, runs `socketlab check`, keeps the exit code, the JSON report and the server's output."""

    def __init__(self, lab, script, args=(), udp=False, sets=()):
        self.lab, self.script, self.args, self.udp, self.sets = lab, script, list(args), udp, list(sets)
        self.rc = None
        self.report = None
        self.server_err = ''
        self.folder = None
        self.error = None

    def run(self, base):
        try:
            self._run(base)
        except Exception as e:  # reported by the test that reads this case
            self.error = '%s: %s' % (type(e).__name__, e)
        return self

    def _run(self, base):
        self.folder = tempfile.mkdtemp(dir=base)
        with open(os.path.join(self.folder, 'test.txt'), 'w', encoding='utf-8') as f:
            f.write(TEST_TXT)
        with open(os.path.join(self.folder, '中文文件.txt'), 'w', encoding='utf-8') as f:
            f.write(CHINESE_TXT)
        with open(os.path.join(self.folder, 'index.html'), 'w', encoding='utf-8') as f:
            f.write(INDEX_HTML)
        with open(os.path.join(self.folder, 'test.jpg'), 'wb') as f:
            f.write(b'\xff\xd8\xff\xe0 not really a jpeg')
        port = free_port()
        env = dict(os.environ, SEED_HOST='127.0.0.1', SEED_PORT=str(port), SEED_ROOT=self.folder,
                   LC_ALL='C.UTF-8', PYTHONIOENCODING='utf-8')
        args = [a.replace('{port}', str(port)) for a in self.args]
        server = subprocess.Popen([sys.executable, '-u', self.script] + args, cwd=self.folder, env=env,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            if self.udp:
                wait_until(lambda: self._udp_bound(port) or server.poll() is not None, 'the UDP server', 10)
            else:
                try:
                    wait_until(lambda: is_listening(port) or server.poll() is not None, 'the server to listen', 10)
                except AssertionError:
                    pass   # the check reports what it finds
            cmd = [BIN, 'check', self.lab, '127.0.0.1:%d' % port, '--json']
            for s in self.sets:
                cmd += ['--set', s]
            done = subprocess.run(cmd, capture_output=True, timeout=120,
                                  env=dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=''))
            self.rc = done.returncode
            self.report = json.loads(done.stdout.decode('utf-8'))
        finally:
            if server.poll() is None:
                server.kill()
            _, err = server.communicate(timeout=10)
            self.server_err = err.decode('utf-8', 'replace')

    @staticmethod
    def _udp_bound(port):
        with open('/proc/net/udp') as f:
            next(f)
            return any(int(line.split()[1].rsplit(':', 1)[1], 16) == port for line in f)

    def check(self, check_id):
        for c in self.report['checks']:
            if c['id'] == check_id:
                return c
        raise KeyError(check_id)

    def outcomes(self):
        return {c['id']: c['outcome'] for c in self.report['checks']}

    def describe(self):
        lines = ['%s with %s: exit %s' % (self.lab, os.path.basename(self.script), self.rc)]
        for c in (self.report or {}).get('checks', []):
            lines.append('  %-16s %-8s %s | %s | %s' % (c['id'], c['outcome'], c.get('step') or '',
                                                       c.get('reason') or '', c.get('explanation') or ''))
        if self.error:
            lines.append('  error: ' + self.error)
        lines.append('  server stderr: ' + self.server_err[-1500:])
        return '\n'.join(lines)


# Seed look-alikes: every required check passes (the lesson outcomes are the seed's business),
# except the checks listed, which must fail with the explanation fragment given.
SEEDS = {
    'tcp-upper': Case('tcp-upper', seed('seed003_tcp_server.py')),
    'tcp-chat': Case('tcp-chat', seed('seed002_tcp_receive.py')),
    'select': Case('select-server', seed('seed003_select_server.py')),
    'udp-ok': Case('udp-ok', seed('seed003_udp_server.py'), udp=True),
    'download': Case('file-download', seed('seed002_download_server.py'), args=['{port}']),
    'download-set': Case('file-download', seed('seed002_download_server.py'), args=['{port}'],
                         sets=['file=中文文件.txt', 'chinese=test.txt', 'missing=nothing-here.bin']),
    'upload': Case('file-upload', seed('seed002_upload_server.py')),
    'web8': Case('http', peer('seed002_web_server.py')),
    'web9': Case('http', peer('seed002_web_server_mp.py')),
    'web004': Case('http', peer('seed004_http_server.py')),
    'http-good': Case('http', peer('http_good.py')),
}

# Broken variants: (case, the check that must be the first to fail, a fragment of its explanation)
BROKEN = [
    (Case('tcp-upper', peer('upper_echo.py')), 'one-message', 'echoes instead of upper-casing'),
    (Case('tcp-upper', peer('upper_one_client.py')), 'next-client', 'inside a while True loop'),
    (Case('tcp-upper', peer('upper_once.py')), 'second-third', 'calls recv() once and then closes'),
    (Case('tcp-upper', peer('upper_str.py')), 'chinese', 'str.upper()'),
    (Case('tcp-chat', peer('chat_other_reply.py')), 'chat', 'answer each message with "已送达"'),
    (Case('tcp-chat', peer('chat_once.py')), 'chat', 'calls recv() once'),
    (Case('tcp-chat', peer('chat_ignores_q.py')), 'chat', 'After q the chat must end'),
    (Case('select-server', peer('select_no_hello.py')), 'hello', 'send the greeting'),
    (Case('select-server', peer('select_echo.py')), 'response', "send b'response'"),
    (Case('select-server', peer('select_blocking.py')), 'interleaved', 'Never block on one socket'),
    (Case('udp-ok', peer('udp_fixed_port.py'), udp=True), 'ok', 'recvfrom()'),
    (Case('udp-ok', peer('udp_first_sender.py'), udp=True), 'several-senders', 'the first sender'),
    (Case('udp-ok', peer('udp_ascii.py'), udp=True), 'each-datagram', 'crash on Chinese'),
    (Case('file-download', peer('download_wrong_size.py')), 'existing-file', 'not len() of a decoded str'),
    (Case('file-download', peer('download_silent_missing.py')), 'missing-file', 'os.path.exists(name)'),
    (Case('file-download', peer('download_glued.py')), 'header-alone', 'arrived in the same chunk'),
    (Case('file-upload', peer('upload_no_ok.py')), 'ok', 'the server must answer'),
    (Case('file-upload', peer('upload_ignores_eof.py')), 'close-ends-file', "stop when recv() returns b''"),
    (Case('file-upload', peer('upload_single_recv.py')), 'all-bytes', 'calls recv() once'),
    (Case('http', peer('http_no_status.py')), 'root', 'starts with a status line'),
    (Case('http', peer('http_wrong_length.py')), 'root', "Content-Length must be the body's size in bytes"),
    (Case('http', peer('http_one_recv.py')), 'two-segments', 'in two pieces'),
]


class ServerLabsTest(unittest.TestCase):
    base = None

    @classmethod
    def setUpClass(cls):
        if not BIN or not os.access(BIN, os.X_OK):
            raise unittest.SkipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        cls.base = tempfile.mkdtemp(prefix='socketlab-labs-')
        cases = list(SEEDS.values()) + [b[0] for b in BROKEN]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda c: c.run(cls.base), cases))

    @classmethod
    def tearDownClass(cls):
        if cls.base:
            shutil.rmtree(cls.base, ignore_errors=True)

    def ran(self, case):
        self.assertIsNone(case.error, case.describe())
        self.assertIsNotNone(case.report, case.describe())
        self.assertEqual(case.report['format'], 'socketlab-lab-report/1')

    def assert_required_pass(self, case, except_ids=()):
        self.ran(case)
        for c in case.report['checks']:
            if c['required'] and c['id'] not in except_ids:
                self.assertEqual(c['outcome'], 'passed', '%s\n%s' % (c['id'], case.describe()))

    def assert_passes(self, case):
        self.assert_required_pass(case)
        self.assertTrue(case.report['passed'], case.describe())
        self.assertEqual(case.rc, 0, case.describe())

    def assert_fails_with(self, case, check_id, fragment):
        self.ran(case)
        c = case.check(check_id)
        self.assertEqual(c['outcome'], 'failed', case.describe())
        self.assertIn(fragment, c['explanation'], case.describe())
        self.assertTrue(c['step'], case.describe())
        self.assertTrue(c['reason'], case.describe())
        # The right check is the first required one to fail (the checks before it passed).
        for other in case.report['checks']:
            if other['id'] == check_id:
                break
            if other['required']:
                self.assertEqual(other['outcome'], 'passed', '%s before %s\n%s' % (other['id'], check_id, case.describe()))

    # --- the lab files themselves ---

    def test_every_lab_text_is_in_english_and_chinese(self):
        """Titles, descriptions and explanations (check and step) in both languages, ports as
        the seed scripts', and the list `socketlab check --list` shows is these files."""
        folder = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'resources', 'labs')
        ports = {'tcp-upper': 9000, 'tcp-chat': 1246, 'select-server': 9000, 'udp-ok': 9999,
                 'file-download': 7890, 'file-upload': 12800, 'http': 7788, 'tcp-client': 1246,
                 'udp-send': 1234, 'upload-client': 12800, 'download-client': 7890}
        self.assertEqual(sorted(f[:-5] for f in os.listdir(folder) if f.endswith('.json')), sorted(ports))
        listed = subprocess.run([BIN, 'check', '--list'], capture_output=True, text=True,
                                env=dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE=''))
        self.assertEqual(listed.returncode, 0, listed.stderr)
        for lab_id, port in ports.items():
            with self.subTest(lab=lab_id):
                with open(os.path.join(folder, lab_id + '.json'), encoding='utf-8') as f:
                    lab = json.load(f)
                self.assertIn(lab_id, listed.stdout)
                self.assertEqual(lab['port'], port)
                texts = [lab['title'], lab['description']]
                for c in lab['checks']:
                    texts += [c['title'], c['explain']]
                    texts += [s['explain'] for s in c['steps'] if 'explain' in s]
                for t in texts:
                    self.assertEqual(sorted(t), ['en', 'zh_CN'], t)
                    self.assertTrue(t['en'].strip() and t['zh_CN'].strip(), t)
                    # The same placeholders in both languages.
                    self.assertEqual(sorted(re.findall(r'\$\{\w+\}', t['en'])),
                                     sorted(re.findall(r'\$\{\w+\}', t['zh_CN'])), t)

    # --- the seed scripts' look-alikes ---

    def test_seed003_upper_server_passes(self):
        case = SEEDS['tcp-upper']
        self.assert_passes(case)
        # The lecture's blocking server serves one client at a time: the lesson says so.
        lesson = case.check('two-clients')
        self.assertFalse(lesson['required'])
        self.assertEqual(lesson['outcome'], 'failed', case.describe())
        self.assertIn('one client at a time', lesson['explanation'])

    def test_seed002_chat_server_passes(self):
        self.assert_passes(SEEDS['tcp-chat'])

    def test_seed003_select_server_passes(self):
        self.assert_passes(SEEDS['select'])

    def test_seed003_udp_server_passes(self):
        self.assert_passes(SEEDS['udp-ok'])

    def test_seed002_download_server_passes(self):
        case = SEEDS['download']
        self.assert_passes(case)
        # The seed serves ../: the lesson catches it.
        self.assertEqual(case.check('outside-refused')['outcome'], 'failed', case.describe())

    def test_download_lab_parameters_name_the_files(self):
        case = SEEDS['download-set']
        self.assert_passes(case)
        size = len(CHINESE_TXT.encode('utf-8'))
        self.assertEqual(case.check('existing-file')['outcome'], 'passed')
        sent = [e['text'] for e in case.check('existing-file')['exchange']
                if e['kind'] == 'data' and e['direction'] == 'out']
        self.assertEqual(sent, ['中文文件.txt'])
        received = ''.join(e['text'] for e in case.check('existing-file')['exchange']
                           if e['kind'] == 'data' and e['direction'] == 'in')
        self.assertTrue(received.startswith('0<SEPARATOR>%d' % size), received[:40])

    def test_seed002_upload_server_passes_and_saves_the_file(self):
        case = SEEDS['upload']
        self.assert_passes(case)
        with open(os.path.join(case.folder, '[接收]socketlab-large.txt'), 'rb') as f:
            self.assertEqual(len(f.read()), 30000)
        with open(os.path.join(case.folder, '[接收]socketlab-small.txt'), 'rb') as f:
            self.assertEqual(f.read(), b'hello, SocketLab')

    def assert_seed002_web_server(self, case):
        # The seed answers after the first piece and closes: judged by its answer, it passes.
        self.assert_required_pass(case, except_ids=('not-found',))
        self.assertFalse(case.report['passed'])
        self.assertEqual(case.rc, 1)
        # Under Python 3 the seed sends the 404 body as a str: TypeError after the status line.
        c = case.check('not-found')
        self.assertEqual(c['outcome'], 'failed', case.describe())
        self.assertIn('TypeError', c['explanation'])
        self.assertIn('404', c['received']['text'])
        self.assertIn('TypeError', case.server_err)
        self.assertEqual(case.report['checks'][-1]['id'], 'not-found')
        # Lessons: no Content-Type, a body for HEAD, and ../ served.
        for lesson in ('content-type', 'head', 'dotdot'):
            self.assertEqual(case.check(lesson)['outcome'], 'failed', lesson + '\n' + case.describe())

    def test_seed002_web_server_fails_only_the_404(self):
        self.assert_seed002_web_server(SEEDS['web8'])

    def test_seed002_multiprocess_web_server_fails_only_the_404(self):
        self.assert_seed002_web_server(SEEDS['web9'])

    def test_seed004_http_server_does_not_run_under_python3(self):
        case = SEEDS['web004']
        self.ran(case)
        self.assertEqual(case.rc, 1)
        self.assertIn("has no attribute 'bytes'", case.server_err)
        first = case.report['checks'][0]
        self.assertEqual(first['id'], 'root')
        self.assertEqual(first['outcome'], 'failed', case.describe())
        self.assertEqual(first['failedStep'], 1)   # 1-based in the JSON report: the connect step
        self.assertIn('pic_content.bytes()', first['explanation'])
        # The checks after it could not run; they do not fail a second time.
        self.assertEqual({c['outcome'] for c in case.report['checks'][1:]}, {'notRun'}, case.describe())

    def test_a_correct_http_server_passes_every_check_and_lesson(self):
        case = SEEDS['http-good']
        self.assert_passes(case)
        self.assertEqual(set(case.outcomes().values()), {'passed'}, case.describe())

    # --- broken variants: the right check fails with the right explanation ---

    def test_broken_variants_fail_the_right_check(self):
        for case, check_id, fragment in BROKEN:
            with self.subTest(script=os.path.basename(case.script), check=check_id):
                self.assert_fails_with(case, check_id, fragment)
                lesson = not case.check(check_id)['required']
                self.assertEqual(case.rc, 0 if lesson else 1, case.describe())


if __name__ == '__main__':
    unittest.main(verbosity=2)
