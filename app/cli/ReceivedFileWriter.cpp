#include "ReceivedFileWriter.h"

#include "ByteCountText.h"
#include "ConsoleOutput.h"

ReceivedFileWriter::ReceivedFileWriter(ConsoleOutput *output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_recorder(this)
{
    m_recorder.setEndsWithSource(false);
    connect(&m_recorder, &ReceiveRecorder::finished, this, &ReceivedFileWriter::onFinished);
}

bool ReceivedFileWriter::open(const SaveSettings &settings)
{
    if (!settings.isSet())
        return true;
    QString error;
    if (!m_recorder.start(settings.path, settings.format, QString(), &error)) {
        m_output->error(error);
        return false;
    }
    return true;
}

ReceiveRecorder *ReceivedFileWriter::recorder()
{
    return &m_recorder;
}

void ReceivedFileWriter::close()
{
    m_recorder.stop();
}

void ReceivedFileWriter::onFinished(const ReceiveRecorder::Result &result)
{
    if (result.end == ReceiveRecorder::End::WriteFailed) {
        m_output->error(tr("Writing the received bytes to %1 failed: %2. Nothing more is saved; the file holds the "
                           "first %3.")
                            .arg(result.path, result.error, ByteCountText::withUnits(result.written)));
        return;
    }
    if (result.format == ReceiveRecorder::Format::Hex) {
        m_output->line(tr("Saved the %1 received as hex text (%2) to %3.")
                           .arg(ByteCountText::count(result.received), ByteCountText::compact(result.written, 1), result.path));
    } else {
        m_output->line(tr("Saved %1 to %2.").arg(ByteCountText::withUnits(result.written), result.path));
    }
}
