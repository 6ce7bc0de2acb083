#pragma once

#include <QMetaType>
#include <QString>

#include "TransferInfo.h"

// What a client-side transfer should do; handed to TransferManager::add().
struct TransferRequest
{
    TransferInfo::Direction direction = TransferInfo::Direction::Download;
    TransferInfo::Protocol protocol = TransferInfo::Protocol::Slft;
    QString host;
    quint16 port = 0;
    // Download: the name/path on the server. Upload: the name announced to the server
    // (empty: the local file's name).
    QString remoteName;
    // Download: the folder to save into. Upload: the local file to send.
    QString localPath;
};

Q_DECLARE_METATYPE(TransferRequest)
