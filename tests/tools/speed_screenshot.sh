#!/bin/bash
# A screenshot of the file tab's server with transfers running and the speed graph: a classic
# download read at about 3 MiB/s and, a few seconds later, a classic upload sent at 1 to 2 MiB/s
# (paced by python3 clients like the seed's, so the transfers last long enough to draw). With
# ROW (1, 2 …) that row of the transfers table is clicked first, so the graph shows that transfer
# and the total; without it, the total alone. Needs xvfb-run, ImageMagick's import, xdotool, ss
# and python3. A fresh HOME: nothing of the user's settings is read or changed.
#
#   tests/tools/speed_screenshot.sh BIN OUT.png WIDTH HEIGHT LANGUAGE [PORT] [ROW]
#   e.g. tests/tools/speed_screenshot.sh build/h/app/socketlab docs/screenshots/file-speed.png 1280 760 en 9100 1
# PORT is the first of three free ports (classic download, classic upload, SocketLab).
set -e
BIN=$(realpath "$1"); OUT=$(realpath -m "$2"); W=$3; H=$4; LNG=$5; PORT=${6:-9100}; ROW=${7:-}
H_DIR=$(mktemp -d)
mkdir -p "$H_DIR/.config/SocketLab" "$H_DIR/shared" "$H_DIR/inbox"
printf '[ui]\nlanguage=%s\n' "$LNG" > "$H_DIR/.config/SocketLab/SocketLab.conf"
truncate -s 200M "$H_DIR/shared/lecture-08-video.mp4"
export HOME=$H_DIR XDG_CONFIG_HOME=$H_DIR/.config
xvfb-run -a -s "-screen 0 ${W}x${H}x24" bash -c "
  '$BIN' --open file-server --root '$H_DIR/shared' --inbox '$H_DIR/inbox' --bind localhost \
      --download-port $PORT --upload-port $((PORT + 1)) --port $((PORT + 2)) -geometry ${W}x${H}+0+0 &
  APP=\$!
  for i in \$(seq 100); do ss -ltn | grep -q ':$((PORT + 2)) ' && break; sleep 0.1; done; sleep 0.5
  python3 - <<'PY' &
import socket, threading, time
def download():
    s = socket.create_connection(('127.0.0.1', $PORT))
    s.sendall('lecture-08-video.mp4'.encode())
    s.recv(1024)
    t0 = time.time()
    while time.time() - t0 < 30:
        if not s.recv(160 * 1024): break
        time.sleep(0.05)
    s.close()
def upload():
    time.sleep(4)
    size = 100 * 1024 * 1024
    s = socket.create_connection(('127.0.0.1', $((PORT + 1))))
    s.sendall(('lab3-report.pdf<SEPARATOR>%d' % size).encode())
    s.recv(1024)
    t0 = time.time()
    while time.time() - t0 < 30:
        phase = (time.time() - t0) % 6
        s.sendall(b'x' * int((50 + 50 * abs(phase - 3) / 3) * 1024))
        time.sleep(0.05)
    s.close()
threads = [threading.Thread(target=f, daemon=True) for f in (download, upload)]
for t in threads: t.start()
time.sleep(40)
PY
  CLIENTS=\$!
  sleep 6
  if [ -n '$ROW' ]; then
    WIN=\$(xdotool search --sync --pid \$APP --onlyvisible | head -1)
    # Row ROW of the server's table: the first is 185 pixels down (menu, tabs, role, the folded
    # settings with a one-line state, the table's header), each 22 pixels high; the File column.
    xdotool mousemove --window \$WIN 280 \$(( 185 + ($ROW - 1) * 22 )) click 1
  fi
  sleep 10
  import -window root '$OUT'
  kill \$CLIENTS \$APP
"
rm -rf "$H_DIR"
