# Seed 004 Httpserver.py as it is (indentation restored); the only change: SEED_HOST / SEED_PORT
# override the address (default: the seed's "":8000). test.jpg is read from the working directory.
#
# It is Python 2 code and does not run under Python 3: open('test.jpg') fails when there is no
# test.jpg, and when there is one, pic_content.bytes() raises AttributeError (str has no
# .bytes() method; Python 3 would need pic_content.encode()). So the server stops before bind()
# and nothing listens. Fixed that far, it would still crash on the first request:
# conn.recv() returns bytes, and request.split(' ') raises TypeError (a str separator on bytes).
import os
import socket
# Address
HOST = os.environ.get('SEED_HOST', '')
PORT = int(os.environ.get('SEED_PORT', '8000'))
# Prepare HTTP response
text_content = '''HTTP/1.x 200 OK
Content-Type: text/html
WOW
Wow, Python Server
'''
# Read picture, put into HTTP format
f = open('test.jpg','rb')
pic_content = '''
HTTP/1.x 200 OK
Content-Type: image/jpg
'''
pic_content = pic_content.bytes()+ f.read()
f.close()
# Configure socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind((HOST, PORT))
# infinite loop, server forever
while True:
    # 3: maximum number of requests waiting
    s.listen(3)
    conn, addr = s.accept()
    request = conn.recv(1024)
    method = request.split(' ')[0]
    src = request.split(' ')[1]
    # deal with GET method
    if method == 'GET':
        # ULR
        if src == '/test.jpg':
            content = pic_content
        else: content = text_content
        print ('Connected by', addr)
        print ('Request is:', request)
        conn.sendall(content.bytes())
    # close connection
    conn.close()
