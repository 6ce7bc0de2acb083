#include "TcpServerPanel.h"
#include "ui_TcpServerPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

#include "ClientListModel.h"
#include "LanguageManager.h"
#include "ListenOnWidget.h"
#include "QuickSendChoice.h"
#include "QuickSendList.h"
#include "ReceiveRecorder.h"
#include "ReceiveToFileBox.h"
#include "SplitterMemory.h"
#include "TcpServer.h"
#include "TrafficView.h"
#include "UiChoices.h"
#include "ThroughputChart.h"

TcpServerPanel::TcpServerPanel(QWidget *parent)
    : RolePanel(parent)
    , m_ui(std::make_unique<Ui::TcpServerPanel>())
    , m_clients(new ClientListModel(this))
    , m_replyMeaning(new QLabel(this))
    , m_greetingSource(new QComboBox(this))
    , m_quickSendNote(new QLabel(this))
    , m_server(new TcpServer)
    , m_runner(QStringLiteral("tcp-server"), m_server, &TcpServer::stop)
{
    m_ui->setupUi(this);
    m_ui->throughputChart->setSource([this] { return RateSampler::Counters{bytesReceived(), bytesSent(), 0}; });
    // The seed's fixed reply is Chinese (已送达): an English window says what it means beside it.
    auto *replyRow = new QWidget(this);
    auto *replyBox = new QHBoxLayout(replyRow);
    replyBox->setContentsMargins(0, 0, 0, 0);
    m_ui->behaviourForm->removeWidget(m_ui->replyTextEdit);
    replyBox->addWidget(m_ui->replyTextEdit, 1);
    replyBox->addWidget(m_replyMeaning);
    m_replyMeaning->setObjectName(QStringLiteral("replyMeaningLabel"));
    m_replyMeaning->setEnabled(false);   // a hint, greyed like a placeholder
    m_ui->behaviourForm->setWidget(1, QFormLayout::FieldRole, replyRow);
    // The greeting: the typed text, or a quick-send message chosen beside it.
    int greetingRow = 0;
    QFormLayout::ItemRole greetingRole;
    m_ui->behaviourForm->getWidgetPosition(m_ui->greetingEdit, &greetingRow, &greetingRole);
    auto *greetingBox = new QWidget(this);
    auto *greetingLayout = new QHBoxLayout(greetingBox);
    greetingLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->behaviourForm->removeWidget(m_ui->greetingEdit);
    greetingLayout->addWidget(m_ui->greetingEdit, 1);
    greetingLayout->addWidget(m_greetingSource);
    m_ui->behaviourForm->setWidget(greetingRow, QFormLayout::FieldRole, greetingBox);
    m_greetingSource->setObjectName(QStringLiteral("greetingSourceCombo"));
    m_greetingSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_greetingSource->setMinimumContentsLength(8);
    m_quickSendNote->setObjectName(QStringLiteral("quickSendNoteLabel"));
    m_quickSendNote->setWordWrap(true);
    m_quickSendNote->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_quickSendNote->hide();
    m_ui->behaviourForm->insertRow(greetingRow + 1, m_quickSendNote);
    connect(m_ui->replyTextEdit, &QLineEdit::textChanged, this, [this] { showReplyMeaning(); });
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] { showReplyMeaning(); });
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(0, 1);
    m_ui->splitter->setSizes({440, 740});      // until the user's own sizes are restored
    SplitterMemory::remember(m_ui->rightSplitter, QStringLiteral("tcp/server/rightSplitter"), {470, 200});
    m_ui->trafficView->setSettingsKey(QStringLiteral("tcp/server/log"));
    m_ui->trafficView->setEmptyHint(EmptyHint::Log::TcpServer);
    m_ui->clientsView->setModel(m_clients);
    // Every column in view without a horizontal scroll bar: the counters as wide as their headers
    // (or numbers), the client's address takes the rest.
    QHeaderView *header = m_ui->clientsView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(36);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClientListModel::PeerColumn, QHeaderView::Stretch);
    EmptyHint::attach(m_ui->clientsView, EmptyHint::Log::TcpClients);
    // Wide enough for a client's address and every counter column ("Msgs out" too).
    int clientsWidth = m_ui->clientsView->fontMetrics().horizontalAdvance(QStringLiteral("127.0.0.1:65535")) + 8;
    for (int column = ClientListModel::SinceColumn; column < ClientListModel::ColumnCount; ++column)
        clientsWidth += header->sectionSizeHint(column);
    const QMargins group = m_ui->clientsLayout->contentsMargins();
    const QMargins pane = m_ui->leftLayout->contentsMargins();
    clientsWidth += 2 * m_ui->clientsView->frameWidth() + group.left() + group.right() + pane.left() + pane.right() + 4;
    m_ui->leftPane->setMinimumWidth(qMax(m_ui->leftPane->minimumSizeHint().width(), clientsWidth));
    m_ui->sendBox->setSettingsKey(QStringLiteral("tcp/server/send"));
    m_ui->replyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->replyCombo->setMinimumContentsLength(20);
    QuickSendList *quickSend = m_ui->sendBox->quickSendList();
    m_replyChoice = new QuickSendChoice(
        m_ui->replyCombo, quickSend, UiChoices::fillReplyModes,
        {[](const QString &name) { return tr("Quick-send message: %1").arg(name); },
         [] { return tr("Quick-send message (the list is empty)"); }},
        int(ReplyPolicy::Mode::Text), this);
    m_greetingChoice = new QuickSendChoice(
        m_greetingSource, quickSend, [](QComboBox *combo) {
            combo->clear();
            combo->addItem(tr("Typed text"));
        },
        {[](const QString &name) { return name; }, [] { return tr("(the quick-send list is empty)"); }}, QVariant(), this);
    connect(m_replyChoice, &QuickSendChoice::chosenItemEdited, this, &TcpServerPanel::pushBehaviour);
    connect(m_greetingChoice, &QuickSendChoice::chosenItemEdited, this, &TcpServerPanel::pushBehaviour);
    connect(m_replyChoice, &QuickSendChoice::chosenItemDeleted, this, [this](const QString &name) {
        pushBehaviour();
        showQuickSendNote(tr("The quick-send message “%1” was deleted, so the server no longer replies with it: "
                             "the reply is now “None”.").arg(name));
    });
    connect(m_greetingChoice, &QuickSendChoice::chosenItemDeleted, this, [this](const QString &name) {
        pushBehaviour();
        showQuickSendNote(tr("The quick-send message “%1” was deleted, so the greeting is the typed text again.").arg(name));
    });
    retranslateDynamic();

    // Receive to file: the recorder lives in the engine's thread and the engine feeds it every
    // byte it reads; the box drives it with queued calls.
    auto *recorder = new ReceiveRecorder;
    m_runner.adopt(recorder);
    m_runner.call([server = m_server, recorder] { server->setRecorder(recorder); });
    m_ui->receiveToFile->setSource(ReceiveToFileBox::Source::TcpServer);
    m_ui->receiveToFile->setToggle(m_ui->receiveToFileCheck);
    m_ui->receiveToFile->setSettingsKey(QStringLiteral("tcp/server/receiveToFile"));
    m_ui->receiveToFile->setRecorder(recorder);

    // Engine -> panel: queued (the engine lives in m_runner's thread).
    m_runner.follow(&TcpServer::started, &TcpServer::startFailed, &TcpServer::stopped,
                    [this](const QHostAddress &address, quint16 port) {
                        m_address = address;
                        m_port = port;
                        m_chosePort = m_ui->listenOn->port() == 0;   // the field, unchanged while running
                    });
    connect(&m_runner, &ServerRunner::stateChanged, this, &TcpServerPanel::onStateChanged);
    connect(m_server, &TcpServer::statsChanged, this, &TcpServerPanel::onStats);
    connect(m_server, &TcpServer::trafficEvents, m_ui->trafficView, &TrafficView::appendEvents);

    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { m_runner.isBusy() ? stop() : start(); });
    connect(m_ui->replyCombo, &QComboBox::currentIndexChanged, this, &TcpServerPanel::pushBehaviour);
    connect(m_ui->replyTextEdit, &QLineEdit::editingFinished, this, &TcpServerPanel::pushBehaviour);
    connect(m_ui->greetingEdit, &QLineEdit::editingFinished, this, &TcpServerPanel::pushBehaviour);
    connect(m_greetingSource, &QComboBox::currentIndexChanged, this, &TcpServerPanel::pushBehaviour);
    for (QComboBox *combo : {m_ui->replyCombo, m_greetingSource})
        connect(combo, &QComboBox::activated, m_quickSendNote, &QWidget::hide);   // the user chose again
    connect(m_ui->relayCheck, &QCheckBox::toggled, this, &TcpServerPanel::pushBehaviour);
    connect(m_ui->framingCombo, &QComboBox::currentIndexChanged, this, &TcpServerPanel::pushBehaviour);
    connect(m_ui->sendBox, &SendBox::encodingChanged, this, &TcpServerPanel::pushBehaviour);
    connect(m_ui->sendBox, &SendBox::sendRequested, this, &TcpServerPanel::sendPayload);
    connect(m_ui->sendBox, &SendBox::sendFileRequested, this, &TcpServerPanel::sendFile);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, [this] {
        const QList<quint64> ids = selectedIds();
        m_runner.call([server = m_server, ids] { server->disconnectClients(ids); });
    });
    connect(m_ui->resetCountersButton, &QPushButton::clicked, this, &TcpServerPanel::resetCounters);
    connect(m_ui->clientsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TcpServerPanel::updateWidgets);
    connect(m_ui->sendTargetCombo, &QComboBox::currentIndexChanged, this, &TcpServerPanel::updateWidgets);

    loadSettings();
    updateWidgets();
}

TcpServerPanel::~TcpServerPanel()
{
    saveSettings();
    // m_runner stops the engine (clients see an orderly close); its thread deletes it.
}

QString TcpServerPanel::roleText() const
{
    return tr("&Server (listen for clients)");
}

TrafficView *TcpServerPanel::trafficView() const
{
    return m_ui->trafficView;
}

bool TcpServerPanel::isListening() const
{
    return m_runner.isRunning();
}

quint16 TcpServerPanel::listeningPort() const
{
    return isListening() ? m_port : 0;
}

qint64 TcpServerPanel::bytesReceived() const
{
    qint64 total = m_retiredIn;
    for (const ConnectionStats &c : m_clients->clients())
        total += c.bytesIn;
    return total;
}

qint64 TcpServerPanel::bytesSent() const
{
    qint64 total = m_retiredOut;
    for (const ConnectionStats &c : m_clients->clients())
        total += c.bytesOut;
    return total;
}

QString TcpServerPanel::statusSummary() const
{
    if (!isListening())
        return {};
    // Worded now, so that it follows a language switch.
    return tr("TCP server on %1: %n client(s)", "", int(m_clients->rowCount())).arg(ListenOnWidget::describe(m_address, m_port));
}

ReplyPolicy TcpServerPanel::replyFromFields() const
{
    if (m_replyChoice->isItemChosen()) {
        ReplyPolicy reply;
        const std::optional<QByteArray> bytes = m_replyChoice->chosenPayload();
        reply.mode = bytes ? ReplyPolicy::Mode::Text : ReplyPolicy::Mode::None;
        reply.text = bytes.value_or(QByteArray());
        return reply;
    }
    return UiChoices::replyPolicy(m_ui->replyCombo, m_ui->replyTextEdit->text(), m_ui->sendBox->encoding());
}

QByteArray TcpServerPanel::greetingFromFields() const
{
    if (m_greetingChoice->isItemChosen())
        return m_greetingChoice->chosenPayload().value_or(QByteArray());
    return TextCodec::encode(m_ui->greetingEdit->text(), m_ui->sendBox->encoding());
}

void TcpServerPanel::showQuickSendNote(const QString &text)
{
    m_quickSendNote->setText(text);
    m_quickSendNote->show();
}

std::optional<TcpServerOptions> TcpServerPanel::optionsFromFields(QString *error) const
{
    TcpServerOptions options;
    if (!m_ui->listenOn->read(&options.bindAddress, &options.port, error))
        return std::nullopt;
    options.reply = replyFromFields();
    options.greeting = greetingFromFields();
    options.relay = m_ui->relayCheck->isChecked();
    options.framing = UiChoices::framing(m_ui->framingCombo);
    return options;
}

void TcpServerPanel::applyOptions(const TcpServerOptions &options, TextCodec::Encoding encoding)
{
    m_ui->sendBox->setEncoding(encoding);
    m_ui->trafficView->setEncoding(encoding);
    m_ui->listenOn->setAddress(options.bindAddress);
    m_ui->listenOn->setPort(options.port);
    UiChoices::setReplyMode(m_ui->replyCombo, options.reply.mode);
    if (options.reply.mode == ReplyPolicy::Mode::Text)
        m_ui->replyTextEdit->setText(TextCodec::decode(options.reply.text, encoding, false));
    m_ui->greetingEdit->setText(TextCodec::decode(options.greeting, encoding, false));
    m_greetingSource->setCurrentIndex(0);   // the typed greeting
    m_ui->relayCheck->setChecked(options.relay);
    UiChoices::setFraming(m_ui->framingCombo, options.framing);
}

void TcpServerPanel::saveReceived(const SaveSettings &save)
{
    if (!save.isSet())
        return;
    m_ui->receiveToFile->setFileName(save.path);
    m_ui->receiveToFile->setFormat(save.format);
    m_ui->receiveToFile->choosePeer(QString());
    m_ui->receiveToFile->startWhenActive();
}

void TcpServerPanel::start()
{
    if (!m_runner.start(&TcpServer::start, [this](QString *error) { return optionsFromFields(error); }))
        QMessageBox::warning(this, tr("Cannot start the server"), m_runner.failure().current());
}

void TcpServerPanel::stop()
{
    m_runner.stop();
}

void TcpServerPanel::onStateChanged(ServerRunner::State now, ServerRunner::State before)
{
    if (now == ServerRunner::State::Starting)
        saveSettings();   // the fields it started with
    showState();
    m_ui->receiveToFile->setSourceActive(now == ServerRunner::State::Running);
    if (now == ServerRunner::State::Stopped && before != ServerRunner::State::Stopped)
        onStats({});   // the engine said so too; the clients are gone
    updateWidgets();
    emit statusChanged();
    if (now == ServerRunner::State::Running)
        emit ownServerChanged(ListenOnWidget::localClientHost(m_address), m_port);
    else if (now == ServerRunner::State::Stopped && before != ServerRunner::State::Stopped)
        emit ownServerChanged({}, 0);
}

void TcpServerPanel::onStats(const QList<ConnectionStats> &clients)
{
    // Keep the totals of clients that left, so the counters never go backwards.
    for (const ConnectionStats &old : m_clients->clients()) {
        const bool stillThere = std::any_of(clients.cbegin(), clients.cend(),
                                            [&old](const ConnectionStats &c) { return c.id == old.id; });
        if (!stillThere) {
            m_retiredIn += old.bytesIn;
            m_retiredOut += old.bytesOut;
        }
    }
    m_clients->setClients(clients);
    QStringList peers;
    for (const ConnectionStats &c : clients)
        peers.append(c.peer);
    m_ui->receiveToFile->setPeers(peers);
    updateWidgets();
    emit statusChanged();
}

QList<quint64> TcpServerPanel::selectedIds() const
{
    QList<quint64> ids;
    const QModelIndexList rows = m_ui->clientsView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(ClientListModel::IdRole).value<quint64>());
    return ids;
}

QList<quint64> TcpServerPanel::targetIds() const
{
    return m_ui->sendTargetCombo->currentIndex() == 1 ? selectedIds() : QList<quint64>{};
}

void TcpServerPanel::sendPayload(const QByteArray &payload)
{
    const bool toSelected = m_ui->sendTargetCombo->currentIndex() == 1;
    const QList<quint64> ids = selectedIds();
    if (toSelected && ids.isEmpty()) {
        QMessageBox::information(this, tr("Nobody selected"),
                                 tr("Select one or more clients in the list, or send to all clients."));
        return;
    }
    m_runner.call([server = m_server, payload, ids, toSelected] {
        if (toSelected)
            server->sendTo(ids, payload);
        else
            server->sendToAll(payload);
    });
}

void TcpServerPanel::sendFile(const QString &path)
{
    const QList<quint64> ids = targetIds();
    if (m_ui->sendTargetCombo->currentIndex() == 1 && ids.isEmpty()) {
        QMessageBox::information(this, tr("Nobody selected"),
                                 tr("Select one or more clients in the list, or send to all clients."));
        return;
    }
    m_runner.call([server = m_server, ids, path] { server->sendFileTo(ids, path); });
}

void TcpServerPanel::pushBehaviour()
{
    updateWidgets();
    const ReplyPolicy reply = replyFromFields();
    const QByteArray greeting = greetingFromFields();
    const bool relay = m_ui->relayCheck->isChecked();
    const Framer::Mode framing = UiChoices::framing(m_ui->framingCombo);
    m_runner.call([server = m_server, reply, greeting, relay, framing] {
        server->setReplyPolicy(reply);
        server->setGreeting(greeting);
        server->setRelay(relay);
        server->setFraming(framing);
    });
}

void TcpServerPanel::resetCounters()
{
    // The engine zeros every client's counters and reports them at once; the totals of clients
    // that left are cleared once that report is in (queued behind it), so no older report can
    // bring them back. (The panel outlives the call: m_runner's destructor waits for the engine's
    // thread to finish what is queued, and a call queued to a deleted panel is dropped.)
    m_runner.call([this, server = m_server] {
        server->resetCounters();
        QMetaObject::invokeMethod(this, [this] {
            m_retiredIn = 0;
            m_retiredOut = 0;
            emit statusChanged();
        });
    });
}

void TcpServerPanel::updateWidgets()
{
    const bool busy = m_runner.isBusy();
    m_ui->startButton->setText(busy ? tr("&Stop") : tr("&Start"));
    m_ui->listenOn->setEnabled(!busy);
    m_ui->replyTextEdit->setEnabled(UiChoices::replyMode(m_ui->replyCombo) == ReplyPolicy::Mode::Text
                                    && !m_replyChoice->isItemChosen());
    m_ui->greetingEdit->setEnabled(!m_greetingChoice->isItemChosen());
    const bool hasClients = m_clients->rowCount() > 0;
    const bool hasSelection = m_ui->clientsView->selectionModel()->hasSelection();
    m_ui->disconnectButton->setEnabled(hasSelection);
    const bool toSelected = m_ui->sendTargetCombo->currentIndex() == 1;
    m_ui->sendBox->setSendEnabled(isListening() && hasClients && (!toSelected || hasSelection));
    m_ui->clientsGroup->setTitle(tr("Clients (%1)").arg(m_clients->rowCount()));
}

void TcpServerPanel::retranslateDynamic()
{
    m_replyChoice->refill();
    m_greetingChoice->refill();
    m_quickSendNote->hide();   // worded in the language before
    m_greetingSource->setToolTip(tr("Send the typed greeting, or a message of the quick-send list (in its own format)"));
    UiChoices::fillFraming(m_ui->framingCombo);
    const int target = qMax(0, m_ui->sendTargetCombo->currentIndex());
    m_ui->sendTargetCombo->clear();
    m_ui->sendTargetCombo->addItems({tr("All clients"), tr("Selected clients")});
    m_ui->sendTargetCombo->setCurrentIndex(target);
    m_clients->retranslate();
    showReplyMeaning();
}

void TcpServerPanel::showReplyMeaning()
{
    m_replyMeaning->setText(tr("(“delivered”)"));
    m_replyMeaning->setVisible(m_ui->replyTextEdit->text().trimmed() == QStringLiteral("已送达")
                               && !LanguageManager::instance().effectiveCode().startsWith(QLatin1String("zh")));
}

void TcpServerPanel::showState()
{
    if (isListening()) {
        const QString where = ListenOnWidget::describe(m_address, m_port);   // "any address" in this language
        m_ui->stateLabel->setText(m_chosePort ? tr("Listening on %1 (the system chose port %2).").arg(where).arg(m_port)
                                              : tr("Listening on %1.").arg(where));
        return;
    }
    m_ui->stateLabel->setText(m_runner.idleLine(tr("Starting…"), tr("Not listening."),
                                                tr("Not listening: the server could not start. Press Start to try again and see why.")));
}

void TcpServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDynamic();
        showState();
        updateWidgets();
    }
    RolePanel::changeEvent(event);
}

void TcpServerPanel::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("tcp/server"));
    // "bind" is the setting of earlier versions, which kept "any address" as 0.0.0.0 (IPv4 only).
    m_ui->listenOn->setAddressKey(s.value(QStringLiteral("listen"),
                                          ListenOnWidget::keyFromOldSetting(s.value(QStringLiteral("bind")).toString()))
                                      .toString());
    m_ui->listenOn->setPort(quint16(s.value(QStringLiteral("port"), 1246).toUInt()));
    UiChoices::setReplyMode(m_ui->replyCombo, ReplyPolicy::Mode(s.value(QStringLiteral("reply"), 0).toInt()));
    m_ui->replyTextEdit->setText(s.value(QStringLiteral("replyText"), QStringLiteral("已送达")).toString());
    m_ui->greetingEdit->setText(s.value(QStringLiteral("greeting")).toString());
    const QString replyItem = s.value(QStringLiteral("replyQuickSend")).toString();
    if (!replyItem.isEmpty() && !m_replyChoice->choose(replyItem))
        UiChoices::setReplyMode(m_ui->replyCombo, ReplyPolicy::Mode::None);   // that message is gone
    m_greetingChoice->choose(s.value(QStringLiteral("greetingQuickSend")).toString());
    m_ui->relayCheck->setChecked(s.value(QStringLiteral("relay"), false).toBool());
    UiChoices::setFraming(m_ui->framingCombo, Framer::Mode(s.value(QStringLiteral("framing"), 0).toInt()));
    m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
}

void TcpServerPanel::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("tcp/server"));
    s.setValue(QStringLiteral("listen"), m_ui->listenOn->addressKey());
    s.setValue(QStringLiteral("port"), m_ui->listenOn->port());
    s.setValue(QStringLiteral("reply"), int(UiChoices::replyMode(m_ui->replyCombo)));
    s.setValue(QStringLiteral("replyText"), m_ui->replyTextEdit->text());
    s.setValue(QStringLiteral("greeting"), m_ui->greetingEdit->text());
    s.setValue(QStringLiteral("replyQuickSend"), m_replyChoice->chosenId());
    s.setValue(QStringLiteral("greetingQuickSend"), m_greetingChoice->chosenId());
    s.setValue(QStringLiteral("relay"), m_ui->relayCheck->isChecked());
    s.setValue(QStringLiteral("framing"), int(UiChoices::framing(m_ui->framingCombo)));
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
}
