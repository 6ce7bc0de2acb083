# coding=utf-8
# Seed 002 §9 "Web静态服务器-多进程响应请求", indentation restored. The only changes: SEED_HOST /
# SEED_PORT override the address (default: the seed's "":8888) and SEED_ROOT the folder it serves
# (default: the working directory, as in the seed).
#
# Like §8 it sends the str body of a 404 with socket.send(), a TypeError under Python 3; here
# it only kills the child process that served that request, after the 404 status line went out.
import os
import socket
import re
import multiprocessing

os.chdir(os.environ.get('SEED_ROOT', '.'))


class WSGIServer(object):
    def __init__(self, server_address):
        # 创建一个tcp套接字
        self.listen_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # 允许立即使用上次绑定的port
        self.listen_socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # 绑定
        self.listen_socket.bind(server_address)
        # 变为被动,并制定队列的长度
        self.listen_socket.listen(128)

    def serve_forever(self):
        "循环运行web服务器,等待客户端的链接并为客户端服务"
        while True:
            # 等待新客户端到来
            client_socket, client_address = self.listen_socket.accept()
            new_process = multiprocessing.Process(target=self.handle_client, args=(client_socket,))
            new_process.start()
            # 因为子进程已经复制了父进程的套接字等资源,所以父进程调用close不会将他们对应的这个链接关闭的
            client_socket.close()

    def handle_client(self, client_socket):
        "为一个客户端进行服务"
        global response_headers, response_body
        recv_data = client_socket.recv(1024).decode('utf-8', errors="ignore")
        request_header_lines = recv_data.splitlines()
        for line in request_header_lines:
            print(line)
        http_request_line = request_header_lines[0]
        # 请求头第一行是:GET /index.html HTTP/1.1
        req_file_name = re.match("[^/]+/([^ ]*)", http_request_line).group(1)
        print("file name is ===>%s" % req_file_name)
        # 如果没有指定访问哪个页面。例如index.html
        # GET / HTTP/1.1
        if req_file_name == "":
            req_file_name = "index.html"
        try:
            f = open(req_file_name, "rb")
        except IOError:
            # 404表示没有这个页面
            response_headers = "HTTP/1.1 404 not found\r\n"
            response_headers += "\r\n"
            response_body = "====sorry ,file not found===="
        else:
            response_headers = "HTTP/1.1 200 OK\r\n"
            response_headers += "\r\n"
            # 读取文件的内容,返回给客户端
            response_body = f.read()
            f.close()
        finally:
            # 因为头信息在组织的时候,是按照字符串组织的,不能与以二进制打开文件读取的数据合并,因此分开发送
            # 先发送response的头信息
            client_socket.send(response_headers.encode('utf-8'))
            # 再发送body
            client_socket.send(response_body)
            client_socket.close()


# 设定服务器的端口
SERVER_ADDR = (HOST, PORT) = os.environ.get('SEED_HOST', ''), int(os.environ.get('SEED_PORT', '8888'))


def main():
    httpd = WSGIServer(SERVER_ADDR)
    print("web Server: Serving HTTP on port %d ...\n" % PORT)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
