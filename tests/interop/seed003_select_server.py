#!/usr/bin/env python
# -*- coding:utf-8 -*-
# Seed 003 select() server: "hello" on connect, "response" after each message. The only
# change: the address can be overridden with SEED_HOST / SEED_PORT (default 127.0.0.1:9000).

import os
import socket
import select

ip_add = (os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '9000')))

sk = socket.socket()
sk.bind(ip_add)
sk.listen(5)

inputs = [sk, ]
outputs = []
while True:

    rlist, wlist, e = select.select(inputs, outputs, [], 1)#此处阻塞1秒
    print(len(inputs), len(rlist), len(wlist), len(outputs))
    print(inputs,'>',rlist,'>',wlist,'>',outputs)

    for r in rlist:
        if r == sk:
            # 新客户端来链接
            print(id(r),id(sk))
            print(r)
            conn, addr = r.accept()
            # conn是什么?其实也是socket对象
            inputs.append(conn)
            conn.sendall(bytes('hello', encoding='utf-8'))
        else:
            # 是以存在的conn对象,给我发消息了
            try:
                ret = r.recv(1024)
                # r.sendall(ret)
                if not ret:
                    raise Exception('断开链接')
                else:
                    outputs.append(r)
            except Exception as e:
                inputs.remove(r)

    # 所有给我发过消息的人
    for w in wlist:
        w.sendall(bytes('response', encoding='utf-8'))
        outputs.remove(w)
