#!/usr/bin/env python
# -*- coding:utf-8 -*-
# Seed 003 client of the select() server; the only change: the address can be overridden
# with SEED_HOST / SEED_PORT (default 127.0.0.1:9000).

import os
import socket
ip_add=(os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '9000')))

s = socket.socket()
s.connect(ip_add)
data = s.recv(1024)
print(data)
while True:
    send_data = input(">>>:")
    if send_data == 'exit': break
    if len(send_data) == 0:continue

    s.sendall(bytes(send_data,encoding='utf-8'))

    print(s.recv(1024))

s.close()
