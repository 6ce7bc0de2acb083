#include "WebTab.h"
#include "ui_WebTab.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

#include "ByteCountText.h"
#include "EmptyHint.h"
#include "FileTabFolders.h"
#include "ListenOnWidget.h"
#include "RequestHeadText.h"
#include "RequestLogFilter.h"
#include "RequestLogModel.h"
#include "WebCommandLine.h"
#include "WebServer.h"
#include "ThroughputChart.h"

WebTab::WebTab(QWidget *parent)
    : ToolTab(parent)
    , m_ui(std::make_unique<Ui::WebTab>())
    , m_log(new RequestLogModel(this))
    , m_filter(new RequestLogFilter(m_log, this))
    , m_server(new WebServer)
    , m_runner(QStringLiteral("web"), m_server, &WebServer::stop)
{
    m_ui->setupUi(this);
    // Bytes/s received (request heads) and sent, and requests/s.
    m_ui->throughputChart->setShowsCount(true);
    m_ui->throughputChart->setSource([this] { return RateSampler::Counters{bytesReceived(), bytesSent(), m_stats.requests}; });
    // The request log gets the room; the two heads below share the rest.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestView->setFont(fixed);
    m_ui->responseView->setFont(fixed);
    m_ui->detailSplitter->setStretchFactor(0, 3);
    m_ui->detailSplitter->setStretchFactor(1, 2);
    m_ui->detailSplitter->setStretchFactor(2, 2);

    // The table must not look at every row: fixed row heights, no resize-to-contents.
    QTableView *view = m_ui->logView;
    view->setModel(m_filter);
    EmptyHint::attach(view, EmptyHint::Log::WebRequests);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestLogModel::TargetColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = view->fontMetrics();
    const int pad = 20;
    header->resizeSection(RequestLogModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    header->resizeSection(RequestLogModel::ClientColumn, metrics.horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + pad);
    header->resizeSection(RequestLogModel::MethodColumn, metrics.horizontalAdvance(QStringLiteral("OPTIONS")) + pad);
    header->resizeSection(RequestLogModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("000 (cut short)")) + pad);
    header->resizeSection(RequestLogModel::BytesColumn, metrics.horizontalAdvance(QStringLiteral("000,000,000")) + pad);
    header->resizeSection(RequestLogModel::DurationColumn, metrics.horizontalAdvance(QStringLiteral("00000 ms")) + pad);

    // Engine -> tab: queued (the engine lives in m_runner's thread). The log and the counters
    // arrive already batched and coalesced by the engine.
    m_runner.follow(&WebServer::started, &WebServer::startFailed, &WebServer::stopped,
                    [this](const QHostAddress &address, quint16 port, const QStringList &urls) {
                        m_address = address;
                        m_port = port;
                        m_urls = urls;
                        m_chosePort = m_ui->listenOn->port() == 0;   // the field, unchanged while running
                        // The engine starts its counters from zero; keep the earlier runs' bytes
                        // for the window total.
                        m_retiredBytesSent += m_stats.bytesSent;
                        m_stats = WebServerStats();
                    });
    connect(&m_runner, &ServerRunner::stateChanged, this, &WebTab::onStateChanged);
    connect(m_server, &WebServer::statsChanged, this, &WebTab::onStats);
    connect(m_server, &WebServer::requestsLogged, this, &WebTab::onRequests);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { m_runner.isBusy() ? stop() : start(); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &WebTab::browse);
    connect(m_ui->sampleButton, &QPushButton::clicked, this, [this] {
        m_ui->rootEdit->setText(QDir::toNativeSeparators(sampleSiteFolder()));
    });
    connect(m_ui->openBrowserButton, &QPushButton::clicked, this, &WebTab::openInBrowser);
    connect(view, &QTableView::doubleClicked, this, &WebTab::openLoggedTarget);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateCounters();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &WebTab::clearLog);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebTab::showSelectedRequest);

    loadSettings();
    updateWidgets();
    showState();
    showUrls();
    updateCounters();
}

WebTab::~WebTab()
{
    saveSettings();
    // m_runner stops the engine (clients see an orderly close); its thread deletes it.
}

QString WebTab::sampleSiteFolder()
{
    return FileTabFolders::dataFolder(QStringLiteral("site"));
}

bool WebTab::isRunning() const
{
    return m_runner.isRunning();
}

quint16 WebTab::port() const
{
    return isRunning() ? m_port : 0;
}

QStringList WebTab::urls() const
{
    return m_urls;
}

WebServerStats WebTab::stats() const
{
    return m_stats;
}

RequestLogModel *WebTab::logModel() const
{
    return m_log;
}

TrafficView *WebTab::currentTrafficView() const
{
    return nullptr;
}

bool WebTab::hasLog() const
{
    return true;
}

QString WebTab::logFileBaseName() const
{
    return QStringLiteral("requests");
}

bool WebTab::saveLog(const QString &path, LogFormat format, QString *error) const
{
    return m_log->save(path, format, error);
}

void WebTab::clearLog()
{
    m_log->clear();
    m_ui->requestView->clear();
    m_ui->responseView->clear();
    updateCounters();
}

QStringList WebTab::statusSummaries() const
{
    if (!isRunning())
        return {};
    const int requests = int(qMin<qint64>(m_stats.requests, std::numeric_limits<int>::max()));
    return {tr("Web server on %1: %n request(s)", "", requests).arg(m_urls.value(0))};
}

qint64 WebTab::bytesReceived() const
{
    // GET and HEAD carry no body, so what the clients sent is their request heads.
    return m_bytesReceived;
}

qint64 WebTab::bytesSent() const
{
    return m_retiredBytesSent + m_stats.bytesSent;
}

QStringList WebTab::openCommands() const
{
    return {QStringLiteral("web")};
}

bool WebTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    Q_UNUSED(command);
    // Without --root the tab serves the bundled sample site, as it does with an empty folder
    // field (`socketlab web` on the command line still needs --root).
    const bool hasRoot = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--root") || a.startsWith(QLatin1String("--root="));
    });
    QStringList withRoot = arguments;
    if (!hasRoot) {
        QString reason;
        if (!WebServer::ensureSampleSite(sampleSiteFolder(), &reason)) {
            *error = tr("The sample site could not be prepared: %1").arg(reason);
            return false;
        }
        withRoot = QStringList{QStringLiteral("--root"), sampleSiteFolder()} + arguments;
    }
    const std::optional<WebServerOptions> options = WebCommandLine::parse(withRoot, error);
    if (!options)
        return false;
    applyOptions(*options);
    if (!optionsFromFields(error))
        return false;
    start();
    return true;
}

void WebTab::applyOptions(const WebServerOptions &options)
{
    if (!options.root.isEmpty())
        m_ui->rootEdit->setText(QDir::toNativeSeparators(options.root));
    m_ui->listenOn->setAddress(options.bindAddress);
    m_ui->listenOn->setPort(options.port);
    m_ui->listingCheck->setChecked(options.listing);
}

std::optional<WebServerOptions> WebTab::optionsFromFields(QString *error)
{
    WebServerOptions options;
    QString root = m_ui->rootEdit->text().trimmed();
    if (root.isEmpty()) {
        root = sampleSiteFolder();
        m_ui->rootEdit->setText(QDir::toNativeSeparators(root));
    }
    options.root = QDir::cleanPath(QDir::fromNativeSeparators(root));
    // The sample site is copied on first use (and files deleted from it come back), so that it
    // can be edited like any folder.
    if (options.root == QDir::cleanPath(sampleSiteFolder())) {
        QString reason;
        if (!WebServer::ensureSampleSite(options.root, &reason)) {
            *error = tr("The sample site could not be prepared: %1").arg(reason);
            return std::nullopt;
        }
    }
    if (!m_ui->listenOn->read(&options.bindAddress, &options.port, error))
        return std::nullopt;
    options.listing = m_ui->listingCheck->isChecked();
    return options;
}

void WebTab::start()
{
    m_runner.start(&WebServer::start, [this](QString *error) { return optionsFromFields(error); });
}

void WebTab::stop()
{
    m_runner.stop();
}

void WebTab::onStateChanged(ServerRunner::State now, ServerRunner::State before)
{
    if (now == ServerRunner::State::Starting)
        saveSettings();   // the fields it started with
    if (now == ServerRunner::State::Stopped && before != ServerRunner::State::Stopped)
        m_urls.clear();
    showState();
    showUrls();
    updateCounters();
    updateWidgets();
    emit statusChanged();
}

void WebTab::onStats(const WebServerStats &stats)
{
    m_stats = stats;
    updateCounters();
    emit statusChanged();
}

void WebTab::onRequests(const QList<RequestLogEntry> &entries)
{
    // One insertion per batch. Follow the newest rows only when the view is already at the
    // bottom; otherwise keep the row the user is looking at in place, even when the oldest
    // rows leave the ring.
    QTableView *view = m_ui->logView;
    const QScrollBar *bar = view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum();
    const QPersistentModelIndex top = atBottom ? QPersistentModelIndex() : QPersistentModelIndex(view->indexAt(QPoint(0, 0)));
    for (const RequestLogEntry &e : entries)
        m_bytesReceived += e.requestHead.size();
    m_log->appendEntries(entries);
    if (atBottom)
        view->scrollToBottom();
    else if (top.isValid())
        view->scrollTo(top, QAbstractItemView::PositionAtTop);
}

void WebTab::showSelectedRequest()
{
    const QModelIndexList rows = m_ui->logView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;   // keep the last head on screen while its row scrolls out of the ring
    const QModelIndex source = m_filter->mapToSource(rows.first());
    const RequestLogEntry &entry = m_log->entryAt(source.row());
    m_ui->requestView->setPlainText(RequestHeadText::request(entry));
    m_ui->responseView->setPlainText(RequestHeadText::response(entry));
}

void WebTab::browse()
{
    const QString start = m_ui->rootEdit->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the folder to serve"), start);
    if (!folder.isEmpty())
        m_ui->rootEdit->setText(QDir::toNativeSeparators(folder));
}

void WebTab::openInBrowser()
{
    if (!m_urls.isEmpty())
        QDesktopServices::openUrl(QUrl(m_urls.first()));
}

void WebTab::openLoggedTarget(const QModelIndex &index)
{
    // Asks the browser for the same target again (a GET; the server is still running).
    if (!isRunning() || m_urls.isEmpty() || !index.isValid())
        return;
    const RequestLogEntry &entry = m_log->entryAt(m_filter->mapToSource(index).row());
    if (!entry.target.startsWith('/'))
        return;
    QDesktopServices::openUrl(QUrl(m_urls.first()).resolved(QUrl::fromEncoded(entry.target)));
}

void WebTab::showState()
{
    if (isRunning()) {
        const QString where = ListenOnWidget::describe(m_address, m_port);
        const QString root = QDir::toNativeSeparators(m_ui->rootEdit->text().trimmed());
        m_ui->stateLabel->setText(m_chosePort ? tr("Serving “%1” on %2 (the system chose port %3).").arg(root, where).arg(m_port)
                                              : tr("Serving “%1” on %2.").arg(root, where));
        return;
    }
    m_ui->stateLabel->setText(m_runner.idleLine(tr("Starting…"), tr("Not running."),
                                                tr("Not running: the last start failed. Press Start to try again and see why.")));
}

void WebTab::showUrls()
{
    if (m_urls.isEmpty()) {
        m_ui->urlsLabel->clear();
        return;
    }
    QStringList links;
    for (const QString &url : std::as_const(m_urls)) {
        const QString escaped = url.toHtmlEscaped();
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped));
    }
    m_ui->urlsLabel->setText(tr("Open in a browser: %1").arg(links.join(QStringLiteral(" &nbsp; "))));
}

void WebTab::updateCounters()
{
    const QLocale locale;
    QStringList parts;
    parts.append(tr("Requests: %1 · Sent: %2 · Open connections: %3")
                     .arg(locale.toString(m_stats.requests),
                          ByteCountText::compact(m_stats.bytesSent, 1),
                          locale.toString(m_stats.openConnections)));
    if (m_stats.rejectedConnections > 0)
        parts.append(tr("%n connection(s) turned away because the server was full.", "",
                        int(qMin<qint64>(m_stats.rejectedConnections, std::numeric_limits<int>::max()))));
    if (m_stats.droppedLogEntries > 0)
        parts.append(tr("%n request(s) left out of the log because it could not keep up.", "",
                        int(qMin<qint64>(m_stats.droppedLogEntries, std::numeric_limits<int>::max()))));
    if (m_log->evictedRows() > 0)
        parts.append(tr("The log keeps the newest %1 requests; older ones were removed from it.")
                         .arg(locale.toString(m_log->rowCount())));
    if (!m_filter->filterText().isEmpty())
        parts.append(tr("The filter shows %1 of %2 logged requests.")
                         .arg(locale.toString(m_filter->rowCount()), locale.toString(m_log->rowCount())));
    m_ui->countersLabel->setText(parts.join(QStringLiteral("  ")));
}

void WebTab::updateWidgets()
{
    const bool busy = m_runner.isBusy();
    m_ui->startButton->setText(busy ? tr("&Stop") : tr("&Start"));
    m_ui->rootEdit->setEnabled(!busy);
    m_ui->browseButton->setEnabled(!busy);
    m_ui->sampleButton->setEnabled(!busy);
    m_ui->listenOn->setEnabled(!busy);
    m_ui->listingCheck->setEnabled(!busy);
    m_ui->openBrowserButton->setEnabled(isRunning() && !m_urls.isEmpty());
}

void WebTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_log->retranslate();
        showState();
        showUrls();
        updateCounters();
        updateWidgets();
        showSelectedRequest();
        emit windowTitleChanged(windowTitle());
    }
    ToolTab::changeEvent(event);
}

void WebTab::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("web"));
    m_ui->rootEdit->setText(s.value(QStringLiteral("root"), QDir::toNativeSeparators(sampleSiteFolder())).toString());
    // "bind" is the setting of earlier versions, which kept "any address" as 0.0.0.0 (IPv4 only).
    m_ui->listenOn->setAddressKey(s.value(QStringLiteral("listen"),
                                          ListenOnWidget::keyFromOldSetting(s.value(QStringLiteral("bind")).toString()))
                                      .toString());
    m_ui->listenOn->setPort(quint16(s.value(QStringLiteral("port"), 8000).toUInt()));
    m_ui->listingCheck->setChecked(s.value(QStringLiteral("listing"), false).toBool());
    // First run: the detail panes get enough height for a browser's request head, and the
    // request gets more width than the (shorter) response.
    if (!m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray()))
        m_ui->splitter->setSizes({600, 400});
    // (The key changed when the throughput chart became the third pane: an older two-pane state
    // would leave the chart at its minimum.)
    if (!m_ui->detailSplitter->restoreState(s.value(QStringLiteral("detailSplitterWithChart")).toByteArray()))
        m_ui->detailSplitter->setSizes({430, 300, 270});
    m_ui->logView->horizontalHeader()->restoreState(s.value(QStringLiteral("columns")).toByteArray());
}

void WebTab::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("web"));
    s.setValue(QStringLiteral("root"), m_ui->rootEdit->text().trimmed());
    s.setValue(QStringLiteral("listen"), m_ui->listenOn->addressKey());
    s.setValue(QStringLiteral("port"), m_ui->listenOn->port());
    s.setValue(QStringLiteral("listing"), m_ui->listingCheck->isChecked());
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    s.setValue(QStringLiteral("detailSplitterWithChart"), m_ui->detailSplitter->saveState());
    s.setValue(QStringLiteral("columns"), m_ui->logView->horizontalHeader()->saveState());
}
