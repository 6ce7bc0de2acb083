# Seed 002 §4 tcp_receive.py, indentation restored; the only change: host/port can be
# overridden with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:1246).
import os
import socket
# 创建服务端的socket对象socketserver
socketserver = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
host = os.environ.get('SEED_HOST', '127.0.0.1')
port = int(os.environ.get('SEED_PORT', '1246'))
# 绑定地址(包括ip地址会端口号)
socketserver.bind((host, port))
# 设置监听
socketserver.listen(5)
# 等待客户端的连接
# 注意:accept()函数会返回一个元组, 元素1为客户端的socket对象,元素2为客户端的地址(ip地址,端口号)
client_socket, addr = socketserver.accept()
# while循环是为了能让对话一直进行,直到客户端输入q
while True:
    # 接收客户端数据, 阻塞方法
    recvmsg = client_socket.recv(1024)
    # 把接收到的数据进行解码
    strData = recvmsg.decode("utf-8")
    print(f"收到来自{addr}的消息:" + strData)
    # 判断客户端是否发送q,是就退出此次对话
    if strData == 'q':
        break
    client_socket.send("已送达".encode("utf-8"))
socketserver.close()
