# Seed 002 §2 udp_send.py, indentation restored; the only change: host/port can be overridden
# with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:1234).
import os
import socket
# 创建客户端
udp_socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
while True:
    send_data = input("请输入要发送的数据:")
    # 发送数据
    udp_socket.sendto(send_data.encode("utf-8"), (os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '1234'))))
    if send_data == "bye":
        break
udp_socket.close()
