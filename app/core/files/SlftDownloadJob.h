#pragma once

#include "FileReceiver.h"
#include "PartialFile.h"
#include "Sha256.h"
#include "TransferJob.h"

class PrefixHasher;

// Downloads one file over SLFT/1: resumes from "<name>.part" in the chosen folder when one is
// there, receives exactly the announced number of bytes, checks the SHA-256 of the whole file
// against the server's "END" line, and only then gives the file its plain name (never
// overwriting). An interrupted download keeps its ".part" for the next attempt; a checksum
// mismatch deletes it.
class SlftDownloadJob final : public TransferJob
{
    Q_OBJECT

public:
    SlftDownloadJob(quint64 id, const TransferRequest &request, QObject *parent = nullptr);

protected:
    void begin() override;
    void onConnected() override;
    void onReadyRead() override;
    void onDisconnected() override;
    void releaseFiles(bool cancelled) override;

private:
    enum class Stage { Status, Data, End, Done };

    void readStatus();
    int statusTimeoutMs() const;
    void readEnd();

    Stage m_stage = Stage::Status;
    QString m_finalName;
    qint64 m_offset = 0;
    qint64 m_size = -1;
    bool m_restartedFromZero = false;
    bool m_prefixReady = false;   // the partial file's bytes are in m_hash
    Sha256 m_hash;
    PartialFile m_file;
    FileReceiver m_receiver;
    PrefixHasher *m_hasher;
};
