#include "FileServerPanel.h"
#include "ui_FileServerPanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QUrl>

#include "FileServer.h"
#include "FileTabFolders.h"
#include "ListenOnWidget.h"
#include "NewRowFollower.h"
#include "NetworkAddresses.h"
#include "ProgressBarDelegate.h"
#include "SplitterMemory.h"
#include "TrafficView.h"
#include "TransferSpeedGraph.h"
#include "TransferTableModel.h"
#include "TransferTableSizing.h"
#include "TransferText.h"

namespace {
// Finished rows kept in the server's table: a busy lab server must not grow without bound.
constexpr int MaxFinishedRows = 1000;

// The addresses students should type: the bound address, or every IPv4 address of this machine.
QStringList studentAddresses(const QHostAddress &bind)
{
    if (!bind.isNull() && !ListenOnWidget::isAny(bind))
        return {bind.toString()};
    QStringList out;
    for (const BindChoice &choice : NetworkAddresses::bindChoices()) {
        const QHostAddress &a = choice.address;
        if (ListenOnWidget::isAny(a) || a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        if (!out.contains(a.toString()))
            out.append(a.toString());
    }
    return out;
}
} // namespace

FileServerPanel::FileServerPanel(QWidget *parent)
    : RolePanel(parent)
    , m_ui(std::make_unique<Ui::FileServerPanel>())
    , m_transfers(new TransferTableModel(TransferTableModel::Side::Server, this))
    , m_server(new FileServer)
    , m_runner(QStringLiteral("file-server"), m_server, &FileServer::stop)
{
    m_ui->setupUi(this);
    // The log gets the room (until the user's own sizes are restored); the transfers table shows a few rows.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({180, 360});
    m_ui->trafficView->setSettingsKey(QStringLiteral("files/server/log"), 3);   // header, blank, a request's hex line
    m_ui->trafficView->setEmptyHint(EmptyHint::Log::FileServer);
    m_transfers->setMaxFinished(MaxFinishedRows);
    m_ui->transfersView->setModel(m_transfers);
    m_ui->transfersView->setItemDelegateForColumn(TransferTableModel::ProgressColumn,
                                                  new ProgressBarDelegate(TransferTableModel::PercentRole, this));
    m_ui->transfersView->verticalHeader()->hide();
    m_ui->transfersView->horizontalHeader()->setStretchLastSection(true);
    TransferTableSizing::apply(m_ui->transfersView, m_transfers);
    NewRowFollower::attach(m_ui->transfersView);
    EmptyHint::attach(m_ui->transfersView, EmptyHint::Log::ServerTransfers);
    // The speed graph of the selected transfer, under the table beside the log (the table needs
    // the width, the log the height).
    m_ui->speedGraph->follow(m_ui->transfersView);
    m_ui->logSplitter->setStretchFactor(0, 1);
    m_ui->logSplitter->setCollapsible(0, false);
    SplitterMemory::remember(m_ui->logSplitter, QStringLiteral("files/server/speedSplitter"), {640, 320});
    m_ui->inboxEdit->setPlaceholderText(tr("Empty: uploads go to the shared folder"));
    m_ui->listenOn->setPortVisible(false);   // the three ports have their own fields
    // Compact rows (a progress bar needs no more than a line of text), so a lab's transfers show.
    m_ui->transfersView->verticalHeader()->setDefaultSectionSize(m_ui->transfersView->fontMetrics().height() + 8);
    // The settings fold while the server runs (they cannot change then), so the log and the
    // transfers get the room; the state line and Stop stay in view, and a click shows them again.
    connect(m_ui->settingsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->settingsBody->setVisible(shown);
        m_ui->settingsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    // Engine -> panel: queued (the engine lives in m_runner's thread).
    m_runner.follow(&FileServer::started, &FileServer::startFailed, &FileServer::stopped,
                    [this](quint16 downloadPort, quint16 uploadPort, quint16 protocolPort) {
                        m_bindAddress = m_ui->listenOn->address();   // the field, unchanged while running
                        m_downloadPort = downloadPort;
                        m_uploadPort = uploadPort;
                        m_protocolPort = protocolPort;
                    });
    connect(&m_runner, &ServerRunner::stateChanged, this, &FileServerPanel::onStateChanged);
    connect(m_server, &FileServer::transferStarted, this, [this](const TransferInfo &info) {
        // The log gets the same line as `socketlab file-server` prints.
        m_ui->trafficView->appendEvents({TrafficEvent::state(info.peer, TransferText::started(info))});
        m_transfers->update(info);
        updateWidgets();
        emit statusChanged();
    });
    connect(m_server, &FileServer::transferProgress, m_transfers, &TransferTableModel::updateAll);
    connect(m_server, &FileServer::transferFinished, this, &FileServerPanel::onTransferFinished);
    connect(m_server, &FileServer::trafficEvents, m_ui->trafficView, &TrafficView::appendEvents);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { m_runner.isBusy() ? stop() : start(); });
    connect(m_ui->sharedBrowseButton, &QPushButton::clicked, this,
            [this] { browse(m_ui->sharedEdit, tr("Choose the shared folder")); });
    connect(m_ui->inboxBrowseButton, &QPushButton::clicked, this,
            [this] { browse(m_ui->inboxEdit, tr("Choose the folder for uploads")); });
    connect(m_ui->sharedOpenButton, &QPushButton::clicked, this, [this] { openFolder(m_ui->sharedEdit->text()); });
    connect(m_ui->inboxOpenButton, &QPushButton::clicked, this, [this] {
        const QString inbox = m_ui->inboxEdit->text().trimmed();
        openFolder(inbox.isEmpty() ? m_ui->sharedEdit->text() : inbox);
    });
    connect(m_ui->clearFinishedButton, &QPushButton::clicked, this, &FileServerPanel::clearFinished);

    loadSettings();
    showState();
    updateWidgets();
}

FileServerPanel::~FileServerPanel()
{
    saveSettings();
    // m_runner stops the engine (partial uploads are cleaned up); its thread deletes it.
}

QString FileServerPanel::roleText() const
{
    return tr("&Server (share files, receive uploads)");
}

TrafficView *FileServerPanel::trafficView() const
{
    return m_ui->trafficView;
}

TransferTableModel *FileServerPanel::transferModel() const
{
    return m_transfers;
}

bool FileServerPanel::isRunning() const
{
    return m_runner.isRunning();
}

quint16 FileServerPanel::downloadPort() const
{
    return isRunning() ? m_downloadPort : 0;
}

quint16 FileServerPanel::uploadPort() const
{
    return isRunning() ? m_uploadPort : 0;
}

quint16 FileServerPanel::protocolPort() const
{
    return isRunning() ? m_protocolPort : 0;
}

QString FileServerPanel::statusSummary() const
{
    if (!isRunning())
        return {};
    const QString ports = QStringLiteral("%1/%2/%3").arg(m_downloadPort).arg(m_uploadPort).arg(m_protocolPort);
    return tr("File server on ports %1: %n transfer(s)", "", m_transfers->activeCount()).arg(ports);
}

qint64 FileServerPanel::bytesReceived() const
{
    return m_transfers->bytesReceived();
}

qint64 FileServerPanel::bytesSent() const
{
    return m_transfers->bytesSent();
}

void FileServerPanel::applyOptions(const FileServerOptions &options)
{
    m_ui->sharedEdit->setText(QDir::toNativeSeparators(options.root));
    m_ui->inboxEdit->setText(QDir::toNativeSeparators(options.inbox));
    m_ui->listenOn->setAddress(options.bindAddress);
    m_ui->showUploadsCheck->setChecked(options.showUploads);
    m_ui->downloadPortSpin->setValue(options.downloadPort);
    m_ui->uploadPortSpin->setValue(options.uploadPort);
    m_ui->protocolPortSpin->setValue(options.protocolPort);
}

std::optional<FileServerOptions> FileServerPanel::optionsFromFields(QString *error) const
{
    FileServerOptions options;
    options.bindAddress = m_ui->listenOn->address(error);
    if (options.bindAddress.isNull())
        return std::nullopt;
    options.showUploads = m_ui->showUploadsCheck->isChecked();
    options.root = QDir::fromNativeSeparators(m_ui->sharedEdit->text().trimmed());
    if (!FileTabFolders::ensure(options.root, error))
        return std::nullopt;
    options.root = QDir(options.root).absolutePath();
    const QString inbox = QDir::fromNativeSeparators(m_ui->inboxEdit->text().trimmed());
    if (!inbox.isEmpty()) {
        if (!FileTabFolders::ensure(inbox, error))
            return std::nullopt;
        options.inbox = QDir(inbox).absolutePath();
    }
    options.downloadPort = quint16(m_ui->downloadPortSpin->value());
    options.uploadPort = quint16(m_ui->uploadPortSpin->value());
    options.protocolPort = quint16(m_ui->protocolPortSpin->value());
    return options;
}

void FileServerPanel::start()
{
    m_runner.start(&FileServer::start, [this](QString *error) { return optionsFromFields(error); });
}

void FileServerPanel::stop()
{
    m_runner.stop();
}

void FileServerPanel::clearFinished()
{
    m_transfers->removeFinished();
    updateWidgets();
}

void FileServerPanel::onStateChanged(ServerRunner::State now, ServerRunner::State before)
{
    if (now == ServerRunner::State::Starting)
        saveSettings();   // the fields it started with
    // The settings fold while the server runs, and unfold when it stopped or could not start.
    if (now == ServerRunner::State::Running)
        m_ui->settingsToggle->setChecked(false);
    else if (now == ServerRunner::State::Stopped)
        m_ui->settingsToggle->setChecked(true);
    showState();
    updateWidgets();
    emit statusChanged();
    if (now == ServerRunner::State::Running)
        emit ownServerChanged(ListenOnWidget::localClientHost(m_bindAddress), m_protocolPort, m_downloadPort, m_uploadPort);
    else if (now == ServerRunner::State::Stopped && before != ServerRunner::State::Stopped)
        emit ownServerChanged({}, 0, 0, 0);
}

void FileServerPanel::onTransferFinished(const TransferInfo &info)
{
    const QString text = TransferText::finished(info);
    m_ui->trafficView->appendEvents({info.state == TransferInfo::State::Done ? TrafficEvent::state(info.peer, text)
                                                                            : TrafficEvent::error(info.peer, text)});
    m_transfers->update(info);
    updateWidgets();
    emit statusChanged();
}

QString FileServerPanel::runningText() const
{
    const QStringList addresses = studentAddresses(m_bindAddress);
    // The address a client on this computer uses: 127.0.0.1, or ::1 when bound to ::1.
    const QString local = ListenOnWidget::localClientHost(m_bindAddress);
    if (ListenOnWidget::isAny(m_bindAddress)) {
        // Say which families are served: "any address (IPv4 and IPv6)".
        if (addresses.isEmpty())
            return tr("Running on %1, reachable from this computer at %2: classic download port %3, classic "
                      "upload port %4, SocketLab port %5.")
                .arg(ListenOnWidget::addressText(m_bindAddress), local)
                .arg(m_downloadPort).arg(m_uploadPort).arg(m_protocolPort);
        return tr("Running on %1. Give students the address %2 (on this computer also %3): classic download "
                  "port %4, classic upload port %5, SocketLab port %6.")
            .arg(ListenOnWidget::addressText(m_bindAddress), QLocale().createSeparatedList(addresses), local)
            .arg(m_downloadPort).arg(m_uploadPort).arg(m_protocolPort);
    }
    if (m_bindAddress.isLoopback()) {
        return tr("Running, reachable from this computer only at %1: classic download port %2, classic upload "
                  "port %3, SocketLab port %4.")
            .arg(local)
            .arg(m_downloadPort).arg(m_uploadPort).arg(m_protocolPort);
    }
    // Bound to one address of this computer: only that address reaches it (not 127.0.0.1).
    return tr("Running. Give students the address %1: classic download port %2, classic upload port %3, "
              "SocketLab port %4.")
        .arg(QLocale().createSeparatedList(addresses))
        .arg(m_downloadPort).arg(m_uploadPort).arg(m_protocolPort);
}

void FileServerPanel::showState()
{
    m_ui->stateLabel->setText(isRunning() ? runningText()
                                          : m_runner.idleLine(tr("Starting…"), tr("Not running."),
                                                              tr("Not running: the last start failed. Press Start to try again and see why."),
                                                              tr("Not running: %1")));
}

void FileServerPanel::updateWidgets()
{
    const bool busy = m_runner.isBusy();
    m_ui->startButton->setText(busy ? tr("&Stop") : tr("&Start"));
    const QList<QWidget *> fields{m_ui->sharedEdit,  m_ui->sharedBrowseButton, m_ui->inboxEdit,
                                  m_ui->inboxBrowseButton, m_ui->listenOn, m_ui->showUploadsCheck, m_ui->downloadPortSpin,
                                  m_ui->uploadPortSpin, m_ui->protocolPortSpin};
    for (QWidget *field : fields)
        field->setEnabled(!busy);
    m_ui->clearFinishedButton->setEnabled(m_transfers->rowCount() > m_transfers->unfinishedCount());
}

void FileServerPanel::browse(QLineEdit *line, const QString &title)
{
    const QString dir = QFileDialog::getExistingDirectory(this, title, line->text());
    if (!dir.isEmpty())
        line->setText(QDir::toNativeSeparators(dir));
}

void FileServerPanel::openFolder(const QString &path)
{
    QString error;
    const QString folder = QDir::fromNativeSeparators(path.trimmed());
    if (!FileTabFolders::ensure(folder, &error)) {
        if (!m_runner.isBusy())
            m_runner.fail(error);   // shown on the state line
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(folder).absolutePath()));
}

void FileServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        TransferTableSizing::apply(m_ui->transfersView, m_transfers);
        m_ui->inboxEdit->setPlaceholderText(tr("Empty: uploads go to the shared folder"));
        m_transfers->retranslate();
        showState();
        updateWidgets();
    }
    RolePanel::changeEvent(event);
}

void FileServerPanel::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("files/server"));
    m_ui->sharedEdit->setText(QDir::toNativeSeparators(s.value(QStringLiteral("shared"), FileTabFolders::defaultShared()).toString()));
    m_ui->inboxEdit->setText(QDir::toNativeSeparators(s.value(QStringLiteral("inbox"), FileTabFolders::defaultInbox()).toString()));
    // "bind" is the setting of earlier versions, which kept "any address" as 0.0.0.0 (IPv4 only).
    m_ui->listenOn->setAddressKey(s.value(QStringLiteral("listen"),
                                          ListenOnWidget::keyFromOldSetting(s.value(QStringLiteral("bind")).toString()))
                                      .toString());
    m_ui->showUploadsCheck->setChecked(s.value(QStringLiteral("showUploads"), false).toBool());
    m_ui->downloadPortSpin->setValue(s.value(QStringLiteral("downloadPort"), FileServerOptions::DefaultDownloadPort).toInt());
    m_ui->uploadPortSpin->setValue(s.value(QStringLiteral("uploadPort"), FileServerOptions::DefaultUploadPort).toInt());
    m_ui->protocolPortSpin->setValue(s.value(QStringLiteral("protocolPort"), FileServerOptions::DefaultProtocolPort).toInt());
    m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
}

void FileServerPanel::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("files/server"));
    s.setValue(QStringLiteral("shared"), QDir::fromNativeSeparators(m_ui->sharedEdit->text().trimmed()));
    s.setValue(QStringLiteral("inbox"), QDir::fromNativeSeparators(m_ui->inboxEdit->text().trimmed()));
    s.setValue(QStringLiteral("listen"), m_ui->listenOn->addressKey());
    s.setValue(QStringLiteral("showUploads"), m_ui->showUploadsCheck->isChecked());
    s.setValue(QStringLiteral("downloadPort"), m_ui->downloadPortSpin->value());
    s.setValue(QStringLiteral("uploadPort"), m_ui->uploadPortSpin->value());
    s.setValue(QStringLiteral("protocolPort"), m_ui->protocolPortSpin->value());
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
}
