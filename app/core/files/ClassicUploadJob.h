#pragma once

#include "TransferJob.h"

class FileSender;
class HalfCloseWaiter;

// Uploads one file to a seed-style upload server (docs/slft.md, “The classic protocols”): sends
// "<name><SEPARATOR><size>", waits for the answer ("ok"), streams the bytes, shuts down its
// sending side and waits for the server to close its side. The protocol has no
// acknowledgement: success means every byte was handed to the network and the server then
// closed the connection cleanly (on Linux: after acknowledging every byte); a reset, an error
// or CloseTimeoutMs without progress or close is a failure.
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
    static constexpr int CloseTimeoutMs = 30000;

    void waitForServerClose();

    enum class Stage { Answer, Sending, Closing };
    Stage m_stage = Stage::Answer;
    QString m_name;
    qint64 m_size = 0;
    FileSender *m_sender = nullptr;
    HalfCloseWaiter *m_closer = nullptr;
};
