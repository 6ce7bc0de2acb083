#pragma once

#include <QList>

#include "TrafficEvent.h"
#include "TransferInfo.h"

// A file transfer as traffic events, for the events file of file-server, get and put (the file
// engines report transfers, not each chunk): its start as a state event, and at its end one data
// event with the number of bytes that crossed the wire (the bytes themselves are not kept: the
// event says "truncated"), then the result as a state event (done) or an error (failed,
// cancelled). The texts are the ones the commands print (TransferText).
class TransferEvents
{
public:
    enum class Side { Server, Client };

    static TrafficEvent started(const TransferInfo &info);
    static QList<TrafficEvent> finished(const TransferInfo &info, Side side);
};
