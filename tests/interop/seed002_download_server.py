# Seed 002 §5 download_server.py, indentation restored, unchanged otherwise: the port is the
# command-line argument (python3 xxx.py 7890); files are looked up relative to the working
# directory.
import socket
import os
import sys

# 传输的分隔符
SEPARATOR = '<SEPARATOR>'


def main():
    if len(sys.argv) != 2:
        print("请按照如下方式运行:python3 xxx.py 7890")
        return
    else:
        # 运行方式为python3 xxx.py 7890
        port = int(sys.argv[1])
    # 文件缓冲区
    buffer_size = 4096 * 10
    # 创建socket
    tcp_server_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # 本地信息
    address = ('', port)
    # 绑定本地信息
    tcp_server_socket.bind(address)
    # 将主动套接字变为被动套接字
    tcp_server_socket.listen(128)
    while True:
        # 等待客户端的链接,即为这个客户端发送文件
        client_socket, client_addr = tcp_server_socket.accept()
        # 接收对方发送过来的数据
        recv_data = client_socket.recv(1024)
        file_name = recv_data.decode("utf-8")
        exist = os.path.exists(file_name)
        if exist:
            try:
                # 获取下载文件的大小
                file_size = os.path.getsize(file_name)
                # 通知状态和大小
                client_socket.sendall(f"{0}{SEPARATOR}{file_size}".encode('utf-8'))
                print("对方请求下载的文件名为:%s" % file_name)
                f = open(file_name, 'rb')
                while True:
                    bytes_read = f.read(buffer_size)
                    if len(bytes_read) == 0:
                        break
                    client_socket.send(bytes_read)
            except Exception as result:
                print(f"服务端异常{result}")
            finally:
                # 关闭这个套接字
                client_socket.close()
        else:
            print("下载的文件不存在")
            client_socket.send(f"{-1}{SEPARATOR}{file_name}文件不存在".encode('utf-8'))
    # 关闭监听套接字
    tcp_server_socket.close()


if __name__ == "__main__":
    main()
