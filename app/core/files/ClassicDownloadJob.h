#pragma once

#include <QByteArray>

#include "FileReceiver.h"
#include "PartialFile.h"
#include "TransferJob.h"

// Downloads one file from a seed-style download server (docs/slft.md, “The classic
// protocols”): sends the name, parses exactly -?\d+<SEPARATOR>\d+ (bytes behind it are file
// data), then receives until EOF into "<name>.part" in the chosen folder. Only exactly the
// announced size counts as success; the file then gets its plain name (never overwriting:
// " (1)" …).
class ClassicDownloadJob final : public TransferJob
{
    Q_OBJECT

public:
    using TransferJob::TransferJob;

protected:
    void begin() override;
    void onConnected() override;
    void onReadyRead() override;
    void onDisconnected() override;
    void releaseFiles(bool cancelled) override;

private:
    bool readAnswer();
    bool receive();
    bool resolveAmbiguousSize();

    enum class Stage { Answer, Data };
    Stage m_stage = Stage::Answer;
    QByteArray m_buffer;
    QString m_finalName;
    qint64 m_size = -1;
    QByteArray m_sizeDigits;   // as parsed; file data may have started with digits too
    PartialFile m_file;
    FileReceiver m_receiver;
};
