#pragma once

#include "Sha256.h"
#include "TransferJob.h"

class FileSender;
class PrefixHasher;

// Uploads one file over SLFT/1: "PUT <size> <name>", the server answers the offset it already
// holds from an earlier attempt, the rest of the file follows, then "END <sha256>"; success
// only when the server confirms the checksum ("200 <saved name>").
class SlftUploadJob final : public TransferJob
{
    Q_OBJECT

public:
    SlftUploadJob(quint64 id, const TransferRequest &request, QObject *parent = nullptr);

protected:
    void begin() override;
    void onConnected() override;
    void onReadyRead() override;
    void onDisconnected() override;
    void releaseFiles(bool cancelled) override;

private:
    enum class Stage { Status, Hashing, Sending, Confirm, Done };

    void sendData();

    Stage m_stage = Stage::Status;
    QString m_name;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    Sha256 m_hash;
    PrefixHasher *m_hasher;
    FileSender *m_sender = nullptr;
};
