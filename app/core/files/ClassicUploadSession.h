#pragma once

#include <QByteArray>

#include "FileReceiver.h"
#include "PartialFile.h"
#include "FileServerSession.h"

// Receives one seed-style upload (docs/slft.md, “The classic protocols”): "<name><SEPARATOR>
// <size>", answer "ok", then bytes until EOF. Keeps only the base name, never overwrites,
// writes to a temporary file in the inbox's hidden state folder (UploadStateFolder) and moves
// it into the inbox only when exactly <size> bytes arrived. Bytes sent right behind the header
// are file data. A bad header gets "-1<SEPARATOR><reason>"; a failure while the data flows
// resets the connection (the protocol's only way to tell the client).
class ClassicUploadSession final : public FileServerSession
{
    Q_OBJECT

public:
    ClassicUploadSession(StreamSocket *socket, const FileServerOptions &options, QObject *parent = nullptr);

    void begin() override;

protected:
    void onHeaderTimeout() override;
    void releaseFiles() override;
    void onInputFinished() override;

private:
    enum class Stage { Header, Receiving, Done };

    void onReadyRead();
    void onPeerClosed();
    void finishUpload();
    void refuse(const QString &name, const QString &reason);
    void fail(const QString &reason);
    void accept(const QString &announcedName, qint64 size, const QByteArray &leftover);

    Stage m_stage = Stage::Header;
    QByteArray m_buffer;
    QString m_name;
    PartialFile m_file;
    FileReceiver m_receiver;
};
