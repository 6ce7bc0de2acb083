"""`socketlab diagram` end to end, as a user runs it: without a display (no DISPLAY, no
QT_QPA_PLATFORM: it starts on the offscreen platform itself), an events file of the 粘包
exchange (docs/screenshots/diagram-sticky.jsonl: connect, "helloworld" in one recv(), a reply,
10 minutes later "q", the peer closes first) becomes an SVG whose labels are text, and a PNG;
a hostile events file is refused with its name and line (exit 2) and nothing is written; an
output that cannot be written is a clear error (exit 1).

Recording with `socketlab tcp-server --events f.jsonl` while the seed 002 chat scripts run, then
drawing that recording: test_events_cli.py.

Environment: SOCKETLAB_BIN = the built socketlab binary, SOCKETLAB_SOURCE_DIR = the sources.
"""
import os
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

BIN = os.environ.get('SOCKETLAB_BIN', '')
SOURCE = os.environ.get('SOCKETLAB_SOURCE_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
STICKY = os.path.join(SOURCE, 'docs', 'screenshots', 'diagram-sticky.jsonl')
SVG = '{http://www.w3.org/2000/svg}'


def headless_env():
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    env.pop('QT_QPA_PLATFORM', None)
    env['LC_ALL'] = 'C.UTF-8'
    env['LANG'] = 'C.UTF-8'
    env['LANGUAGE'] = ''
    return env


class DiagramCliTest(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.tmp = tempfile.mkdtemp(prefix='socketlab-diagram-')

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_diagram(self, *args):
        return subprocess.run([BIN, 'diagram', *args], env=headless_env(), capture_output=True, timeout=60)

    def test_svg_labels_are_text(self):
        out = os.path.join(self.tmp, 'sticky.svg')
        r = self.run_diagram(STICKY, '-o', out, '--title', 'sticky')
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        self.assertIn('Wrote', r.stderr.decode())
        root = ET.parse(out).getroot()
        texts = [''.join(t.itertext()).strip() for t in root.iter(SVG + 'text')]
        self.assertEqual(texts[:3], ['sticky', '127.0.0.1:9000', '127.0.0.1:53422'])
        for label in ['listening on 127.0.0.1:9000', 'connect', '“helloworld” (10 bytes)', '“q” (1 byte)',
                      'FIN (finished sending)', 'close', 'closed first', '… 10 min …']:
            self.assertIn(label, texts)
        # "hello" and "world" are never two arrows: one recv() got them together.
        self.assertFalse(any(t.startswith('“hello”') or t.startswith('“world”') for t in texts), texts)

    def test_png_and_peer_filter(self):
        out = os.path.join(self.tmp, 'sticky.png')
        r = self.run_diagram(STICKY, '-o', out, '--peer', '127.0.0.1:53422', '--max', '3')
        self.assertEqual(r.returncode, 0, r.stderr.decode())
        with open(out, 'rb') as f:
            head = f.read(24)
        self.assertEqual(head[:8], b'\x89PNG\r\n\x1a\n')
        width = int.from_bytes(head[16:20], 'big')
        height = int.from_bytes(head[20:24], 'big')
        self.assertGreater(width, 400)
        self.assertGreater(height, 200)
        self.assertIn('left out', r.stderr.decode())

    def test_hostile_file_refused_with_its_line(self):
        hostile = os.path.join(self.tmp, 'hostile.jsonl')
        with open(hostile, 'wb') as f:
            f.write(b'{"format":"socketlab-events","version":1,"role":"tcp-server"}\n')
            f.write(b'{"ms":1,"peer":"127.0.0.1:1","kind":"data","direction":"in","size":3,"base64":"aGk="}\n')
            f.write(b'{"ms":2,"peer":"127.0.0.1:1","kind":"data","direction":"in","base64":"not base64!"}\n')
        out = os.path.join(self.tmp, 'hostile.svg')
        r = self.run_diagram(hostile, '-o', out)
        self.assertEqual(r.returncode, 2)
        err = r.stderr.decode()
        self.assertIn(hostile + ': line 3: “base64” is not valid base64.', err)
        self.assertFalse(os.path.exists(out))

    def test_unwritable_output(self):
        out = os.path.join(self.tmp, 'no', 'such', 'folder', 'x.svg')
        r = self.run_diagram(STICKY, '-o', out)
        self.assertEqual(r.returncode, 1)
        self.assertIn('Cannot write', r.stderr.decode())
        self.assertIn('x.svg', r.stderr.decode())


if __name__ == '__main__':
    unittest.main()
