#pragma once

#include <QCoreApplication>
#include <QString>

#include "TransferInfo.h"

// How a transfer is described in words, for the file commands and the file tab alike: one event
// line per start/finish, a progress line (stderr), sizes and speeds in readable units.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(TransferText)

public:
    static QString started(const TransferInfo &info);
    static QString finished(const TransferInfo &info);
    static QString progress(const TransferInfo &info);
    static QString size(qint64 bytes);
    static QString speed(double bytesPerSecond);
};
