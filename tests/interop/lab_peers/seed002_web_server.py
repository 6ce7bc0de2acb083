# coding=utf-8
# Seed 002 §8 "web静态服务器-按需显示指定的页面" (single process), indentation restored. The only
# changes: SEED_HOST / SEED_PORT override the address (default: the seed's "":7788) and SEED_ROOT
# the folder it serves (default: the working directory, as in the seed).
#
# As the seed stands, it fails under Python 3 for a missing page: response_body is then the str
# "====sorry ,file not found====" and client_socket.send(str) raises TypeError after the 404
# status line went out, which ends the whole server (no try around handle_client).
import os
import socket
import re

os.chdir(os.environ.get('SEED_ROOT', '.'))


def handle_client(client_socket):
    "为一个客户端进行服务"
    global response_headers, response_body
    recv_data = client_socket.recv(1024).decode('utf-8', errors="ignore")
    request_header_lines = recv_data.splitlines()
    for line in request_header_lines:
        print(line)
    http_request_line = request_header_lines[0]
    # 从请求头的第一行中获取请求的资源路径 ,例如http://127.0.0.1:7788/index.html ==> /index.html
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


def main():
    "作为程序的主控制入口"
    server_socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server_socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server_socket.bind((os.environ.get('SEED_HOST', ''), int(os.environ.get('SEED_PORT', '7788'))))
    server_socket.listen(128)
    while True:
        client_socket, clien_cAddr = server_socket.accept()
        handle_client(client_socket)


if __name__ == "__main__":
    main()
