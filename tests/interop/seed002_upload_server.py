# Seed 002 §6 upload_server.py, indentation restored. Change: the port can be overridden with
# SEED_PORT (default: the seed's 12800). Saves "[接收]<name>" in the working directory.
import os
import socket

# 传输的分隔符
SEPARATOR = '<SEPARATOR>'


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(('127.0.0.1', int(os.environ.get('SEED_PORT', '12800'))))
    server.listen(128)
    buffer_size = 10 * 1024
    while True:
        # 等待客户端接入
        client, addr = server.accept()
        bytes_read = client.recv(buffer_size).decode('utf-8')
        file_name, file_size = bytes_read.split(SEPARATOR)
        print(f"收到文件名:{file_name}, 大小:{file_size}")
        # 回应客户端可以开始上传了
        client.send("ok".encode('utf-8'))
        # 接收数据
        file = open(f'[接收]{file_name}', 'wb')
        try:
            """第二种方式, 不需要客户端告知文件大小"""
            while True:
                bytes_read = client.recv(buffer_size)
                if bytes_read:
                    file.write(bytes_read)
                else:
                    break
        except Exception as result:
            print(f"服务端异常{result}")
        finally:
            file.close()
            client.close()


if __name__ == '__main__':
    main()
