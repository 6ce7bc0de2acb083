#pragma once

#include <QByteArray>
#include <QTimer>

#include "FileServerSession.h"
#include "SharedFolder.h"

class FileSender;

// Serves one seed-style download (docs/slft.md, “The classic protocols”): reads the file
// name, answers "0<SEPARATOR><size>" on its own (written, then a short pause so the seed
// client's single recv(1024) gets only the answer), streams the file and closes. Missing or
// forbidden names get "-1<SEPARATOR><name>文件不存在".
class ClassicDownloadSession final : public FileServerSession
{
    Q_OBJECT

public:
    ClassicDownloadSession(StreamSocket *socket, const FileServerOptions &options, QObject *parent = nullptr);

    void begin() override;

protected:
    void onHeaderTimeout() override;
    void releaseFiles() override;
    void onInputFinished() override;

private:
    enum class Stage { Name, Answered, Pausing, Streaming, Done };

    void onReadyRead();
    void onBytesWritten();
    void onPeerClosed();
    void handleName(const QString &name);
    void refuse(const QString &name, const QString &reason);
    void startStreaming();

    SharedFolder m_folder;
    Stage m_stage = Stage::Name;
    QByteArray m_buffer;
    QString m_path;
    QTimer m_pause;
    FileSender *m_sender = nullptr;
};
