#pragma once

#include <QHostAddress>

#include <memory>
#include <optional>

#include "FileServerOptions.h"
#include "RolePanel.h"
#include "ServerRunner.h"
#include "TransferInfo.h"

namespace Ui { class FileServerPanel; }
class FileServer;
class QLineEdit;
class TrafficView;
class TransferTableModel;

// The server half of the file tab: shared folder and inbox, the three ports (classic download,
// classic upload, SocketLab), Start/Stop, a state line telling which addresses to give students,
// the table of transfers on the server and the server log. The FileServer engine lives in a
// worker thread (ServerRunner); this panel talks to it only through queued calls and its signals.
class FileServerPanel final : public RolePanel
{
    Q_OBJECT

public:
    explicit FileServerPanel(QWidget *parent = nullptr);
    ~FileServerPanel() override;

    QString roleText() const override;
    TrafficView *trafficView() const override;
    TransferTableModel *transferModel() const;
    bool isRunning() const;
    // The real ports while running (also when 0 was asked for); 0 otherwise.
    quint16 downloadPort() const;
    quint16 uploadPort() const;
    quint16 protocolPort() const;
    QString statusSummary() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;

    void applyOptions(const FileServerOptions &options);   // fill the fields (for --open)

public slots:
    void start();
    void stop();
    void clearFinished();

signals:
    // Where a client in this window reaches this server (host and the three ports); an empty
    // host when the server stopped.
    void ownServerChanged(const QString &host, quint16 protocolPort, quint16 downloadPort, quint16 uploadPort);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<FileServerOptions> optionsFromFields(QString *error) const;
    void browse(QLineEdit *line, const QString &title);
    void openFolder(const QString &path);
    void onStateChanged(ServerRunner::State now, ServerRunner::State before);
    void onTransferFinished(const TransferInfo &info);
    QString runningText() const;
    void showState();
    void updateWidgets();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::FileServerPanel> m_ui;
    TransferTableModel *m_transfers;
    FileServer *m_server;   // lives in m_runner's thread
    ServerRunner m_runner;
    QHostAddress m_bindAddress;
    quint16 m_downloadPort = 0;
    quint16 m_uploadPort = 0;
    quint16 m_protocolPort = 0;
};
