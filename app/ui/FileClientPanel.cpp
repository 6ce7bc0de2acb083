#include "FileClientPanel.h"
#include "ui_FileClientPanel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSettings>
#include <QUrl>

#include "FileServerOptions.h"
#include "EmptyHint.h"
#include "FileTabFolders.h"
#include "NewRowFollower.h"
#include "ProgressBarDelegate.h"
#include "RemoteFolderModel.h"
#include "SplitterMemory.h"
#include "TransferManager.h"
#include "TransferRequest.h"
#include "TransferSpeedGraph.h"
#include "TransferTableModel.h"
#include "TransferTableSizing.h"

FileClientPanel::FileClientPanel(QWidget *parent)
    : RolePanel(parent)
    , m_ui(std::make_unique<Ui::FileClientPanel>())
    , m_thread(QStringLiteral("file-client"))
    , m_manager(new TransferManager)
    , m_transfers(new TransferTableModel(TransferTableModel::Side::Client, this))
    , m_remote(new RemoteFolderModel(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->transfersView->setModel(m_transfers);
    m_ui->transfersView->setItemDelegateForColumn(TransferTableModel::ProgressColumn,
                                                  new ProgressBarDelegate(TransferTableModel::PercentRole, this));
    m_ui->transfersView->verticalHeader()->hide();
    // Compact rows, as in the server's table: a progress bar needs no more than a line of text.
    m_ui->transfersView->verticalHeader()->setDefaultSectionSize(m_ui->transfersView->fontMetrics().height() + 8);
    m_ui->transfersView->horizontalHeader()->setStretchLastSection(true);
    TransferTableSizing::apply(m_ui->transfersView, m_transfers);
    NewRowFollower::attach(m_ui->transfersView);
    EmptyHint::attach(m_ui->transfersView, EmptyHint::Log::ClientTransfers);
    // The speed graph of the selected transfer, beside the server's files (the table needs the width).
    m_ui->speedGraph->follow(m_ui->transfersView);
    m_ui->remoteSplitter->setStretchFactor(0, 1);
    m_ui->remoteSplitter->setCollapsible(0, false);
    SplitterMemory::remember(m_ui->remoteSplitter, QStringLiteral("files/client/speedSplitter"), {640, 320});
    m_ui->remoteView->setModel(m_remote);
    m_ui->remoteView->header()->setStretchLastSection(false);
    m_ui->remoteView->header()->setSectionResizeMode(RemoteFolderModel::NameColumn, QHeaderView::Stretch);
    m_ui->remoteView->header()->setSectionResizeMode(RemoteFolderModel::SizeColumn, QHeaderView::ResizeToContents);
    m_ui->remoteView->header()->setSectionResizeMode(RemoteFolderModel::ModifiedColumn, QHeaderView::ResizeToContents);
    fillProtocols();

    m_thread.adopt(m_manager);
    m_thread.start();

    // Engine -> panel: queued (the manager lives in m_thread).
    connect(m_manager, &TransferManager::transferAdded, this, [this](const TransferInfo &info) {
        m_transfers->update(info);
        updateButtons();
        emit statusChanged();
    });
    connect(m_manager, &TransferManager::transferChanged, this, [this](const TransferInfo &info) {
        m_transfers->update(info);
        updateButtons();
    });
    connect(m_manager, &TransferManager::transferProgress, m_transfers, &TransferTableModel::updateAll);
    connect(m_manager, &TransferManager::transferFinished, this, &FileClientPanel::onTransferFinished);
    connect(m_manager, &TransferManager::listed, this, &FileClientPanel::onListed);
    connect(m_manager, &TransferManager::listFailed, this, &FileClientPanel::onListFailed);

    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, &FileClientPanel::onProtocolChanged);
    // Once the user picks a server, the one of this window is only offered (ownServerButton).
    connect(m_ui->hostEdit, &QLineEdit::textEdited, this, &FileClientPanel::chooseServer);
    for (QSpinBox *spin : {m_ui->protocolPortSpin, m_ui->downloadPortSpin, m_ui->uploadPortSpin})
        connect(spin, &QSpinBox::valueChanged, this, &FileClientPanel::chooseServer);
    connect(m_ui->ownServerButton, &QPushButton::clicked, this, &FileClientPanel::fillOwnServer);
    connect(m_ui->listButton, &QPushButton::clicked, this, &FileClientPanel::refreshRemote);
    connect(m_ui->upButton, &QPushButton::clicked, this,
            [this] { listRemote(RemoteFolderModel::parentPath(m_remote->path())); });
    connect(m_ui->remoteView, &QAbstractItemView::activated, this, &FileClientPanel::onRemoteActivated);
    connect(m_ui->remoteView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FileClientPanel::updateButtons);
    connect(m_ui->downloadSelectedButton, &QPushButton::clicked, this, &FileClientPanel::downloadSelectedRemote);
    connect(m_ui->classicDownloadButton, &QPushButton::clicked, this,
            [this] { download(m_ui->classicNameEdit->text()); });
    connect(m_ui->classicNameEdit, &QLineEdit::returnPressed, this,
            [this] { download(m_ui->classicNameEdit->text()); });
    connect(m_ui->uploadButton, &QPushButton::clicked, this, &FileClientPanel::chooseUploads);
    connect(m_ui->downloadFolderBrowseButton, &QPushButton::clicked, this, &FileClientPanel::browseDownloadFolder);
    connect(m_ui->downloadFolderOpenButton, &QPushButton::clicked, this, [this] { openFolder(downloadFolder()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FileClientPanel::cancelSelected);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &FileClientPanel::retrySelected);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this, &FileClientPanel::openContainingFolder);
    connect(m_ui->clearFinishedButton, &QPushButton::clicked, this, &FileClientPanel::clearFinished);
    connect(m_ui->transfersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FileClientPanel::updateButtons);

    loadSettings();
    onProtocolChanged();
    showRemoteState();
    updateButtons();
}

FileClientPanel::~FileClientPanel()
{
    saveSettings();
    // Cancel in the manager's thread so partial files are released (classic: deleted; SocketLab:
    // kept as .part for a later resume) before the thread deletes it.
    QMetaObject::invokeMethod(m_manager, [manager = m_manager] { manager->cancelAll(); }, Qt::BlockingQueuedConnection);
}

QString FileClientPanel::roleText() const
{
    return tr("&Client (download and upload)");
}

TransferTableModel *FileClientPanel::transferModel() const
{
    return m_transfers;
}

RemoteFolderModel *FileClientPanel::remoteModel() const
{
    return m_remote;
}

TransferInfo::Protocol FileClientPanel::protocol() const
{
    return TransferInfo::Protocol(m_ui->protocolCombo->currentData().toInt());
}

QString FileClientPanel::downloadFolder() const
{
    return QDir::fromNativeSeparators(m_ui->downloadFolderEdit->text().trimmed());
}

QString FileClientPanel::host() const
{
    return m_ui->hostEdit->text().trimmed();
}

QString FileClientPanel::statusSummary() const
{
    const int unfinished = m_transfers->unfinishedCount();
    if (unfinished == 0)
        return {};
    return tr("File transfers: %n in progress", "", unfinished);
}

qint64 FileClientPanel::bytesReceived() const
{
    return m_transfers->bytesReceived();
}

qint64 FileClientPanel::bytesSent() const
{
    return m_transfers->bytesSent();
}

void FileClientPanel::offerServer(const QString &host, quint16 protocolPort, quint16 downloadPort, quint16 uploadPort)
{
    m_own = {host, protocolPort, downloadPort, uploadPort};
    if (!host.isEmpty() && !m_serverChosen)
        fillOwnServer();
    updateOwnServerButton();
}

void FileClientPanel::fillOwnServer()
{
    if (m_own.host.isEmpty())
        return;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        setServer(m_own.host, m_own.protocolPort, m_own.downloadPort, m_own.uploadPort);
    }
    m_serverChosen = false;   // follow this window's server again (a restart may change its ports)
    updateOwnServerButton();
}

void FileClientPanel::chooseServer()
{
    if (!m_filling)
        m_serverChosen = true;
    updateOwnServerButton();
}

void FileClientPanel::updateOwnServerButton()
{
    const bool offered = !m_own.host.isEmpty()
        && (host() != m_own.host || m_ui->protocolPortSpin->value() != m_own.protocolPort
            || m_ui->downloadPortSpin->value() != m_own.downloadPort || m_ui->uploadPortSpin->value() != m_own.uploadPort);
    if (offered)
        m_ui->ownServerButton->setToolTip(
            tr("Fill in the file server running in this window: host %1, SocketLab port %2, classic download port %3, "
               "classic upload port %4.")
                .arg(m_own.host).arg(m_own.protocolPort).arg(m_own.downloadPort).arg(m_own.uploadPort));
    m_ui->ownServerButton->setVisible(offered);
}

void FileClientPanel::setServer(const QString &host, quint16 protocolPort, quint16 downloadPort, quint16 uploadPort)
{
    m_ui->hostEdit->setText(host);
    m_ui->protocolPortSpin->setValue(protocolPort);
    m_ui->downloadPortSpin->setValue(downloadPort);
    m_ui->uploadPortSpin->setValue(uploadPort);
}

void FileClientPanel::setProtocol(TransferInfo::Protocol protocol)
{
    const int i = m_ui->protocolCombo->findData(int(protocol));
    if (i >= 0)
        m_ui->protocolCombo->setCurrentIndex(i);
}

void FileClientPanel::setDownloadFolder(const QString &path)
{
    m_ui->downloadFolderEdit->setText(QDir::toNativeSeparators(path));
}

void FileClientPanel::fillProtocols()
{
    const int current = m_ui->protocolCombo->currentIndex() >= 0 ? m_ui->protocolCombo->currentData().toInt()
                                                                 : int(TransferInfo::Protocol::Slft);
    const QSignalBlocker block(m_ui->protocolCombo);
    m_ui->protocolCombo->clear();
    m_ui->protocolCombo->addItem(tr("SocketLab (folder listing, resume, SHA-256 check)"),
                                 int(TransferInfo::Protocol::Slft));
    m_ui->protocolCombo->addItem(tr("Classic (the seed scripts' <SEPARATOR> protocol)"),
                                 int(TransferInfo::Protocol::Classic));
    m_ui->protocolCombo->setCurrentIndex(qMax(0, m_ui->protocolCombo->findData(current)));
}

void FileClientPanel::onProtocolChanged()
{
    const bool classic = protocol() == TransferInfo::Protocol::Classic;
    m_ui->remoteStack->setCurrentWidget(classic ? m_ui->classicPage : m_ui->socketLabPage);
    m_ui->protocolPortSpin->setEnabled(!classic);
    m_ui->downloadPortSpin->setEnabled(classic);
    m_ui->uploadPortSpin->setEnabled(classic);
}

void FileClientPanel::download(const QString &remoteName)
{
    const QString name = remoteName.trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type the name of the file to download, as it is on the server."));
        return;
    }
    if (host().isEmpty()) {
        showMessage(tr("Type the address of the server first, for example 127.0.0.1."));
        return;
    }
    QString error;
    const QString folder = downloadFolder();
    if (!FileTabFolders::ensure(folder, &error)) {
        showMessage(error);
        return;
    }
    TransferRequest request;
    request.direction = TransferInfo::Direction::Download;
    request.protocol = protocol();
    request.host = host();
    request.port = quint16(request.protocol == TransferInfo::Protocol::Classic ? m_ui->downloadPortSpin->value()
                                                                               : m_ui->protocolPortSpin->value());
    request.remoteName = name;
    request.localPath = QDir(folder).absolutePath();
    showMessage({});
    QMetaObject::invokeMethod(m_manager, [manager = m_manager, request] { manager->add(request); });
}

void FileClientPanel::upload(const QStringList &paths)
{
    if (host().isEmpty()) {
        showMessage(tr("Type the address of the server first, for example 127.0.0.1."));
        return;
    }
    const TransferInfo::Protocol chosen = protocol();
    const quint16 port = quint16(chosen == TransferInfo::Protocol::Classic ? m_ui->uploadPortSpin->value()
                                                                           : m_ui->protocolPortSpin->value());
    QStringList skipped;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            skipped.append(QDir::toNativeSeparators(path));
            continue;
        }
        TransferRequest request;
        request.direction = TransferInfo::Direction::Upload;
        request.protocol = chosen;
        request.host = host();
        request.port = port;
        request.remoteName = info.fileName();
        request.localPath = info.absoluteFilePath();
        QMetaObject::invokeMethod(m_manager, [manager = m_manager, request] { manager->add(request); });
    }
    if (skipped.isEmpty())
        showMessage({});
    else
        showMessage(tr("Only files can be uploaded; not sent: %1").arg(QLocale().createSeparatedList(skipped)));
}

void FileClientPanel::listRemote(const QString &path)
{
    if (host().isEmpty()) {
        showMessage(tr("Type the address of the server first, for example 127.0.0.1."));
        return;
    }
    m_listHost = host();
    m_listPort = quint16(m_ui->protocolPortSpin->value());
    m_listPath = path;
    m_listing = true;
    m_listError.clear();
    showRemoteState();
    QMetaObject::invokeMethod(m_manager, [manager = m_manager, h = m_listHost, p = m_listPort, path] {
        manager->list(h, p, path);
    });
}

void FileClientPanel::refreshRemote()
{
    // Another server: start again at its top folder.
    const bool sameServer = m_remote->hasListing() && m_listHost == host() && m_listPort == m_ui->protocolPortSpin->value();
    listRemote(sameServer ? m_remote->path() : QString());
}

void FileClientPanel::onListed(const QString &host, quint16 port, const QString &path, const QList<RemoteEntry> &entries)
{
    if (host != m_listHost || port != m_listPort || path != m_listPath)
        return;
    m_listing = false;
    m_listError.clear();
    m_remote->setListing(path, entries);
    showRemoteState();
    updateButtons();
}

void FileClientPanel::onListFailed(const QString &host, quint16 port, const QString &path, const QString &reason)
{
    if (host != m_listHost || port != m_listPort || path != m_listPath)
        return;
    m_listing = false;
    m_listError.set(reason);
    showRemoteState();
    updateButtons();
}

void FileClientPanel::onRemoteActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString path = index.data(RemoteFolderModel::PathRole).toString();
    if (index.data(RemoteFolderModel::IsFolderRole).toBool())
        listRemote(path);
    else
        download(path);
}

void FileClientPanel::downloadSelectedRemote()
{
    const QModelIndexList rows = m_ui->remoteView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (!index.data(RemoteFolderModel::IsFolderRole).toBool())
            download(index.data(RemoteFolderModel::PathRole).toString());
    }
}

void FileClientPanel::onTransferFinished(const TransferInfo &info)
{
    m_transfers->update(info);
    updateButtons();
    emit statusChanged();
}

QList<TransferInfo> FileClientPanel::selectedTransfers() const
{
    QList<TransferInfo> out;
    const QModelIndexList rows = m_ui->transfersView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        out.append(m_transfers->transferAt(row.row()));
    return out;
}

void FileClientPanel::cancelSelected()
{
    for (const TransferInfo &info : selectedTransfers()) {
        if (!info.isFinished())
            QMetaObject::invokeMethod(m_manager, [manager = m_manager, id = info.id] { manager->cancel(id); });
    }
}

void FileClientPanel::retrySelected()
{
    for (const TransferInfo &info : selectedTransfers()) {
        if (info.state == TransferInfo::State::Failed || info.state == TransferInfo::State::Cancelled)
            QMetaObject::invokeMethod(m_manager, [manager = m_manager, id = info.id] { manager->retry(id); });
    }
}

void FileClientPanel::openContainingFolder()
{
    const QList<TransferInfo> selected = selectedTransfers();
    if (selected.isEmpty() || selected.constFirst().localPath.isEmpty())
        openFolder(downloadFolder());
    else
        openFolder(QFileInfo(selected.constFirst().localPath).absolutePath());
}

void FileClientPanel::clearFinished()
{
    const QList<quint64> ids = m_transfers->removeFinished();
    QMetaObject::invokeMethod(m_manager, [manager = m_manager, ids] {
        for (const quint64 id : ids)
            manager->remove(id);
    });
    updateButtons();
}

void FileClientPanel::chooseUploads()
{
    QSettings s;
    const QString start = s.value(QStringLiteral("files/client/uploadFrom"), QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Choose the files to upload"), start);
    if (paths.isEmpty())
        return;
    s.setValue(QStringLiteral("files/client/uploadFrom"), QFileInfo(paths.constFirst()).absolutePath());
    upload(paths);
}

void FileClientPanel::browseDownloadFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose where downloads are saved"), downloadFolder());
    if (!dir.isEmpty())
        setDownloadFolder(dir);
}

void FileClientPanel::openFolder(const QString &folder)
{
    QString error;
    if (!FileTabFolders::ensure(folder, &error)) {
        showMessage(error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(folder).absolutePath()));
}

void FileClientPanel::showMessage(const QString &text)
{
    m_message.set(text);
    showMessageInThisLanguage();
}

void FileClientPanel::showMessageInThisLanguage()
{
    // A sentence worded in another language goes after a switch (it may be an engine's reason,
    // which cannot be worded again), and comes back with its language.
    const QString text = m_message.current();
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void FileClientPanel::showRemoteState()
{
    if (m_remote->hasListing())
        m_ui->pathLabel->setText(tr("Folder: /%1").arg(m_remote->path()));
    else
        m_ui->pathLabel->setText(tr("Press “List files” to see the files on the server."));
    if (m_listing)
        m_ui->remoteStateLabel->setText(tr("Asking the server for the files in /%1…").arg(m_listPath));
    else if (!m_listError.current().isEmpty())
        m_ui->remoteStateLabel->setText(tr("Cannot list /%1: %2").arg(m_listPath, m_listError.current()));
    else if (!m_listError.isEmpty())   // worded in another language: say so in this one
        m_ui->remoteStateLabel->setText(tr("Cannot list /%1. List the files again to see why.").arg(m_listPath));
    else if (m_remote->hasListing())
        m_ui->remoteStateLabel->setText(
            tr("%n entries. Double-click a folder to open it, a file to download it.", "",
               m_remote->fileCount() + m_remote->folderCount()));
    else
        m_ui->remoteStateLabel->clear();
}

void FileClientPanel::updateButtons()
{
    bool cancellable = false;
    bool retryable = false;
    const QList<TransferInfo> selected = selectedTransfers();
    for (const TransferInfo &info : selected) {
        cancellable = cancellable || !info.isFinished();
        retryable = retryable || info.state == TransferInfo::State::Failed || info.state == TransferInfo::State::Cancelled;
    }
    m_ui->cancelButton->setEnabled(cancellable);
    m_ui->retryButton->setEnabled(retryable);
    m_ui->clearFinishedButton->setEnabled(m_transfers->rowCount() > m_transfers->unfinishedCount());
    m_ui->upButton->setEnabled(m_remote->hasListing() && !m_remote->path().isEmpty());
    bool fileSelected = false;
    const QModelIndexList remoteRows = m_ui->remoteView->selectionModel()->selectedRows();
    for (const QModelIndex &index : remoteRows)
        fileSelected = fileSelected || !index.data(RemoteFolderModel::IsFolderRole).toBool();
    m_ui->downloadSelectedButton->setEnabled(fileSelected);
    m_ui->listButton->setText(m_remote->hasListing() ? tr("&Refresh") : tr("&List files"));
}

void FileClientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        TransferTableSizing::apply(m_ui->transfersView, m_transfers);
        fillProtocols();
        m_transfers->retranslate();
        m_remote->retranslate();
        updateOwnServerButton();
        showRemoteState();
        showMessageInThisLanguage();
        updateButtons();
    }
    RolePanel::changeEvent(event);
}

void FileClientPanel::loadSettings()
{
    const QScopedValueRollback<bool> filling(m_filling, true);   // the last session's server is no choice yet
    QSettings s;
    s.beginGroup(QStringLiteral("files/client"));
    m_ui->hostEdit->setText(s.value(QStringLiteral("host"), QStringLiteral("127.0.0.1")).toString());
    setProtocol(TransferInfo::Protocol(s.value(QStringLiteral("protocol"), int(TransferInfo::Protocol::Slft)).toInt()));
    m_ui->protocolPortSpin->setValue(s.value(QStringLiteral("protocolPort"), FileServerOptions::DefaultProtocolPort).toInt());
    m_ui->downloadPortSpin->setValue(s.value(QStringLiteral("downloadPort"), FileServerOptions::DefaultDownloadPort).toInt());
    m_ui->uploadPortSpin->setValue(s.value(QStringLiteral("uploadPort"), FileServerOptions::DefaultUploadPort).toInt());
    setDownloadFolder(s.value(QStringLiteral("downloadFolder"), FileTabFolders::defaultDownloads()).toString());
    m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    showMessage({});
}

void FileClientPanel::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("files/client"));
    s.setValue(QStringLiteral("host"), host());
    s.setValue(QStringLiteral("protocol"), int(protocol()));
    s.setValue(QStringLiteral("protocolPort"), m_ui->protocolPortSpin->value());
    s.setValue(QStringLiteral("downloadPort"), m_ui->downloadPortSpin->value());
    s.setValue(QStringLiteral("uploadPort"), m_ui->uploadPortSpin->value());
    s.setValue(QStringLiteral("downloadFolder"), downloadFolder());
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
}
