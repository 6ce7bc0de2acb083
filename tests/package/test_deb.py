"""The Debian package: built with cpack from this build (as `./run.sh package` does), listed
with `dpkg-deb -c`, its control fields read with `dpkg-deb -f`, unpacked into a scratch root
with `dpkg -x`, and the unpacked `socketlab --version` and `--help` run from there. The menu
entry and the AppStream metainfo are validated as installed (desktop-file-validate,
appstreamcli), so the files a distribution reads are the ones checked.

Environment: SOCKETLAB_BUILD_DIR (the build with CPackConfig.cmake), CPACK_COMMAND,
SOCKETLAB_VERSION, SOCKETLAB_GUI (ON when the window is built: menu entry, icon, metainfo).
Needs dpkg-dev and file (cpack's dependency list), desktop-file-utils and appstream.
"""
import glob
import os
import re
import shutil
import subprocess
import tempfile
import unittest

BUILD = os.environ.get('SOCKETLAB_BUILD_DIR', '')
CPACK = os.environ.get('CPACK_COMMAND', 'cpack')
VERSION = os.environ.get('SOCKETLAB_VERSION', '')
GUI = os.environ.get('SOCKETLAB_GUI', 'ON').upper() in ('ON', '1', 'TRUE', 'YES')
METAINFO = 'usr/share/metainfo/io.github.socketlab.SocketLab.metainfo.xml'
DESKTOP = 'usr/share/applications/socketlab.desktop'
ICON = 'usr/share/icons/hicolor/scalable/apps/socketlab.svg'


def run(args, **kw):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600, **kw)


class DebPackageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not BUILD or not os.path.exists(os.path.join(BUILD, 'CPackConfig.cmake')):
            raise unittest.SkipTest('SOCKETLAB_BUILD_DIR has no CPackConfig.cmake')
        cls.tmp = tempfile.mkdtemp(prefix='socketlab-package-')
        out = os.path.join(cls.tmp, 'out')
        made = run([CPACK, '--config', os.path.join(BUILD, 'CPackConfig.cmake'), '-G', 'DEB', '-B', out])
        if made.returncode != 0:
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise AssertionError('cpack failed:\n%s\n%s' % (made.stdout, made.stderr))
        debs = glob.glob(os.path.join(out, '*.deb'))
        if len(debs) != 1:
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise AssertionError('expected one .deb in %s, found %r' % (out, debs))
        cls.deb = debs[0]
        listing = run(['dpkg-deb', '-c', cls.deb])
        cls.listing = listing.stdout
        # "-rwxr-xr-x root/root 2017672 2026-12-07 00:50 ./usr/bin/socketlab" -> usr/bin/socketlab
        cls.files = {line.split(' ./', 1)[1] for line in listing.stdout.splitlines() if ' ./' in line}
        cls.root = os.path.join(cls.tmp, 'root')
        unpacked = run(['dpkg', '-x', cls.deb, cls.root])
        if unpacked.returncode != 0:
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise AssertionError('dpkg -x failed: ' + unpacked.stderr)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def field(self, name):
        return run(['dpkg-deb', '-f', self.deb, name]).stdout.strip()

    def assertListed(self, path):
        self.assertIn(path, self.files, 'not in the package:\n' + self.listing)

    def installed(self, path):
        return os.path.join(self.root, path)

    def test_control_fields(self):
        self.assertEqual(self.field('Package'), 'socketlab')
        self.assertEqual(self.field('Version'), VERSION)
        self.assertEqual(self.field('Section'), 'net')
        self.assertTrue(self.field('Maintainer'))
        self.assertTrue(self.field('Description').startswith('workbench for socket programming'))
        self.assertEqual(os.path.basename(self.deb), 'socketlab_%s_%s.deb' % (VERSION, self.field('Architecture')))
        # Computed by dpkg-shlibdeps from what the binary links, with versions.
        depends = self.field('Depends')
        for lib in ('libc6', 'libqt6core6', 'libqt6network6'):
            self.assertRegex(depends, r'\b%s \(>= [^)]+\)' % lib)
        if GUI:
            self.assertRegex(depends, r'\blibqt6widgets6 \(>= [^)]+\)')

    def test_binary_runs_from_the_unpacked_root(self):
        self.assertListed('usr/bin/socketlab')
        binary = self.installed('usr/bin/socketlab')
        self.assertTrue(os.access(binary, os.X_OK))
        env = dict(os.environ, LC_ALL='C.UTF-8', LANG='C.UTF-8', LANGUAGE='', QT_QPA_PLATFORM='offscreen')
        version = run([binary, '--version'], env=env)
        self.assertEqual(version.returncode, 0, version.stderr)
        self.assertEqual(version.stdout.strip(), 'socketlab ' + VERSION)
        helped = run([binary, '--help'], env=env)
        self.assertEqual(helped.returncode, 0, helped.stderr)
        for command in ('tcp-server', 'tcp-client', 'udp', 'file-server', 'get', 'put', 'web'):
            self.assertRegex(helped.stdout, r'(?m)^\s+%s\b' % re.escape(command))
        # The catalogues are inside the binary: the unpacked one speaks Chinese too.
        chinese = run([binary, '--help'], env=dict(env, LC_ALL='', LANG='zh_CN.UTF-8'))
        self.assertEqual(chinese.returncode, 0, chinese.stderr)
        self.assertRegex(chinese.stdout, r'[\u4e00-\u9fff]')

    def test_copyright(self):
        self.assertListed('usr/share/doc/socketlab/copyright')
        with open(self.installed('usr/share/doc/socketlab/copyright'), encoding='utf-8') as f:
            text = f.read()
        self.assertIn('Copyright: 2026 The SocketLab authors', text)
        self.assertIn('License: Expat', text)
        self.assertIn('Permission is hereby granted, free of charge', text)

    def test_man_page(self):
        # Generated at build time from the option table that --help is made of.
        pages = [f for f in self.files if re.fullmatch(r'usr/share/man/man1/socketlab\.1(\.gz)?', f)]
        self.assertEqual(len(pages), 1, 'no socketlab.1 in the package:\n' + self.listing)

    def test_menu_entry_icon_and_metainfo(self):
        if not GUI:
            for path in (DESKTOP, ICON, METAINFO):
                self.assertNotIn(path, self.files, 'a build without the window has no menu entry')
            return
        for path in (DESKTOP, ICON, METAINFO):
            self.assertListed(path)
        desktop = run(['desktop-file-validate', self.installed(DESKTOP)])
        self.assertEqual(desktop.returncode, 0, desktop.stdout + desktop.stderr)
        self.assertNotRegex(desktop.stdout, r'(?m): error: ')
        # validate-tree checks the metainfo file together with the menu entry it launches.
        appstream = run(['appstreamcli', 'validate-tree', '--no-net', self.root])
        self.assertEqual(appstream.returncode, 0, appstream.stdout + appstream.stderr)
        with open(self.installed(METAINFO), encoding='utf-8') as f:
            metainfo = f.read()
        self.assertIn('<project_license>MIT</project_license>', metainfo)
        self.assertIn('<launchable type="desktop-id">socketlab.desktop</launchable>', metainfo)


if __name__ == '__main__':
    unittest.main(verbosity=2)
