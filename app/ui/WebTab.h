#pragma once

#include <QHostAddress>
#include <QModelIndex>
#include <QStringList>

#include <memory>
#include <optional>

#include "ServerRunner.h"
#include "ToolTab.h"
#include "WebServerOptions.h"
#include "WebServerStats.h"

namespace Ui { class WebTab; }
class RequestLogFilter;
class RequestLogModel;
class WebServer;
struct RequestLogEntry;

// The web tab: serve a folder (by default an editable copy of the bundled sample site) over
// HTTP, list the URLs to open, and log every request with its raw request and response heads.
// The WebServer engine lives in a worker thread (ServerRunner) and is driven only through queued
// calls and its signals; the log arrives in batches, so the tab stays smooth under a load generator.
class WebTab final : public ToolTab
{
    Q_OBJECT

public:
    explicit WebTab(QWidget *parent = nullptr);
    ~WebTab() override;

    bool isRunning() const;
    quint16 port() const;                 // the real port (also when 0 was asked for); 0 if stopped
    QStringList urls() const;
    WebServerStats stats() const;
    RequestLogModel *logModel() const;
    // Where the sample site is copied on first use, so that it can be edited.
    static QString sampleSiteFolder();

    TrafficView *currentTrafficView() const override;
    // The request log (whole, whatever the filter shows); the menus save and clear it.
    bool hasLog() const override;
    QString logFileBaseName() const override;
    bool saveLog(const QString &path, LogFormat format, QString *error) const override;
    void clearLog() override;
    QStringList statusSummaries() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;
    QStringList openCommands() const override;
    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;

public slots:
    void start();
    void stop();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<WebServerOptions> optionsFromFields(QString *error);
    void applyOptions(const WebServerOptions &options);
    void onStateChanged(ServerRunner::State now, ServerRunner::State before);
    void onStats(const WebServerStats &stats);
    void onRequests(const QList<RequestLogEntry> &entries);
    void browse();
    void openInBrowser();
    void openLoggedTarget(const QModelIndex &index);
    void showSelectedRequest();
    void showState();
    void showUrls();
    void updateCounters();
    void updateWidgets();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::WebTab> m_ui;
    RequestLogModel *m_log;
    RequestLogFilter *m_filter;
    WebServer *m_server;   // lives in m_runner's thread
    ServerRunner m_runner;
    bool m_chosePort = false;
    QHostAddress m_address;
    quint16 m_port = 0;
    QStringList m_urls;
    WebServerStats m_stats;
    qint64 m_retiredBytesSent = 0;
    qint64 m_bytesReceived = 0;
};
