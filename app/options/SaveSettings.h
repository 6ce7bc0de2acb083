#pragma once

#include <QCoreApplication>
#include <QString>

#include "OptionSpec.h"
#include "ReceiveRecorder.h"

class CommandLineReader;

// --save FILE and --save-format raw|hex of the chat commands (tcp-server, tcp-client, udp):
// every byte received, from every peer, written to FILE as it arrives (ReceiveRecorder), as raw
// bytes or as hex text lines. The window's --open takes them too (its "Receive to file" box).
struct SaveSettings
{
    Q_DECLARE_TR_FUNCTIONS(SaveSettings)

public:
    QString path;   // empty: nothing is saved
    ReceiveRecorder::Format format = ReceiveRecorder::Format::Raw;

    bool isSet() const { return !path.isEmpty(); }

    // The shared options, for the commands' tables.
    static OptionSpec saveOption();
    static OptionSpec formatOption();

    // Reads them; false + a translated reason on a bad format or a FILE that cannot be one (its
    // folder is missing, it is a folder). Nothing is created yet.
    static bool read(const CommandLineReader &reader, SaveSettings *settings, QString *error);
};
