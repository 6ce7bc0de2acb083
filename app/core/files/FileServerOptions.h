#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// Everything FileServer::start() needs. A port of 0 lets the OS pick (reported by started());
// a protocol is switched off with its enable flag.
struct FileServerOptions
{
    static constexpr quint16 DefaultDownloadPort = 7890;    // seed 002 download_server.py
    static constexpr quint16 DefaultUploadPort = 12800;     // seed 002 upload_server.py
    static constexpr quint16 DefaultProtocolPort = 7891;    // SocketLab's own protocol (SLFT/1)

    QString root;              // the shared folder: only files inside it are ever served
    QString inbox;             // where uploads land; empty: the root
    // SLFT/1 lists and serves the inbox read-only as the folder "uploads/" of the root (never
    // when the inbox is the root: its uploads are listed anyway). Off by default: in a lab, one
    // student's upload should not be every student's download.
    bool showUploads = false;
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    bool classicDownload = true;
    bool classicUpload = true;
    bool slft = true;          // SocketLab's own protocol, SLFT/1
    quint16 downloadPort = DefaultDownloadPort;
    quint16 uploadPort = DefaultUploadPort;
    quint16 protocolPort = DefaultProtocolPort;
    int headerTimeoutMs = 15000;       // a request/header that never ends is dropped after this
    int progressTimeoutMs = 30000;     // no byte moved either way for this long ends a session
    int maxHeaderBytes = 4096;         // longer requests/headers are refused
    int answerDelayMs = 150;           // classic download: pause between the answer and the data
    int maxConnections = 1000;
    int checksumCacheEntries = 1024;   // SLFT/1: SHA-256 digests of unchanged files remembered

    QString effectiveInbox() const { return inbox.isEmpty() ? root : inbox; }
};

Q_DECLARE_METATYPE(FileServerOptions)
