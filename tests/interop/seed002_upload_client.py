# Seed 002 §6 upload_client.py, indentation restored. Changes: host/port can be overridden
# with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:12800), and tqdm (not installed)
# is replaced by a stand-in with the same calls. Everything else is the seed's code.
import os
import os.path
import socket


class tqdm:  # noqa: N801 - stand-in for `from tqdm import tqdm`: same calls, prints nothing
    def __init__(self, *args, **kwargs):
        self.n = 0

    def update(self, n):
        self.n += n


SEPARATOR = '<SEPARATOR>'


def main():
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    file_name = input("请输入要上传的文件名:")
    buffer_size = 10 * 1024
    exist = os.path.exists(file_name)
    if exist:
        client.connect((os.environ.get('SEED_HOST', '127.0.0.1'), int(os.environ.get('SEED_PORT', '12800'))))
        # 先传输要上传的文件名和大小
        file_size = os.path.getsize(file_name)
        client.send(f"{file_name}{SEPARATOR}{file_size}".encode('utf-8'))
        # 等待服务端响应
        rect = client.recv(1024).decode('utf-8')
        if rect:
            print("开始上传")
            progress = tqdm(file_size, f'上传{file_name}', unit='byte', unit_divisor=buffer_size, unit_scale=True)
            upload_file = open(file_name, 'rb')
            while True:
                bytes_read = upload_file.read(buffer_size)
                if bytes_read:
                    client.send(bytes_read)
                    progress.update(len(bytes_read))
                else:
                    print("上传完毕")
                    break
            upload_file.close()
            client.close()
        else:
            print("服务端未响应")


if __name__ == '__main__':
    main()
