#pragma once

#include <memory>

#include "RolePanel.h"
#include "SlftProtocol.h"
#include "TransferInfo.h"
#include "WordedReason.h"
#include "WorkerThread.h"

namespace Ui { class FileClientPanel; }
class QLineEdit;
class RemoteFolderModel;
class TransferManager;
class TransferTableModel;

// The client half of the file tab: which server (host, ports, classic or SocketLab protocol),
// the remote folder (SocketLab: browse and double-click; classic: type a name), uploads, the
// download folder and the table of transfers with Cancel, Retry/Resume, Open containing folder
// and Clear finished. The TransferManager lives in a worker thread; this panel talks to it only
// through queued calls and its signals.
class FileClientPanel final : public RolePanel
{
    Q_OBJECT

public:
    explicit FileClientPanel(QWidget *parent = nullptr);
    ~FileClientPanel() override;

    QString roleText() const override;
    TransferTableModel *transferModel() const;
    RemoteFolderModel *remoteModel() const;
    TransferInfo::Protocol protocol() const;
    QString downloadFolder() const;
    QString statusSummary() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;

    void setServer(const QString &host, quint16 protocolPort, quint16 downloadPort, quint16 uploadPort);
    // The file server of this window runs at host with these ports (an empty host: it stopped).
    // The fields are filled in with it until the user chooses another server; then a button
    // offers it.
    void offerServer(const QString &host, quint16 protocolPort, quint16 downloadPort, quint16 uploadPort);
    void setProtocol(TransferInfo::Protocol protocol);
    void setDownloadFolder(const QString &path);

public slots:
    // Downloads `remoteName` (a path in the server's shared folder) with the chosen protocol.
    void download(const QString &remoteName);
    // Uploads local files with the chosen protocol; folders are skipped with a message.
    void upload(const QStringList &paths);
    void listRemote(const QString &path);   // SocketLab protocol only
    void refreshRemote();
    void cancelSelected();
    void retrySelected();
    void openContainingFolder();
    void clearFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillProtocols();
    void onProtocolChanged();
    void onRemoteActivated(const QModelIndex &index);
    void downloadSelectedRemote();
    void onListed(const QString &host, quint16 port, const QString &path, const QList<RemoteEntry> &entries);
    void onListFailed(const QString &host, quint16 port, const QString &path, const QString &reason);
    void onTransferFinished(const TransferInfo &info);
    void chooseUploads();
    void browseDownloadFolder();
    void openFolder(const QString &folder);
    QList<TransferInfo> selectedTransfers() const;
    QString host() const;
    void showMessage(const QString &text);
    void showMessageInThisLanguage();
    void fillOwnServer();
    void chooseServer();
    void updateOwnServerButton();
    void showRemoteState();
    void updateButtons();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::FileClientPanel> m_ui;
    WorkerThread m_thread;
    TransferManager *m_manager;
    TransferTableModel *m_transfers;
    RemoteFolderModel *m_remote;
    // The listing asked for last; answers for anything else are stale and dropped.
    QString m_listHost;
    quint16 m_listPort = 0;
    QString m_listPath;
    bool m_listing = false;
    WordedReason m_listError;   // why the last listing failed
    WordedReason m_message;     // the red line under the fields
    struct OwnServer
    {
        QString host;   // empty: no file server runs in this window
        quint16 protocolPort = 0;
        quint16 downloadPort = 0;
        quint16 uploadPort = 0;
    };
    OwnServer m_own;
    bool m_serverChosen = false;   // the user chose host/ports in this session
    bool m_filling = false;        // the fields are being set by the panel itself
};
