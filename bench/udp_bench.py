#!/usr/bin/env python3
"""UDP benchmark: 64-byte datagrams sent at a paced rate (default 50,000/s for 5 s) over loopback
to each receiver below, all measured in the same run:

  headless        `socketlab udp --port P --bind 127.0.0.1` printing one line per datagram
                  (stdout to a file, as a user redirecting the log would)
  headless-quiet  the same with --quiet (counters only)
  gui             `socketlab --open udp --port P --bind 127.0.0.1` (the window, offscreen by default
                  or under Xvfb with --xvfb), with SOCKETLAB_REPORT_STALLS=1: the longest stall of
                  the GUI thread while the datagrams arrive is read from its stderr. The UDP
                  tab shows its live throughput chart (ThroughputChart, beside the counters),
                  so this row is the flood with the chart visible and ticking once a second
  gui-diagram     the same window with the traffic view's diagram beside the log (View → Log and
                  diagram side by side), rebuilt from the newest events while the flood arrives
  python          a tight Python recvfrom() loop (reference)
  socat           `socat -u UDP-RECV:P /dev/null` (reference, when socat is installed)

For each: datagrams sent, datagrams received, lost (datagrams the kernel dropped for the
receiver's socket, from the `drops` column of /proc/net/udp, after its queue drained), the
receiver's own count where it reports one, the longest GUI stall, and peak RSS (VmHWM).

Usage: bench/udp_bench.py [--bin build/.../socketlab] [--rate 50000] [--seconds 5] [--size 64]
                          [--only headless,gui,...] [--xvfb]
Targets: no loss at 50,000/s on loopback, GUI stall < 50 ms, peak RSS < 150 MB.
"""
import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def udp_socket_stats(port):
    """(rx_queue bytes, drops) of the UDP socket bound to 127.0.0.1:port, or None."""
    want = '0100007F:%04X' % port
    try:
        with open('/proc/net/udp') as f:
            next(f)
            for line in f:
                fields = line.split()
                if fields[1] == want:
                    rx_queue = int(fields[4].split(':')[1], 16)
                    return rx_queue, int(fields[12])
    except OSError:
        pass
    return None


def wait_bound(proc, port, what, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if udp_socket_stats(port) is not None:
            return
        if proc is not None and proc.poll() is not None:
            sys.exit('%s exited before binding (status %s)' % (what, proc.returncode))
        time.sleep(0.02)
    sys.exit('%s did not bind 127.0.0.1:%d' % (what, port))


def wait_drained(port, timeout=30):
    """Waits until the receiver has read everything queued; returns the socket's drop count."""
    end = time.monotonic() + timeout
    stats = udp_socket_stats(port)
    while stats is not None and stats[0] > 0 and time.monotonic() < end:
        time.sleep(0.02)
        stats = udp_socket_stats(port)
    return stats[1] if stats else -1


def read_text(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return '?'


def cpu_seconds(pid):
    """User + system CPU time of a process (all its threads) so far."""
    try:
        with open('/proc/%d/stat' % pid) as f:
            fields = f.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
    except OSError:
        return -1.0


def vm_hwm_kib(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def paced_send(port, rate, seconds, size):
    """Sends `rate` datagrams a second for `seconds`, in 1 ms slices; returns how many were sent."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 * 1024 * 1024)
    payload = b'x' * size
    target = ('127.0.0.1', port)
    total = int(rate * seconds)
    sent = 0
    start = time.perf_counter()
    while sent < total:
        due = min(total, int((time.perf_counter() - start) * rate) + 1)
        while sent < due:
            try:
                s.sendto(payload, target)
                sent += 1
            except (BlockingIOError, OSError):
                break
        time.sleep(0.0005)
    elapsed = time.perf_counter() - start
    s.close()
    return sent, elapsed


class StderrReader:
    """Collects a child's stderr lines; keeps the GUI stall reports with their arrival time."""

    def __init__(self, stream):
        self.lines = []
        self.stalls = []   # (monotonic time, recent ms or None, max ms)
        self._max = 0
        self.thread = threading.Thread(target=self._run, args=(stream,), daemon=True)
        self.thread.start()

    def _run(self, stream):
        for raw in iter(stream.readline, b''):
            line = raw.decode('utf-8', 'replace').rstrip('\n')
            self.lines.append(line)
            m = re.match(r'gui-stall-(max|recent)-ms (\d+)', line)
            if m and m.group(1) == 'max':
                self._max = int(m.group(2))
                self.stalls.append((time.monotonic(), None, self._max))
            elif m:
                t, _, mx = self.stalls[-1] if self.stalls else (time.monotonic(), None, self._max)
                self.stalls[-1:] = [(t, int(m.group(2)), mx)]

    def stall_idle(self, start, end):
        """The longest GUI stall reported for whole seconds between start and end (no load)."""
        return max((s[1] for s in self.stalls if start < s[0] <= end and s[1] is not None), default=-1)

    def stall_during(self, start, end):
        """The longest GUI stall reported for the seconds between start and end (+ one report)."""
        window = [s for s in self.stalls if start < s[0] <= end + 1.5]
        recent = [s[1] for s in window if s[1] is not None]
        if recent:
            return max(recent)
        # An older binary reports only the maximum since start-up.
        return max((s[2] for s in window), default=-1)


def run_receiver(name, args, port, opts, env=None, stdout=subprocess.DEVNULL, counts=None, settle=0.0):
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE,
                            env=env)
    err = StderrReader(proc.stderr)
    wait_bound(proc, port, name)
    bound_at = time.monotonic()
    if settle:
        time.sleep(settle)   # let a window finish its first paint before the load starts
    _, drops_before = udp_socket_stats(port)
    cpu_before = cpu_seconds(proc.pid)
    start = time.monotonic()
    sent, elapsed = paced_send(port, opts.rate, opts.seconds, opts.size)
    end = time.monotonic()
    drops = wait_drained(port) - drops_before
    time.sleep(1.2 if 'gui' in name else 0.1)   # one more stall report
    rss = vm_hwm_kib(proc.pid)
    cpu = cpu_seconds(proc.pid) - cpu_before
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    err.thread.join(5)
    own = counts(err) if counts else None
    stall = err.stall_during(start, end) if 'gui' in name else None
    # The same measure before the load, once the window is up: what the machine alone causes.
    idle = err.stall_idle(bound_at + 1.2, start) if 'gui' in name else None
    return {'name': name, 'sent': sent, 'rate': sent / elapsed, 'lost': drops,
            'received': sent - drops, 'own': own, 'stall': stall, 'idle_stall': idle, 'rss': rss, 'status': proc.returncode,
            'cpu_us': cpu * 1e6 / max(1, sent - drops)}


def cli_counter(path):
    def read(_err):
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                m = re.match(r'Counters: datagrams received (\d+)', line)
                if m:
                    return int(m.group(1))
        return None
    return read


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin', default=os.environ.get('SOCKETLAB_BIN', os.path.join(HERE, '..', 'build', 'udp', 'app', 'socketlab')))
    ap.add_argument('--rate', type=float, default=50000)
    ap.add_argument('--seconds', type=float, default=5)
    ap.add_argument('--size', type=int, default=64)
    ap.add_argument('--only', default='headless,headless-quiet,gui,gui-diagram,python,socat')
    ap.add_argument('--xvfb', action='store_true', help='run the GUI under Xvfb instead of offscreen')
    opts = ap.parse_args()
    binary = os.path.abspath(opts.bin)
    if not os.access(binary, os.X_OK):
        sys.exit('no socketlab binary at %s (use --bin)' % binary)
    wanted = opts.only.split(',')
    load_before = os.getloadavg()[0]
    tmp = tempfile.mkdtemp(prefix='udp_bench_')
    results = []
    xvfb = None
    try:
        if 'headless' in wanted:
            port = free_udp_port()
            log = os.path.join(tmp, 'headless.log')
            with open(log, 'wb') as out:
                results.append(run_receiver('headless', [binary, 'udp', '--port', str(port), '--bind', '127.0.0.1'],
                                            port, opts, stdout=out, counts=cli_counter(log)))
        if 'headless-quiet' in wanted:
            port = free_udp_port()
            log = os.path.join(tmp, 'quiet.log')
            with open(log, 'wb') as out:
                results.append(run_receiver('headless-quiet',
                                            [binary, 'udp', '--port', str(port), '--bind', '127.0.0.1', '--quiet'],
                                            port, opts, stdout=out, counts=cli_counter(log)))
        for gui_row in [w for w in ('gui', 'gui-diagram') if w in wanted]:
            # gui-diagram: the same window with the traffic view's diagram beside the log (and the
            # throughput chart, always shown), the worst case for the GUI thread under the flood.
            home = os.path.join(tmp, gui_row)
            config = os.path.join(home, 'config')
            os.makedirs(os.path.join(config, 'SocketLab'), exist_ok=True)
            if gui_row == 'gui-diagram':
                with open(os.path.join(config, 'SocketLab', 'SocketLab.conf'), 'w') as conf:
                    conf.write('[udp]\nlog\\layout=both\n')
            env = dict(os.environ, SOCKETLAB_REPORT_STALLS='1', HOME=home, XDG_CONFIG_HOME=config,
                       XDG_RUNTIME_DIR=tmp)
            if opts.xvfb:
                display = ':%d' % (150 + os.getpid() % 100)
                xvfb = subprocess.Popen(['Xvfb', display, '-screen', '0', '1280x800x24'],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(1)
                env.update(DISPLAY=display, QT_QPA_PLATFORM='xcb')
            else:
                env['QT_QPA_PLATFORM'] = 'offscreen'
            port = free_udp_port()
            results.append(run_receiver('%s (%s)' % (gui_row, 'xvfb' if opts.xvfb else 'offscreen'),
                                        [binary, '--open', 'udp', '--port', str(port), '--bind', '127.0.0.1'],
                                        port, opts, env=env, settle=3.5))
        if 'python' in wanted:
            port = free_udp_port()
            code = ('import socket,signal,sys\n'
                    's=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\n'
                    's.setsockopt(socket.SOL_SOCKET,socket.SO_RCVBUF,8*1024*1024)\n'
                    's.bind(("127.0.0.1",%d))\n'
                    'n=0\n'
                    'def done(*a):\n'
                    '    sys.stderr.write("received %%d\\n"%%n); sys.stderr.flush(); sys.exit(0)\n'
                    'signal.signal(signal.SIGTERM,done)\n'
                    'while True:\n'
                    '    s.recvfrom(65535); n+=1\n' % port)

            def py_count(err):
                for line in err.lines:
                    if line.startswith('received '):
                        return int(line.split()[1])
                return None
            results.append(run_receiver('python recvfrom loop', [sys.executable, '-c', code], port, opts,
                                        counts=py_count))
        if 'socat' in wanted and shutil.which('socat'):
            port = free_udp_port()
            results.append(run_receiver('socat', ['socat', '-u', 'UDP-RECV:%d,bind=127.0.0.1,rcvbuf=8388608' % port,
                                                  '/dev/null'], port, opts))
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(tmp, ignore_errors=True)

    print('UDP benchmark: %d-byte datagrams, paced %s/s for %s s over loopback (127.0.0.1)'
          % (opts.size, format(int(opts.rate), ','), opts.seconds))
    print('machine: %d CPUs, load average before %.1f, after %.1f; %s; net.core.rmem_max %s'
          % (os.cpu_count(), load_before, os.getloadavg()[0], 'root' if os.geteuid() == 0 else 'not root',
             read_text('/proc/sys/net/core/rmem_max')))
    header = '%-24s %10s %10s %9s %8s %10s %10s %9s %9s' % ('receiver', 'sent', 'sent/s', 'received', 'lost',
                                                              'own count', 'GUI stall', 'peak RSS', 'CPU/dgram')
    print(header)
    print('-' * len(header))
    for r in results:
        print('%-24s %10s %10s %9s %8s %10s %10s %9s %9s' % (
            r['name'], format(r['sent'], ','), format(int(r['rate']), ','), format(r['received'], ','),
            format(r['lost'], ','), '-' if r['own'] is None else format(r['own'], ','),
            '-' if r['stall'] is None else '%d ms' % r['stall'],
            '%.1f MB' % (r['rss'] / 1024) if r['rss'] > 0 else '-', '%.1f us' % r['cpu_us']))
    print('CPU/dgram: the receiver\'s CPU time (all threads) per datagram received; it does not depend on\n'
          'how busy the machine is, unlike loss and stalls, which need a CPU to be free when datagrams arrive.')
    for r in results:
        if r.get('idle_stall') is not None:
            print('%s: longest GUI stall %d ms during the load, %d ms in the idle seconds before it '
                  '(what the machine alone causes; the throughput chart visible)' % (r['name'], r['stall'], r['idle_stall']))
    ok = True
    for r in results:
        if r['name'].startswith('headless') or r['name'].startswith('gui'):
            if r['lost'] != 0 or (r['own'] is not None and r['own'] != r['sent']):
                ok = False
            if r['stall'] is not None and r['stall'] >= 50:
                ok = False
            if r['rss'] >= 150 * 1024:
                ok = False
    print('targets (no loss, GUI stall < 50 ms, peak RSS < 150 MB): %s' % ('met' if ok else 'MISSED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
