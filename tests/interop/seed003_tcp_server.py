#!/usr/bin/env python
# -*- coding:utf-8 -*-
# Seed 003 socker_server.py (upper-casing server); the only change: the address can be
# overridden with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:9000).
import os
import socket
ip_add=(os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '9000')))

s = socket.socket()     # 创建套接字对象
s.bind(ip_add)          # 绑定ip和端口必须是元组
s.listen(5)             # 设置连接池挂起的数量

while True:
    conn,addr = s.accept()  # 接受客户端的连接,conn是客户端连接服务端的电信号,addr客户端ip,port
    #未设置sk.setblocking(bool)时,默认阻塞

    while True:
        try:
            recv_data = conn.recv(1024)    # conn.recv接收客户端信息1024允许接受的字节最大8k
            #未设置sk.setblocking(bool)时,默认阻塞

            if len(recv_data) == 0:break

            send_data = recv_data.upper()
            conn.send(send_data)   # conn.send发送信息
        except Exception:
            break

    conn.close()
