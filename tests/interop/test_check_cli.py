"""`socketlab check` end to end: exit codes 0 (every required check passed), 1 (one failed, the
target is down, Ctrl+C) and 2 (usage error, invalid lab file with its line); --json read with
json, --junit read with xml.etree, --csv read with csv, --list, --serve with a client, --targets.
The labs are small lab files the test writes (it does not depend on the built-in labs); the
targets are tiny Python servers in this process: upper-case (right), echo (wrong), silent.

Environment: SOCKETLAB_BIN = the built socketlab binary.
"""
import csv
import json
import os
import shutil
import signal
import socket
import socketserver
import sys
import tempfile
import threading
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get('SOCKETLAB_BIN', '')
sys.path.insert(0, HERE)
from interop_support import Proc, free_port  # noqa: E402

SERVER_LAB = {
    'format': 'socketlab-lab/1',
    'id': 'mini-upper',
    'title': {'en': 'Mini upper-case server', 'zh_CN': '迷你大写服务器'},
    'script': 'seed 003 socket_server.py',
    'role': 'server',
    'port': 9000,
    'timeout': 2000,
    'checks': [
        {'id': 'connect', 'title': {'en': 'Accepts a connection'},
         'steps': [{'connect': 'a'}, {'close': 'a'}]},
        {'id': 'upper', 'title': {'en': 'Answers in upper case'},
         'explain': {'en': 'The answer to ${sent} should be its upper case; ${received} arrived.'},
         'steps': [{'connect': 'a'}, {'send': 'a', 'text': 'hello\r\n'}, {'expect': 'a', 'upper': True},
                   {'close': 'a'}]},
        {'id': 'chinese', 'title': {'en': 'Chinese passes through'}, 'required': False,
         'steps': [{'connect': 'a'}, {'send': 'a', 'text': 'abc 你好'}, {'expect': 'a', 'upper': True},
                   {'close': 'a'}]},
    ],
}

CLIENT_LAB = {
    'format': 'socketlab-lab/1',
    'id': 'mini-client',
    'title': {'en': 'Mini client'},
    'script': 'seed 002 tcp_send.py',
    'role': 'client',
    'port': 12800,
    'checks': [
        {'id': 'hello', 'title': {'en': 'Sends hello'},
         'steps': [{'accept': 'c'}, {'expect': 'c', 'text': 'hello'}, {'send': 'c', 'text': 'ok'},
                   {'expect': 'c', 'closed': True}]},
    ],
}


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        mode = self.server.mode
        while True:
            try:
                data = self.request.recv(1024)
            except OSError:
                return
            if not data:
                return
            if mode == 'upper':
                self.request.sendall(data.upper())
            elif mode == 'echo':
                self.request.sendall(data)
            # silent: reads and never answers


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode):
        super().__init__(('127.0.0.1', 0), Handler)
        self.mode = mode
        self.port = self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()


class CheckCliTest(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.servers = []
        self.tmp = tempfile.mkdtemp(prefix='socketlab-check-')
        self.server_lab = self.write('server-lab.json', json.dumps(SERVER_LAB, ensure_ascii=False, indent=2))
        self.client_lab = self.write('client-lab.json', json.dumps(CLIENT_LAB, ensure_ascii=False, indent=2))

    def tearDown(self):
        for p in self.procs:
            p.stop()
        for s in self.servers:
            s.shutdown()
            s.server_close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def server(self, mode):
        s = Server(mode)
        self.servers.append(s)
        return s

    def check(self, *args):
        p = Proc([BIN, 'check'] + list(args))
        self.procs.append(p)
        return p

    def run_check(self, *args):
        p = self.check(*args)
        rc = p.wait_exit()
        return p, rc

    # Exit code 0 / 1 / 2 ------------------------------------------------------------------------

    def test_passing_server(self):
        s = self.server('upper')
        p, rc = self.run_check('--lab-file', self.server_lab, '127.0.0.1:%d' % s.port)
        self.assertEqual(rc, 0, p.dump())
        self.assertEqual(p.out[0], 'Lab “Mini upper-case server” (mini-upper) against 127.0.0.1:%d' % s.port)
        self.assertEqual(len(p.matching(r'^  ✓ PASS  ')), 3, p.dump())
        p.wait_for(r'\(lesson\)$')
        p.wait_for(r'^Result: passed, 2 of 2 required checks passed\.$')
        # Progress, one line per check, on stderr.
        p.wait_for(r'^✓ Check 2 of 3 passed: Answers in upper case\.$', stream='err')

    def test_failing_server(self):
        s = self.server('echo')
        junit = os.path.join(self.tmp, 'report.xml')
        p, rc = self.run_check('--lab-file', self.server_lab, '127.0.0.1:%d' % s.port, '--json', '--junit', junit)
        self.assertEqual(rc, 1, p.dump())
        report = json.loads('\n'.join(p.out))
        self.assertEqual(report['lab'], 'mini-upper')
        self.assertEqual(report['target'], '127.0.0.1:%d' % s.port)
        self.assertFalse(report['passed'])
        outcomes = [(c['id'], c['outcome'], c['required']) for c in report['checks']]
        self.assertEqual(outcomes, [('connect', 'passed', True), ('upper', 'failed', True),
                                    ('chinese', 'failed', False)])
        upper = report['checks'][1]
        self.assertEqual(upper['failedStep'], 3)
        self.assertEqual(upper['expected']['hex'], '48 45 4c 4c 4f 0d 0a')
        self.assertEqual(upper['received']['text'], 'hello\r\n')
        self.assertEqual(upper['received']['hex'], '68 65 6c 6c 6f 0d 0a')
        self.assertIn('should be its upper case', upper['explanation'])
        self.assertTrue(any(e['direction'] == 'out' and e['kind'] == 'data' for e in upper['exchange']))
        for key in ('startedAt', 'elapsedMs', 'name', 'title'):
            self.assertIn(key, report)

        root = ET.parse(junit).getroot()
        self.assertEqual(root.tag, 'testsuites')
        suites = root.findall('testsuite')
        self.assertEqual(len(suites), 1)
        self.assertEqual(suites[0].get('name'), '127.0.0.1:%d' % s.port)
        cases = suites[0].findall('testcase')
        self.assertEqual(len(cases), 3)
        failures = [c for c in cases if c.find('failure') is not None]
        skipped = [c for c in cases if c.find('skipped') is not None]
        self.assertEqual([c.get('name') for c in failures], ['upper: Answers in upper case'])
        self.assertIn('Received: “hello\\r\\n”', failures[0].find('failure').text)
        # The failed lesson is skipped, not failed.
        self.assertEqual([c.get('name') for c in skipped], ['chinese: Chinese passes through'])
        self.assertEqual(suites[0].get('failures'), '1')
        self.assertEqual(suites[0].get('skipped'), '1')

    def test_text_report_details(self):
        s = self.server('echo')
        p, rc = self.run_check('--lab-file', self.server_lab, '127.0.0.1:%d' % s.port)
        self.assertEqual(rc, 1, p.dump())
        p.wait_for(r'^  ✗ FAIL  Answers in upper case$')
        p.wait_for(r'^Check 2, “Answers in upper case”, failed\.$')
        p.wait_for(r'^    Received: “hello\\r\\n”$')
        p.wait_for(r'^    Received in hex: 68 65 6c 6c 6f 0d 0a$')
        p.wait_for(r'^    Likely cause: The answer to “hello\\r\\n” should be its upper case; “hello\\r\\n” arrived\.$')

    def test_unreachable_target(self):
        port = free_port()
        p, rc = self.run_check('--lab-file', self.server_lab, '127.0.0.1:%d' % port, '--json')
        self.assertEqual(rc, 1, p.dump())
        report = json.loads('\n'.join(p.out))
        self.assertEqual(report['checks'][0]['outcome'], 'failed')
        self.assertEqual(report['checks'][0]['failedStep'], 1)
        self.assertTrue(report['checks'][0]['reason'])
        self.assertEqual([c['outcome'] for c in report['checks'][1:]], ['notRun', 'notRun'])

    def test_usage_errors(self):
        p, rc = self.run_check('--lab-file', self.server_lab)
        self.assertEqual(rc, 2, p.dump())
        p.wait_for(r'^socketlab: The server to check is missing', stream='err')
        p, rc = self.run_check('no-such-lab', '127.0.0.1:9000')
        self.assertEqual(rc, 2, p.dump())
        p.wait_for(r'There is no built-in lab “no-such-lab”', stream='err')
        p, rc = self.run_check('--lab-file', self.client_lab, '127.0.0.1:9000')
        self.assertEqual(rc, 2, p.dump())
        p.wait_for(r'checks a client: SocketLab listens with --serve', stream='err')
        p, rc = self.run_check('--lab-file', self.server_lab, '127.0.0.1:9000', '--timeout', '0')
        self.assertEqual(rc, 2, p.dump())

    def test_invalid_lab_file(self):
        lab = dict(SERVER_LAB)
        text = json.dumps(lab, indent=2).replace('"timeout": 2000', '"timeuot": 2000')
        bad = self.write('bad-lab.json', text)
        line = next(i for i, l in enumerate(text.split('\n'), 1) if 'timeuot' in l)
        p, rc = self.run_check('--lab-file', bad, '127.0.0.1:9000')
        self.assertEqual(rc, 2, p.dump())
        hits = p.wait_for(r'^socketlab: %s: line %d: ' % (bad.replace('\\', '\\\\'), line), stream='err')
        self.assertIn('timeuot', hits[0])
        broken = self.write('broken.json', '{"format": "socketlab-lab/1",\n "id": "x",,\n}')
        p, rc = self.run_check('--lab-file', broken, '127.0.0.1:9000')
        self.assertEqual(rc, 2, p.dump())
        p.wait_for(r'^socketlab: %s: line 2: ' % broken, stream='err')

    def test_list(self):
        p, rc = self.run_check('--list')
        self.assertEqual(rc, 0, p.dump())
        self.assertEqual(p.out[0].split(), ['Lab', 'Role', 'Title', 'Lecture', 'script'])
        for line in p.out[1:]:
            self.assertRegex(line, r'^[a-z0-9-]+ +(server|client) +\S')
        p, rc = self.run_check('--list', 'extra')
        self.assertEqual(rc, 2, p.dump())

    # Client labs, classes, Ctrl+C ------------------------------------------------------------------

    def test_serve_a_client(self):
        port = free_port()
        p = self.check('--lab-file', self.client_lab, '--serve', '--port', str(port), '--bind', '127.0.0.1',
                       '--wait', '20')
        p.wait_for(r'^Listening on port %d; run your client now \(check 1 of 1: Sends hello\)\.$' % port, stream='err')
        with socket.create_connection(('127.0.0.1', port), timeout=10) as c:
            c.sendall(b'hello')
            self.assertEqual(c.recv(16), b'ok')
        self.assertEqual(p.wait_exit(), 0, p.dump())
        p.wait_for(r'^Result: passed, 1 of 1 required checks passed\.$')

    def test_serve_a_wrong_client(self):
        port = free_port()
        p = self.check('--lab-file', self.client_lab, '--serve', '--port', str(port), '--bind', '127.0.0.1', '--json')
        p.wait_for(r'^Listening on port %d; run your client now' % port, stream='err')
        with socket.create_connection(('127.0.0.1', port), timeout=10) as c:
            c.sendall(b'bye')
        self.assertEqual(p.wait_exit(), 1, p.dump())
        report = json.loads('\n'.join(p.out))
        self.assertEqual(report['checks'][0]['outcome'], 'failed')
        self.assertEqual(report['checks'][0]['received']['text'], 'bye')

    def test_serve_on_a_busy_port(self):
        with socket.socket() as busy:
            busy.bind(('127.0.0.1', 0))
            busy.listen(1)
            port = busy.getsockname()[1]
            p, rc = self.run_check('--lab-file', self.client_lab, '--serve', '--port', str(port), '--bind', '127.0.0.1')
        self.assertEqual(rc, 1, p.dump())
        self.assertTrue(p.matching(r'^socketlab: ', stream='err'), p.dump())

    def test_class(self):
        good1, good2, bad = self.server('upper'), self.server('upper'), self.server('echo')
        down = free_port()
        targets = self.write('class.txt', '# room 204\nwang-wei 127.0.0.1:%d\n李雷 127.0.0.1:%d\n\nzhang 127.0.0.1:%d\n'
                                          'absent 127.0.0.1:%d\n' % (good1.port, bad.port, good2.port, down))
        table = os.path.join(self.tmp, 'class.csv')
        junit = os.path.join(self.tmp, 'class.xml')
        p, rc = self.run_check('--lab-file', self.server_lab, '--targets', targets, '--csv', table, '--parallel', '3',
                               '--junit', junit, '--json')
        self.assertEqual(rc, 1, p.dump())
        with open(table, newline='', encoding='utf-8') as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0], ['name', 'target', 'connect', 'upper', 'chinese', 'passed'])
        self.assertEqual([r[0] for r in rows[1:]], ['wang-wei', '李雷', 'zhang', 'absent'])
        self.assertEqual(rows[1][2:], ['passed', 'passed', 'passed', 'yes'])
        self.assertEqual(rows[2][2:], ['passed', 'failed', 'failed', 'no'])
        self.assertEqual(rows[3][2:], ['passed', 'passed', 'passed', 'yes'])
        self.assertEqual(rows[4][2:], ['failed', 'not run', 'not run', 'no'])
        reports = json.loads('\n'.join(p.out))
        self.assertFalse(reports['passed'])
        self.assertEqual([r['name'] for r in reports['reports']], ['wang-wei', '李雷', 'zhang', 'absent'])
        root = ET.parse(junit).getroot()
        self.assertEqual([s.get('name') for s in root.findall('testsuite')], ['wang-wei', '李雷', 'zhang', 'absent'])
        self.assertEqual(root.get('failures'), '2')   # 李雷's upper, absent's connect
        self.assertEqual(len(p.matching(r'^[✓✗] \d/4 ', stream='err')), 4, p.dump())

    def test_class_that_passes(self):
        good = self.server('upper')
        targets = self.write('class.txt', 'a 127.0.0.1:%d\nb 127.0.0.1:%d\n' % (good.port, good.port))
        p, rc = self.run_check('--lab-file', self.server_lab, '--targets', targets)
        self.assertEqual(rc, 0, p.dump())
        p.wait_for(r'^2 of 2 passed every required check\.$')

    def test_ctrl_c_reports_what_ran(self):
        s = self.server('silent')
        p = self.check('--lab-file', self.server_lab, '127.0.0.1:%d' % s.port, '--timeout', '60000')
        p.wait_for(r'^✓ Check 1 of 3 passed', stream='err')
        p.p.send_signal(signal.SIGINT)
        self.assertEqual(p.wait_exit(), 1, p.dump())
        p.wait_for(r'^  ✓ PASS +Accepts a connection$')
        p.wait_for(r'^  – NOT RUN +Answers in upper case$')
        p.wait_for(r'^socketlab: Stopped: the report shows the checks that ran\.$', stream='err')


if __name__ == '__main__':
    unittest.main()
