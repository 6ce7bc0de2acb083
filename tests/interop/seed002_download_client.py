# Seed 002 §5 download_client.py, indentation restored. Changes: host/port can be overridden
# with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:7890), and tqdm (not installed)
# is replaced by a stand-in with the same calls. Everything else is the seed's code.
import os
import socket


class _Tqdm:
    """Stand-in for tqdm.tqdm: same constructor and update(), prints nothing."""
    def __init__(self, *args, **kwargs):
        self.n = 0

    def update(self, n):
        self.n += n


class tqdm:  # noqa: N801 - mimics the module name used by the seed (tqdm.tqdm)
    tqdm = _Tqdm


# 传输的分隔符
SEPARATOR = '<SEPARATOR>'


def main():
    # 文件缓冲区
    buffer_size = 10 * 1024
    # 创建socket
    tcp_client_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # 目的信息
    server_ip = os.environ.get('SEED_HOST', '127.0.0.1')
    server_port = int(os.environ.get('SEED_PORT', '7890'))
    # 链接服务器
    tcp_client_socket.connect((server_ip, server_port))
    # 输入需要下载的文件名
    file_name = input("请输入要下载的文件名:")
    # 发送文件下载请求
    tcp_client_socket.send(file_name.encode("utf-8"))
    # 接收rcode和文件大小
    recv_data = tcp_client_socket.recv(1024)
    rcode, file_size = recv_data.decode('utf-8').split(SEPARATOR)
    rcode = int(rcode)
    if rcode == 0 and file_size:
        file_size = int(file_size)
        print(f'接收到的文件大小:{file_size}')
        # 文件接进度
        progress = tqdm.tqdm(file_size, f'接收{file_name}', unit='byte', unit_divisor=buffer_size, unit_scale=True)
        # 创建接收文件
        new_file = open("[接收]" + file_name, "wb")
        while True:
            recv_data = tcp_client_socket.recv(buffer_size)
            if len(recv_data) == 0:
                new_file.close()
                break
            new_file.write(recv_data)
            # 更新进度
            progress.update(len(recv_data))
    else:
        print(f"下载失败:{file_size}")
    # 关闭套接字
    tcp_client_socket.close()


if __name__ == "__main__":
    main()
