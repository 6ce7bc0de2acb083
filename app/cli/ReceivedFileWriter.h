#pragma once

#include <QObject>

#include "ReceiveRecorder.h"
#include "SaveSettings.h"

class ConsoleOutput;

// --save FILE of tcp-server, tcp-client and udp: one ReceiveRecorder for the whole run of the
// command (a client that reconnects keeps writing to the same file), opened before the engine
// starts and completed when the command ends, with a line saying what was saved ("Saved 1.50 MiB
// (1,572,864 bytes) to out.bin."). A write error (a full disk) is printed and ends the saving,
// not the command.
class ReceivedFileWriter final : public QObject
{
    Q_OBJECT

public:
    explicit ReceivedFileWriter(ConsoleOutput *output, QObject *parent = nullptr);

    // Opens settings.path (nothing to do without --save). False, with the reason printed, when
    // the file cannot be opened.
    bool open(const SaveSettings &settings);
    // What the engine feeds (setRecorder), whether or not a file is open.
    ReceiveRecorder *recorder();
    // Completes and closes the file and says what was saved; nothing without --save.
    void close();

private:
    void onFinished(const ReceiveRecorder::Result &result);

    ConsoleOutput *m_output;
    ReceiveRecorder m_recorder;
};
