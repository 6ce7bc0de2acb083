# Seed 003 socker_client.py (UDP version, waits for the server's reply after each send); the only
# change: the address can be overridden with SEED_HOST / SEED_PORT (defaults: the seed's
# 127.0.0.1:9999).
#客户端
import os
import socket
ip_port = (os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '9999')))

sk = socket.socket(socket.AF_INET,socket.SOCK_DGRAM,0)
while True:
    inp = input('数据:').strip()
    if inp == 'exit':
        break
    sk.sendto(bytes(inp, encoding='utf-8'),ip_port)
    data = sk.recvfrom(1024)
    print(data)

sk.close()
