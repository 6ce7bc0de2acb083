# Seed 004 server.py: one request, reply "Yes", close. The only change: the address can be
# overridden with SEED_HOST / SEED_PORT (defaults: the seed's 127.0.0.1:8000).
import os
import socket
# Address
HOST = os.environ.get('SEED_HOST', '127.0.0.1')
PORT = int(os.environ.get('SEED_PORT', '8000'))
# Configure socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind((HOST, PORT))
# passively wait, 3: maximum number of connections in the queue
s.listen(3)
# accept and establish connection
conn, addr = s.accept()
# receive message
request = conn.recv(1024)
print ('request is: ',request)
print ('Connected by', addr)
# send message
reply = 'Yes'
conn.sendall(reply.encode())
# close connection
conn.close()
