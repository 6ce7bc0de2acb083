"""A real browser against `socketlab web`: headless Chromium (Debian's `chromium` package) loads
a copy of the bundled sample site (resources/site) and the test checks that the page rendered,
that its picture arrived and decoded (the page's own script marks <body> on the image's load
event with data-picture="loaded" and the picture's natural width), and that the server's
access log shows the page, its stylesheet and its picture answered 200. The page with a Chinese
file name is followed too: the browser percent-encodes it and the server must decode it.

Environment: SOCKETLAB_BIN = the built socketlab binary, SOCKETLAB_SOURCE_DIR = the repository.
Skipped, saying why, when Chromium is not installed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from interop_support import Proc  # noqa: E402

BIN = os.environ.get('SOCKETLAB_BIN', '')
SOURCE = os.environ.get('SOCKETLAB_SOURCE_DIR', os.path.dirname(os.path.dirname(HERE)))
BROWSER_TIMEOUT = 120
Proc.deadline = 30.0


def find_chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        path = shutil.which(name)
        if path:
            return path
    return None


class WebBrowserTest(unittest.TestCase):
    def setUp(self):
        if not BIN or not os.access(BIN, os.X_OK):
            self.skipTest('SOCKETLAB_BIN is not set to the socketlab binary')
        self.chromium = find_chromium()
        if not self.chromium:
            self.skipTest('Chromium is not installed (Debian package "chromium"; ./test.sh installs it)')
        self.tmp = tempfile.mkdtemp(prefix='socketlab-browser-')
        self.root = os.path.join(self.tmp, 'site')
        shutil.copytree(os.path.join(SOURCE, 'resources', 'site'), self.root)
        self.profile = os.path.join(self.tmp, 'profile')
        self.server = Proc([BIN, 'web', '--root', self.root, '--port', '0', '--bind', 'localhost'])
        line = self.server.wait_for(r'^Serving .* on http://127\.0\.0\.1:\d+/')[0]
        self.base = re.search(r'http://127\.0\.0\.1:\d+/', line).group(0)

    def tearDown(self):
        server = getattr(self, 'server', None)
        if server:
            server.stop()
        shutil.rmtree(getattr(self, 'tmp', ''), ignore_errors=True)

    def browser(self, *args):
        """Runs headless Chromium with a throw-away profile and nothing but the page to fetch."""
        command = [self.chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                   '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
                   '--disable-component-update', '--disable-sync', '--disable-extensions',
                   '--user-data-dir=' + self.profile] + list(args)
        try:
            done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=BROWSER_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.fail('Chromium did not finish within %d s: %s' % (BROWSER_TIMEOUT, ' '.join(command)))
        dom = done.stdout.decode('utf-8', 'replace')
        self.assertEqual(done.returncode, 0, 'chromium failed:\n' + done.stderr.decode('utf-8', 'replace')[-3000:])
        return dom

    def test_sample_site_renders_with_its_picture(self):
        dom = self.browser('--dump-dom', self.base)
        context = dom[:3000] + self.server.dump()
        # Rendered: the page's own text, from the server, made into a DOM.
        self.assertIn('<h1>It works! <span lang="zh-CN">成功了!</span></h1>', dom, context)
        # The picture arrived and decoded: the load event fired and it has its real width.
        self.assertRegex(dom, r'<body[^>]*\bdata-picture="loaded"', context)
        self.assertRegex(dom, r'<body[^>]*\bdata-picture-width="320"', context)
        self.assertIn('loaded / 已加载', dom, context)
        # The access log shows every piece answered in full.
        size = os.path.getsize(os.path.join(self.root, 'test.jpg'))
        self.server.wait_for(r'"GET / HTTP/1\.1" 200 %d ' % os.path.getsize(os.path.join(self.root, 'index.html')))
        self.server.wait_for(r'"GET /style\.css HTTP/1\.1" 200 ')
        self.server.wait_for(r'"GET /test\.jpg HTTP/1\.1" 200 %d ' % size)
        failed = [line for line in self.server.matching(r'" [45]\d\d ') if '/favicon.ico' not in line]
        self.assertEqual(failed, [], self.server.dump())

    def test_chinese_file_name_is_percent_encoded_and_found(self):
        dom = self.browser('--dump-dom', self.base + '你好.html')
        self.assertIn('<h1>你好!Hello!</h1>', dom, dom[:3000] + self.server.dump())
        self.server.wait_for(r'"GET /%E4%BD%A0%E5%A5%BD\.html HTTP/1\.1" 200 ')

    def test_missing_page_is_a_small_html_404(self):
        dom = self.browser('--dump-dom', self.base + 'no-such-page.html')
        self.server.wait_for(r'"GET /no-such-page\.html HTTP/1\.1" 404 ')
        self.assertRegex(dom, r'404', dom[:3000])


if __name__ == '__main__':
    unittest.main(verbosity=2)
