# Seed 002 §4 tcp_send.py, indentation restored; the only change: host/port can be overridden
# with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:1246).
import os
import socket
# 创建一个客户端的socket对象
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# 设置要连接的服务端的ip和端口
client.connect((os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '1246'))))
# while循环是为了保证能持续进行对话
while True:
    # 输入发送的消息
    sendmsg = input("请输入要发送的内容:")
    # 发送数据,以二进制的形式发送数据,所以需要进行编码
    client.send(sendmsg.encode("utf-8"))
    # 如果客户端输入的是q,则停止对话并且退出程序
    if sendmsg == 'q':
        break
    msg = client.recv(1024)
    # 接收服务端返回的数据,需要解码
    print('收到服务端的回应:', msg.decode("utf-8"))
# 关闭客户端
client.close()
