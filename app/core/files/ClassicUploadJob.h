#pragma once

#include "TransferJob.h"

class FileSender;

// Uploads one file to a seed-style upload server (PROTOCOLS.md, classic): sends
// "<name><SEPARATOR><size>", waits for the answer ("ok"), streams the bytes and closes.
// The protocol has no acknowledgement: success means every byte was handed to the network
// and the server did not close early.
class ClassicUploadJob final : public TransferJob
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
    enum class Stage { Answer, Sending, Closing };
    Stage m_stage = Stage::Answer;
    QString m_name;
    qint64 m_size = 0;
    FileSender *m_sender = nullptr;
};
