#include "UdpBatchReader.h"

// The reading itself is in linux/UdpBatchReader.cpp (recvmmsg) or portable/UdpBatchReader.cpp.

UdpBatchReader::UdpBatchReader()
{
    m_datagrams.resize(Slots);
}

const UdpBatchReader::Datagram &UdpBatchReader::at(int index) const
{
    return m_datagrams.at(size_t(index));
}
