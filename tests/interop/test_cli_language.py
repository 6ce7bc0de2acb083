"""The command line speaks the system's language, with or without the window built: the
catalogues are compiled into socketlab_translations, which the executable always links.
`socketlab get --classic` fetches a one-byte file from seed 002's download server; with
LANG=zh_CN.UTF-8 the result line is Chinese ("1 字节"), with LANG=C it is English with the
right plural ("1 byte", never the untranslated "1 byte(s)").

Environment: SOCKETLAB_BIN = the built socketlab binary.
"""
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ.get('SOCKETLAB_BIN', '')
sys.path.insert(0, HERE)
from interop_support import Proc, free_port, is_listening, wait_until  # noqa: E402


class CliLanguageTest(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.procs = []
        self.tmp = tempfile.mkdtemp(prefix='socketlab-language-')
        self.serve = os.path.join(self.tmp, 'serve')
        os.makedirs(self.serve)
        with open(os.path.join(self.serve, 'one.bin'), 'wb') as f:
            f.write(b'x')
        self.port = free_port()
        seed = self.start([sys.executable, '-u', os.path.join(HERE, 'seed002_download_server.py'), str(self.port)],
                          cwd=self.serve)
        wait_until(lambda: is_listening(self.port) or seed.p.poll() is not None, 'download_server.py to listen')
        self.assertIsNone(seed.p.poll(), seed.dump())

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def start(self, args, **kw):
        p = Proc(args, **kw)
        self.procs.append(p)
        return p

    def get(self, lang):
        """`socketlab get --classic` of one.bin as a user whose only language setting is LANG."""
        out = tempfile.mkdtemp(dir=self.tmp)
        env = {'LANG': lang, 'LC_ALL': '', 'LC_MESSAGES': '', 'LANGUAGE': ''}
        get = self.start([BIN, 'get', '127.0.0.1:%d' % self.port, 'one.bin', '--out', out, '--classic'], env=env)
        self.assertEqual(get.wait_exit(), 0, get.dump())
        with open(os.path.join(out, 'one.bin'), 'rb') as f:
            self.assertEqual(f.read(), b'x')
        return get

    def test_chinese(self):
        get = self.get('zh_CN.UTF-8')
        get.wait_for(r'^经典下载“one\.bin”已完成：1 字节，')
        self.assertEqual(get.matching(r'byte'), [], get.dump())

    def test_english_plural(self):
        get = self.get('C')
        get.wait_for(r'^classic download of “one\.bin” done: 1 byte at ')
        self.assertEqual(get.matching(r'byte\(s\)'), [], get.dump())


if __name__ == '__main__':
    unittest.main(verbosity=2)
