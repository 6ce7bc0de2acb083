# Seed 004 client.py: sends "can you hear me?", prints the reply, closes. The only change: the
# address can be overridden with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:8000).
import os
import socket
# Address
HOST = os.environ.get('SEED_HOST', '127.0.0.1')
PORT = int(os.environ.get('SEED_PORT', '8000'))
request = 'can you hear me?'
# configure socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((HOST, PORT))
# send message
s.sendall(request.encode())
# receive message
reply = s.recv(1024)
print ('reply is: ',reply)
# close connection
s.close()
