# Seed 002 §2 udp_receive.py, indentation restored; the only change: host/port can be overridden
# with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:1234).
import os
import socket
# 服务端
udp_socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# bind接收一个元组,用于绑定本地的ip地址和端口号,ip如果''则会绑定本机的任意一个ip, 端口如果不指定,系统会随机分配
# 127.0.0.1为本地回环地址
udp_socket.bind((os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '1234'))))
print("服务端已开启")
while True:
    # 接收数据, 本次接收最大支持64kb, 得到一个元组
    recv_data = udp_socket.recvfrom(64 * 1024)
    # 第1个元素是对方发送的数据, 需要先解码
    data = recv_data[0].decode('utf-8')
    # 第二个元素也是一个元组,保存了对方的ip和端口号
    who = recv_data[1]
    print(f"收到数据:{data}{who}")
    if data == "bye":
        break
udp_socket.close()
