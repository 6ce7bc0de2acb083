#!/usr/bin/env python3
"""Web server benchmark: SocketLab (`socketlab web`, headless) against nginx and Python's
http.server, serving the same folder in the same run.

The folder (in a temporary directory) holds a 1 KiB page (index.html) and a 1 GiB file
(big.bin). Measured for every server:
  1. `wrk -t2 -c64 -dNs` on the 1 KiB page: requests/s
  2. the same with 1,000 connections (the open-file limit is raised for everyone)
  3. a 1 GiB download with `curl -o /dev/null`: MB/s (10^6 bytes per second)
Printed: a table with each figure, its ratio to nginx, wrk's error counts (socket errors and
non-2xx/3xx answers), and SocketLab's peak RSS (VmHWM from /proc/PID/status).

nginx runs from its Debian package with our own temporary nginx.conf: 1 worker process,
access_log off, sendfile on, pid/temp/log paths in the temporary directory, started as
`nginx -c CONF -g 'daemon off;'` (no root needed). SocketLab runs `web --root DIR --port N
--bind 127.0.0.1`, its access log (one line per request, the default) going to a file in the
temporary directory; --quiet-socketlab adds a second SocketLab row without the access log.

All servers are started first and stay up; each test is run in rounds (--rounds), the servers
taking turns inside a round, and the best figure of each server is kept, so that a neighbour's
burst of CPU use on a shared machine hurts everyone alike rather than one server.

Needs: wrk, nginx, curl (Debian: `sudo apt-get install wrk nginx-light curl`, or nginx);
--install runs that apt-get command when one is missing. Never part of the test suite.

Usage: bench/web_bench.py [--bin PATH/socketlab] [--duration 10] [--rounds 1] [--gib 1.0]
                          [--connections 64,1000] [--no-python] [--quiet-socketlab]
                          [--also-bin OTHER/socketlab]   (a second SocketLab row, e.g. before/after)
Quick run: bench/web_bench.py --duration 3 --gib 0.25
Targets: SocketLab >= 1.0 x nginx req/s at 64 connections, >= 0.8 x at 1,000 connections,
>= 1.0 x nginx MB/s on the download, peak RSS < 100 MB, no wrk errors.
"""
import argparse
import glob
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGE_SIZE = 1024


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def wait_listening(proc, port, what, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            sys.exit('%s exited before listening (status %s)' % (what, proc.returncode))
        try:
            with socket.create_connection(('127.0.0.1', port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    sys.exit('%s did not start listening on port %d' % (what, port))


def vm_hwm_kib(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def stop(proc):
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def find_binary(given):
    if given:
        return os.path.abspath(given)
    candidates = sorted(glob.glob(os.path.join(ROOT, 'build', '*', 'app', 'socketlab'))
                        + glob.glob(os.path.join(ROOT, 'build', '*', 'socketlab')),
                        key=os.path.getmtime, reverse=True)
    for c in candidates:
        if os.access(c, os.X_OK) and os.path.isfile(c):
            return c
    sys.exit('socketlab binary not found: build it (target socketlab) or pass --bin')


def ensure_tools(install):
    missing = [t for t in ('wrk', 'curl') if not shutil.which(t)]
    nginx = shutil.which('nginx') or ('/usr/sbin/nginx' if os.access('/usr/sbin/nginx', os.X_OK) else None)
    if not nginx:
        missing.append('nginx')
    if missing and install:
        sudo = [] if os.geteuid() == 0 else ['sudo']
        subprocess.run(sudo + ['apt-get', 'update', '-q'], check=False)
        subprocess.run(sudo + ['apt-get', 'install', '-y', '-q'] + missing, check=True)
        return ensure_tools(False)
    if missing:
        sys.exit('missing tools: %s (sudo apt-get install %s, or run with --install)'
                 % (', '.join(missing), ' '.join(missing)))
    return nginx


def raise_nofile(want=20000):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def make_site(directory, gib):
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>bench</title></head><body>\n'
            .encode())
    tail = b'</body></html>\n'
    filler = b'<p>' + b'x' * 60 + b'</p>\n'
    while len(page) + len(filler) + len(tail) + 8 <= PAGE_SIZE:
        page += filler
    page += b'<!--' + b'-' * (PAGE_SIZE - len(page) - len(tail) - 8) + b'-->\n' + tail
    assert len(page) == PAGE_SIZE, len(page)
    with open(os.path.join(directory, 'index.html'), 'wb') as f:
        f.write(page)
    size = int(gib * (1 << 30))
    block = os.urandom(1 << 20)
    with open(os.path.join(directory, 'big.bin'), 'wb') as f:
        left = size
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n])
            left -= n
    return size


NGINX_CONF = """worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
worker_rlimit_nofile {nofile};
events {{
    worker_connections {conns};
}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    fastcgi_temp_path {tmp}/nginx-fastcgi;
    uwsgi_temp_path {tmp}/nginx-uwsgi;
    scgi_temp_path {tmp}/nginx-scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
    }}
}}
"""


class Server:
    def __init__(self, name, argv, port, log_path=None, cwd=None):
        self.name = name
        self.port = port
        self.log_path = log_path
        out = open(log_path, 'wb') if log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.DEVNULL,
                                     cwd=cwd)
        if log_path:
            out.close()
        wait_listening(self.proc, port, name)
        self.results = {}

    def url(self, path):
        return 'http://127.0.0.1:%d/%s' % (self.port, path)


def check_page(server):
    """One request with curl, so that a server serving the wrong bytes is caught up front."""
    out = subprocess.run(['curl', '-s', '--max-time', '10', server.url('index.html')], capture_output=True)
    if out.returncode != 0 or len(out.stdout) != PAGE_SIZE:
        sys.exit('%s did not serve the page correctly (curl status %d, %d bytes)'
                 % (server.name, out.returncode, len(out.stdout)))


WRK_RPS = re.compile(r'Requests/sec:\s+([\d.]+)')
WRK_TOTAL = re.compile(r'(\d+) requests in')
WRK_SOCK = re.compile(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)')
WRK_NON2XX = re.compile(r'Non-2xx or 3xx responses: (\d+)')


def run_wrk(server, connections, duration, threads):
    argv = ['wrk', '-t%d' % threads, '-c%d' % connections, '-d%ds' % duration, '--timeout', '5s',
            server.url('index.html')]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=duration + 60)
    text = out.stdout
    m = WRK_RPS.search(text)
    if not m:
        return {'rps': 0.0, 'requests': 0, 'errors': 'wrk failed: ' + (out.stderr or text).strip()[:200]}
    errs = []
    s = WRK_SOCK.search(text)
    if s:
        names = ('connect', 'read', 'write', 'timeout')
        errs += ['%s %s' % (n, v) for n, v in zip(names, s.groups()) if v != '0']
    n = WRK_NON2XX.search(text)
    if n:
        errs.append('non-2xx %s' % n.group(1))
    total = WRK_TOTAL.search(text)
    return {'rps': float(m.group(1)), 'requests': int(total.group(1)) if total else 0,
            'errors': ', '.join(errs) if errs else 'none'}


def run_curl(server, size, timeout):
    argv = ['curl', '-s', '-o', '/dev/null', '--max-time', str(int(timeout)),
            '-w', '%{http_code} %{size_download} %{time_total}', server.url('big.bin')]
    out = subprocess.run(argv, capture_output=True, text=True, timeout=timeout + 30)
    try:
        code, got, seconds = out.stdout.split()
        got = int(got)
        seconds = float(seconds)
    except ValueError:
        return {'mbps': 0.0, 'errors': 'curl failed (status %d)' % out.returncode}
    if out.returncode != 0 or code != '200' or got != size:
        return {'mbps': got / seconds / 1e6 if seconds > 0 else 0.0,
                'errors': 'incomplete: HTTP %s, %d of %d bytes, curl status %d' % (code, got, size, out.returncode)}
    return {'mbps': size / seconds / 1e6, 'errors': 'none'}


def best(results, key):
    ok = [r for r in results if r.get(key) is not None]
    return max(ok, key=lambda r: r[key]) if ok else None


def loadavg():
    with open('/proc/loadavg') as f:
        return ' '.join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', help='path of the socketlab binary (default: newest build/*/app/socketlab)')
    ap.add_argument('--duration', type=int, default=10, help='seconds per wrk run (default 10)')
    ap.add_argument('--rounds', type=int, default=1, help='rounds per test; the best of each server is kept')
    ap.add_argument('--gib', type=float, default=1.0, help='size of the download in GiB (default 1)')
    ap.add_argument('--connections', default='64,1000', help='wrk connection counts (default 64,1000)')
    ap.add_argument('--threads', type=int, default=2, help='wrk threads (default 2)')
    ap.add_argument('--no-python', action='store_true', help='leave out python3 -m http.server')
    ap.add_argument('--quiet-socketlab', action='store_true',
                    help='also measure SocketLab with --quiet (no access log)')
    ap.add_argument('--also-bin', metavar='PATH',
                    help='also measure another socketlab binary (e.g. a build from before a change)')
    ap.add_argument('--only', help='comma-separated subset of tests: c<N> (e.g. c64), download')
    ap.add_argument('--install', action='store_true', help='apt-get install wrk/nginx/curl when missing')
    ap.add_argument('--keep', action='store_true', help='keep the temporary directory')
    args = ap.parse_args()

    nginx = ensure_tools(args.install)
    binary = find_binary(args.bin)
    nofile = raise_nofile()
    conns = [int(c) for c in args.connections.split(',') if c]
    tests = ['c%d' % c for c in conns] + ['download']
    if args.only:
        tests = [t for t in tests if t in args.only.split(',')]

    tmp = tempfile.mkdtemp(prefix='web_bench_')
    os.chmod(tmp, 0o755)   # nginx started as root serves as user nobody
    try:
        return measure(args, nginx, binary, nofile, conns, tests, tmp)
    finally:
        if args.keep:
            print('kept: %s' % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def measure(args, nginx, binary, nofile, conns, tests, tmp):
    site = os.path.join(tmp, 'site')
    os.mkdir(site)
    servers = []
    try:
        t0 = time.monotonic()
        size = make_site(site, args.gib)
        print('site: %s (1 KiB index.html, %.2f GiB big.bin written in %.1f s)'
              % (site, size / (1 << 30), time.monotonic() - t0), flush=True)

        port = free_port()
        os.mkdir(os.path.join(tmp, 'logs'))   # nginx opens PREFIX/logs/error.log before reading the conf
        conf = os.path.join(tmp, 'nginx.conf')
        with open(conf, 'w') as f:
            f.write(NGINX_CONF.format(tmp=tmp, root=site, port=port, nofile=nofile,
                                      conns=max(4096, max(conns) * 2 + 64)))
        servers.append(Server('nginx', [nginx, '-c', conf, '-p', tmp, '-g', 'daemon off;'], port))

        port = free_port()
        slab = Server('SocketLab', [binary, 'web', '--root', site, '--port', str(port), '--bind', '127.0.0.1'],
                      port, log_path=os.path.join(tmp, 'socketlab-access.log'))
        servers.append(slab)
        quiet = None
        if args.quiet_socketlab:
            port = free_port()
            quiet = Server('SocketLab --quiet', [binary, 'web', '--root', site, '--port', str(port), '--bind',
                                                 '127.0.0.1', '--quiet'], port)
            servers.append(quiet)
        if args.also_bin:
            port = free_port()
            servers.append(Server('SocketLab (%s)' % args.also_bin,
                                  [os.path.abspath(args.also_bin), 'web', '--root', site, '--port', str(port),
                                   '--bind', '127.0.0.1'], port, log_path=os.path.join(tmp, 'other-access.log')))
        if not args.no_python:
            port = free_port()
            servers.append(Server('python http.server',
                                  [sys.executable, '-m', 'http.server', str(port), '--bind', '127.0.0.1',
                                   '--directory', site], port))
        for s in servers:
            check_page(s)

        print('socketlab: %s' % binary)
        print('load average before: %s; open-file limit %d' % (loadavg(), nofile), flush=True)
        for test in tests:
            for r in range(args.rounds):
                for s in servers:
                    if test == 'download':
                        res = run_curl(s, size, timeout=max(120, size / 5e6))
                        figure = '%.0f MB/s' % res['mbps']
                    else:
                        res = run_wrk(s, int(test[1:]), args.duration, args.threads)
                        figure = '%.0f req/s' % res['rps']
                    s.results.setdefault(test, []).append(res)
                    print('  %-9s round %d  %-20s %14s  errors: %s'
                          % (test, r + 1, s.name, figure, res['errors']), flush=True)
        load_after = loadavg()
        hwm = vm_hwm_kib(slab.proc.pid)
        hwm_quiet = vm_hwm_kib(quiet.proc.pid) if quiet else -1
    finally:
        for s in servers:
            stop(s.proc)

    log_lines = 0
    if os.path.exists(slab.log_path):
        with open(slab.log_path, 'rb') as f:
            for chunk in iter(lambda: f.read(1 << 20), b''):
                log_lines += chunk.count(b'\n')

    # --- the table ---------------------------------------------------------------------
    ref = servers[0]
    headers = {'download': '%.2g GiB download' % args.gib}
    rows = []
    for test in tests:
        key = 'mbps' if test == 'download' else 'rps'
        unit = 'MB/s' if test == 'download' else 'req/s'
        title = headers.get(test, 'wrk -t%d -c%s -d%ds, 1 KiB page' % (args.threads, test[1:], args.duration))
        rows.append((title, unit, test, key))

    print()
    print('| Test | Server | Result | Ratio to nginx | Errors |')
    print('|---|---|---|---|---|')
    for title, unit, test, key in rows:
        nref = best(ref.results.get(test, []), key)
        for s in servers:
            b = best(s.results.get(test, []), key)
            if not b:
                continue
            ratio = b[key] / nref[key] if nref and nref[key] > 0 else float('nan')
            errs = sorted({r['errors'] for r in s.results[test]})
            print('| %s | %s | %.0f %s | %.2f | %s |' % (title, s.name, b[key], unit, ratio, '; '.join(errs)))
    print()
    print('SocketLab peak RSS (VmHWM): %.1f MB' % (hwm / 1024.0) + (
        '; --quiet: %.1f MB' % (hwm_quiet / 1024.0) if quiet else ''))
    answered = sum(r.get('requests', 0) for t in tests if t != 'download' for r in slab.results.get(t, []))
    curls = 1 + sum(1 for t in tests if t == 'download') * args.rounds
    print('SocketLab access log: %d lines; wrk counted %d answers, curl made %d requests (wrk leaves out'
          ' the requests in flight when it stops, so the log may have a few more)' % (log_lines, answered, curls))
    print('load average after: %s; CPUs: %d' % (load_after, os.cpu_count()))

    # --- targets ----------------------------------------------------------------------
    verdicts = []

    def ratio(test, key):
        a = best(slab.results.get(test, []), key)
        b = best(ref.results.get(test, []), key)
        return a[key] / b[key] if a and b and b[key] > 0 else None

    for test, key, target in (('c64', 'rps', 1.0), ('c1000', 'rps', 0.8), ('download', 'mbps', 1.0)):
        if test in tests:
            r = ratio(test, key)
            verdicts.append(('%s >= %.1f x nginx' % (test, target), r is not None and r >= target,
                             'n/a' if r is None else '%.2f' % r))
    verdicts.append(('peak RSS < 100 MB', 0 < hwm < 100 * 1024, '%.1f MB' % (hwm / 1024.0)))
    slab_errors = sorted({r['errors'] for t in tests for r in slab.results.get(t, [])} - {'none'})
    verdicts.append(('no errors', not slab_errors, '; '.join(slab_errors) or 'none'))
    print()
    for name, ok, value in verdicts:
        print('%-22s %-4s (%s)' % (name, 'ok' if ok else 'MISS', value))

    return 0 if all(ok for _, ok, _ in verdicts) else 1


if __name__ == '__main__':
    sys.exit(main())
