# Seed 003 socker_server.py (UDP version, answers every datagram with "ok"); the only change:
# the address can be overridden with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:9999).
# 服务端
import os
import socket
ip_port = (os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '9999')))
sk = socket.socket(socket.AF_INET,socket.SOCK_DGRAM,0)
sk.bind(ip_port)

while True:
    data,(host,port) = sk.recvfrom(1024)
    print(data,host,port)
    sk.sendto(bytes('ok', encoding='utf-8'), (host,port))
