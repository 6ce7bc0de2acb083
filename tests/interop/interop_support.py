"""Shared by the interop tests: free ports, LISTEN detection without touching the socket, polling
waits with a deadline, and child processes whose output lines are collected as they arrive."""
import os
import re
import socket
import subprocess
import threading
import time

DEADLINE = 15.0


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def is_listening(port):
    """True when some socket is in LISTEN state on `port` (read from /proc, so that probing does
    not consume the single accept() of a seed server)."""
    for name in ('/proc/net/tcp', '/proc/net/tcp6'):
        try:
            with open(name) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if int(fields[1].rsplit(':', 1)[1], 16) == port and fields[3] == '0A':
                        return True
        except OSError:
            pass
    return False


def wait_until(predicate, what, timeout=DEADLINE):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.01)
    raise AssertionError('timed out waiting for ' + what)


class Proc:
    """A child process whose stdout/stderr lines are collected by reader threads."""

    deadline = DEADLINE   # default wait; a test module with slower cases raises it

    def __init__(self, args, env=None, cwd=None, stdin=subprocess.PIPE):
        full_env = dict(os.environ)
        full_env.update(env or {})
        full_env.setdefault('LC_ALL', 'C.UTF-8')
        self.args = args
        self.p = subprocess.Popen(args, stdin=stdin, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=full_env, cwd=cwd)
        self.out = []
        self.err = []
        self.cond = threading.Condition()
        self.threads = [threading.Thread(target=self._read, args=(self.p.stdout, self.out), daemon=True),
                        threading.Thread(target=self._read, args=(self.p.stderr, self.err), daemon=True)]
        for t in self.threads:
            t.start()

    def _read(self, stream, sink):
        for raw in iter(stream.readline, b''):
            with self.cond:
                sink.append(raw.decode('utf-8', 'replace').rstrip('\n'))
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def send(self, text):
        self.p.stdin.write((text + '\n').encode('utf-8'))
        self.p.stdin.flush()

    def close_stdin(self):
        self.p.stdin.close()

    def dump(self):
        with self.cond:
            return '\n--- %s\nstdout:\n%s\nstderr:\n%s' % (' '.join(self.args), '\n'.join(self.out),
                                                         '\n'.join(self.err))

    def wait_for(self, pattern, count=1, stream='out', timeout=None):
        """Waits until `count` lines of the stream match the regex `pattern`; returns them."""
        rx = re.compile(pattern)
        sink = self.out if stream == 'out' else self.err
        end = time.monotonic() + (self.deadline if timeout is None else timeout)
        with self.cond:
            while True:
                hits = [line for line in sink if rx.search(line)]
                if len(hits) >= count:
                    return hits
                left = end - time.monotonic()
                if left <= 0:
                    raise AssertionError('no %d line(s) matching %r%s' % (count, pattern, self.dump()))
                self.cond.wait(min(left, 0.2))

    def matching(self, pattern, stream='out'):
        rx = re.compile(pattern)
        with self.cond:
            return [line for line in (self.out if stream == 'out' else self.err) if rx.search(line)]

    def text(self):
        with self.cond:
            return '\n'.join(self.out + self.err)

    def wait_exit(self, timeout=None):
        try:
            rc = self.p.wait(self.deadline if timeout is None else timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError('process did not exit%s' % self.dump())
        for t in self.threads:
            t.join(5)
        return rc

    def stop(self):
        if self.p.poll() is None:
            self.p.kill()
            self.p.wait(5)
        for s in (self.p.stdin, self.p.stdout, self.p.stderr):
            try:
                if s:
                    s.close()
            except OSError:
                pass
