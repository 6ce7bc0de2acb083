#pragma once

class QUdpSocket;

// A large receive buffer for a UDP socket, so that a flood is queued by the kernel instead of
// dropped while the engine's thread is busy. Unprivileged, Linux caps SO_RCVBUF at
// net.core.rmem_max; with CAP_NET_ADMIN, SO_RCVBUFFORCE goes past it (linux/UdpReceiveBuffer.cpp;
// failing silently otherwise is fine). The portable build asks through Qt only.
class UdpReceiveBuffer
{
public:
    static void enlarge(QUdpSocket *socket, int bytes);
};
