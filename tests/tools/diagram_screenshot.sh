#!/bin/bash
# A screenshot of the window with the TCP server's log and conversation diagram (the 粘包
# exchange: a client sends "hello" and "world" at once, the server's one recv() gets
# "helloworld", then a Chinese line, then the client closes first). Needs xvfb-run, ImageMagick's
# import, ss and python3. A fresh HOME: nothing of the user's settings is read or changed.
#
#   tests/tools/diagram_screenshot.sh BIN OUT.png WIDTH HEIGHT LANGUAGE [PORT] [LAYOUT]
#   e.g. tests/tools/diagram_screenshot.sh build/h/app/socketlab docs/screenshots/tcp-diagram.png 1280 760 en 9000 diagram
# LANGUAGE: en or zh_CN; LAYOUT: both (the default: log and diagram side by side), diagram or log.
set -e
BIN=$(realpath "$1"); OUT=$(realpath -m "$2"); W=$3; H=$4; LNG=$5; PORT=${6:-9000}; LAYOUT=${7:-both}
H_DIR=$(mktemp -d)
mkdir -p "$H_DIR/.config/SocketLab"
printf '[tcp]\nserver\\log\\layout=%s\n\n[ui]\nlanguage=%s\n' "$LAYOUT" "$LNG" > "$H_DIR/.config/SocketLab/SocketLab.conf"
export HOME=$H_DIR XDG_CONFIG_HOME=$H_DIR/.config
xvfb-run -a -s "-screen 0 ${W}x${H}x24" bash -c "
  '$BIN' --open tcp-server --port $PORT -geometry ${W}x${H}+0+0 &
  APP=\$!
  for i in \$(seq 100); do ss -ltn | grep -q ':$PORT ' && break; sleep 0.1; done; sleep 0.5
  python3 - <<'PY'
import socket, time
s = socket.create_connection(('127.0.0.1', $PORT))
# corked: both sends leave in one segment, as they often do, so the server's one recv() gets "helloworld"
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
s.sendall(b'hello'); s.sendall(b'world')
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 0)
time.sleep(0.5)
s.sendall('你好，服务器'.encode())
time.sleep(0.3)
s.shutdown(socket.SHUT_WR)
time.sleep(0.3)
s.close()
PY
  sleep 1.5
  import -window root '$OUT'
  kill \$APP
"
rm -rf "$H_DIR"
