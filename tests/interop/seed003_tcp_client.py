#!/usr/bin/env python
# -*- coding:utf-8 -*-
# Seed 003 socker_client.py (client of the upper-casing server, quits on "exit"); the only
# change: the address can be overridden with SEED_HOST / SEED_PORT (default 127.0.0.1:9000).
import os
import socket
ip_add=(os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '9000')))

s = socket.socket()  # 创建套接字对象
s.connect(ip_add)    # s.connect连接服务器

while True:
    send_data = input(">>>:")
    if send_data == 'exit': break
    if len(send_data) == 0:continue
    s.send(bytes(send_data,encoding="utf-8"))   # s.send发送信息

    recv_data = s.recv(1024)    # s.recv接收服务器发来的信息
    #未设置sk.setblocking(bool)时,默认阻塞
    print(str(recv_data,encoding="utf-8"))

s.close()
