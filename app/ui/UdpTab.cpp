#include "UdpTab.h"
#include "ui_UdpTab.h"

#include <QFile>
#include <QHeaderView>
#include <QListWidgetItem>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QScrollBar>
#include <QSettings>

#include "Endpoint.h"
#include "ListenOnWidget.h"
#include "NetworkAddresses.h"
#include "PeerListModel.h"
#include "QuickSendChoice.h"
#include "QuickSendList.h"
#include "ReceiveRecorder.h"
#include "ReceiveToFileBox.h"
#include "TrafficView.h"
#include "UdpCommandLine.h"
#include "UdpPeer.h"
#include "UiChoices.h"
#include "ThroughputChart.h"

UdpTab::UdpTab(QWidget *parent)
    : ToolTab(parent)
    , m_ui(std::make_unique<Ui::UdpTab>())
    , m_peers(new PeerListModel(this))
    , m_quickSendNote(new QLabel(this))
    , m_peer(new UdpPeer)
    , m_runner(QStringLiteral("udp"), m_peer, &UdpPeer::unbind)
{
    m_ui->setupUi(this);
    m_ui->throughputChart->setSource([this] { return RateSampler::Counters{m_counters.bytesIn, m_counters.bytesOut, 0}; });
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(0, 1);
    m_ui->rightSplitter->setSizes({460, 150, 130});
    m_ui->splitter->setSizes({330, 850});
    m_ui->peersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->peersView->setModel(m_peers);
    // Every column in view without a horizontal scroll bar: the sender's address takes what the
    // counters leave.
    m_ui->peersView->horizontalHeader()->setStretchLastSection(false);
    m_ui->peersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->peersView->horizontalHeader()->setSectionResizeMode(PeerListModel::PeerColumn, QHeaderView::Stretch);
    m_ui->sendBox->setSettingsKey(QStringLiteral("udp/send"));
    m_ui->replyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->replyCombo->setMinimumContentsLength(20);
    m_replyChoice = new QuickSendChoice(
        m_ui->replyCombo, m_ui->sendBox->quickSendList(), UiChoices::fillReplyModes,
        {[](const QString &name) { return tr("Quick-send message: %1").arg(name); },
         [] { return tr("Quick-send message (the list is empty)"); }},
        int(ReplyPolicy::Mode::Text), this);
    m_quickSendNote->setObjectName(QStringLiteral("quickSendNoteLabel"));
    m_quickSendNote->setWordWrap(true);
    m_quickSendNote->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_quickSendNote->hide();
    m_ui->replyForm->addRow(m_quickSendNote);
    connect(m_replyChoice, &QuickSendChoice::chosenItemEdited, this, &UdpTab::pushReply);
    connect(m_replyChoice, &QuickSendChoice::chosenItemDeleted, this, [this](const QString &name) {
        pushReply();
        m_quickSendNote->setText(tr("The quick-send message “%1” was deleted, so datagrams are no longer answered "
                                    "with it: the reply is now “None”.").arg(name));
        m_quickSendNote->show();
    });
    connect(m_ui->replyCombo, &QComboBox::activated, m_quickSendNote, &QWidget::hide);   // the user chose again
    m_ui->trafficView->setSettingsKey(QStringLiteral("udp/log"), 7);
    m_ui->trafficView->setEmptyHint(EmptyHint::Log::Udp);
    // IPv4 multicast groups need an IPv4 socket, IPv6 ones an IPv6 socket: offer both "any"s.
    m_ui->listenOn->setSingleStackChoices(true);
    fillChoices();
    // Receive to file: the recorder lives in the engine's thread and the engine feeds it every
    // datagram; the box drives it with queued calls.
    auto *recorder = new ReceiveRecorder;
    m_runner.adopt(recorder);
    m_runner.call([peer = m_peer, recorder] { peer->setRecorder(recorder); });
    m_ui->receiveToFile->setSource(ReceiveToFileBox::Source::Udp);
    m_ui->receiveToFile->setToggle(m_ui->receiveToFileCheck);
    m_ui->receiveToFile->setSettingsKey(QStringLiteral("udp/receiveToFile"));
    m_ui->receiveToFile->setRecorder(recorder);
    // Ticked, the box appears at the bottom of the side panel: scrolled into view once laid out.
    connect(m_ui->receiveToFile, &ReceiveToFileBox::shownChanged, this, [this](bool shown) {
        if (shown)
            QMetaObject::invokeMethod(this, [this] {
                m_ui->leftLayout->activate();
                m_ui->leftScroll->ensureWidgetVisible(m_ui->receiveToFile, 0, 0);
            }, Qt::QueuedConnection);
    });
    // The side panel is never narrower than its contents: no horizontal scroll bar in it.
    // Up to a limit, as wide as its contents would like to be (combo boxes showing their texts).
    const int sideWidth = qMax(m_ui->leftPane->minimumSizeHint().width(),
                               qMin(m_ui->leftPane->sizeHint().width(), fontMetrics().averageCharWidth() * 52));
    m_ui->leftScroll->setMinimumWidth(sideWidth + m_ui->leftScroll->verticalScrollBar()->sizeHint().width());

    m_runner.follow(&UdpPeer::bound, &UdpPeer::bindFailed, &UdpPeer::unbound,
                    [this](const QHostAddress &address, quint16 port, bool automatic) { onBound(address, port, automatic); });
    connect(&m_runner, &ServerRunner::stateChanged, this, &UdpTab::onStateChanged);
    connect(m_peer, &UdpPeer::countersChanged, this, &UdpTab::onCounters);
    connect(m_peer, &UdpPeer::peersChanged, m_peers, &PeerListModel::setPeers);
    connect(m_peer, &UdpPeer::peersChanged, this, [this](const QList<PeerStats> &peers) {
        QStringList senders;
        for (const PeerStats &p : peers)
            senders.append(p.peer);
        senders.sort();   // a stable order to choose from (the list itself is most recent first)
        m_ui->receiveToFile->setPeers(senders);
    });
    connect(m_ui->resetCountersButton, &QPushButton::clicked, this, [this] {
        // flush(): the zeroed counters are reported at once.
        m_runner.call([peer = m_peer] {
            peer->resetCounters();
            peer->flush();
        });
    });
    connect(m_peer, &UdpPeer::groupsChanged, this, &UdpTab::onGroups);
    connect(m_peer, &UdpPeer::trafficEvents, m_ui->trafficView, &TrafficView::appendEvents);
    connect(m_peer, &UdpPeer::lastSenderChanged, this, [this](const QString &peer) {
        m_lastSender = peer;
        m_ui->lastSenderLabel->setText(tr("Last sender: %1").arg(peer));
        updateWidgets();
    });
    // Send failures, ICMP reports and refused joins are already in the log as error rows; a red
    // line above the message box repeats the latest so it cannot be missed, until the action it
    // is about succeeds (a send, a join). It is outside the side panel, so it never makes that
    // scroll, and at most three lines high (the whole text in its tooltip and in the log).
    m_ui->sendStateLabel->setMaximumHeight(m_ui->sendStateLabel->fontMetrics().lineSpacing() * 3);
    connect(m_peer, &UdpPeer::sendFailed, this, [this](const QString &reason) { showProblem(Problem::Send, reason); });
    connect(m_peer, &UdpPeer::unreachable, this, [this](const QString &text) { showProblem(Problem::Send, text); });
    connect(m_peer, &UdpPeer::sent, this, [this] { clearProblem(Problem::Send); });
    connect(m_peer, &UdpPeer::groupFailed, this, [this](const QString &reason) { showProblem(Problem::Group, reason); });

    connect(m_ui->bindButton, &QPushButton::clicked, this, [this] { isBound() ? unbindSocket() : bindSocket(); });
    connect(m_ui->broadcastCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_ui->hostCombo->setEditText(m_ui->broadcastCombo->itemData(index).toString());
    });
    connect(m_ui->peersView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const PeerStats peer = m_peers->peerAt(index.row());
        setTarget(hostText(peer.address), peer.port);
        m_ui->replyToLastCheck->setChecked(false);
    });
    connect(m_ui->replyToLastCheck, &QCheckBox::toggled, this, &UdpTab::updateWidgets);
    connect(m_ui->replyCombo, &QComboBox::currentIndexChanged, this, &UdpTab::pushReply);
    connect(m_ui->replyTextEdit, &QLineEdit::editingFinished, this, &UdpTab::pushReply);
    connect(m_ui->sendBox, &SendBox::encodingChanged, this, &UdpTab::pushReply);
    connect(m_ui->joinButton, &QPushButton::clicked, this, [this] { joinOrLeave(true); });
    connect(m_ui->leaveButton, &QPushButton::clicked, this, [this] { joinOrLeave(false); });
    connect(m_ui->groupsList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_ui->groupEdit->setText(item->data(GroupRole).toString());
        m_ui->interfaceCombo->setCurrentIndex(qMax(0, m_ui->interfaceCombo->findData(item->data(InterfaceRole))));
    });
    connect(m_ui->interfaceCombo, &QComboBox::activated, this, [this] {
        const QString iface = m_ui->interfaceCombo->currentData().toString();
        m_runner.call([peer = m_peer, iface] { peer->setMulticastInterface(iface); });
    });
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, [this](int ttl) {
        m_runner.call([peer = m_peer, ttl] { peer->setMulticastTtl(ttl); });
    });
    connect(m_ui->loopbackCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_runner.call([peer = m_peer, on] { peer->setMulticastLoopback(on); });
    });
    connect(m_ui->sendBox, &SendBox::sendRequested, this, &UdpTab::sendPayload);
    connect(m_ui->sendBox, &SendBox::sendFileRequested, this, &UdpTab::sendFile);

    loadSettings();
    pushReply();
    updateWidgets();
    updateCounters();
}

UdpTab::~UdpTab()
{
    saveSettings();
    // m_runner unbinds the socket; its thread deletes the engine.
}

bool UdpTab::isBound() const
{
    return m_runner.isRunning();
}

quint16 UdpTab::boundPort() const
{
    return isBound() ? m_port : 0;
}

UdpCounters UdpTab::counters() const
{
    return m_counters;
}

TrafficView *UdpTab::currentTrafficView() const
{
    return m_ui->trafficView;
}

QStringList UdpTab::statusSummaries() const
{
    if (!isBound())
        return {};
    // Counts after a colon read right for 1 and for many, and they are 64-bit (a plural %n
    // takes an int).
    const QLocale l;
    return {tr("UDP on %1: datagrams received %2, sent %3")
                .arg(ListenOnWidget::describe(m_boundAddress, m_port), l.toString(m_counters.datagramsIn), l.toString(m_counters.datagramsOut))};
}

qint64 UdpTab::bytesReceived() const
{
    return m_counters.bytesIn;
}

qint64 UdpTab::bytesSent() const
{
    return m_counters.bytesOut;
}

void UdpTab::fillChoices()
{
    m_replyChoice->refill();
    m_quickSendNote->hide();   // worded in the language before

    m_ui->broadcastCombo->clear();
    m_ui->broadcastCombo->addItem(tr("Choose a broadcast address…"));
    for (const BindChoice &choice : NetworkAddresses::broadcastChoices())
        m_ui->broadcastCombo->addItem(choice.label, choice.address.toString());

    const QString iface = m_ui->interfaceCombo->currentData().toString();
    m_ui->interfaceCombo->clear();
    m_ui->interfaceCombo->addItem(tr("System default"), QString());
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        // The loopback interface has no MULTICAST flag, but IPv4 groups work on it locally.
        if ((i.flags() & QNetworkInterface::IsUp)
            && (i.flags() & (QNetworkInterface::CanMulticast | QNetworkInterface::IsLoopBack)))
            m_ui->interfaceCombo->addItem(i.humanReadableName(), i.name());
    }
    m_ui->interfaceCombo->setCurrentIndex(qMax(0, m_ui->interfaceCombo->findData(iface)));
}

std::optional<UdpOptions> UdpTab::optionsFromFields(QString *error) const
{
    UdpOptions options;
    if (!m_ui->listenOn->read(&options.bindAddress, &options.port, error))
        return std::nullopt;
    options.reply = replyFromFields();
    options.replyLimit = m_replyLimit;
    options.multicastTtl = m_ui->ttlSpin->value();
    options.multicastLoopback = m_ui->loopbackCheck->isChecked();
    options.multicastInterface = m_ui->interfaceCombo->currentData().toString();
    return options;
}

void UdpTab::bindSocket()
{
    m_runner.start(&UdpPeer::bind, [this](QString *error) { return optionsFromFields(error); });
}

void UdpTab::unbindSocket()
{
    m_runner.stop();
}

void UdpTab::setTarget(const QString &host, quint16 port)
{
    m_ui->hostCombo->setEditText(host);
    m_ui->targetPortSpin->setValue(port);
}

void UdpTab::onBound(const QHostAddress &address, quint16 port, bool automatic)
{
    if (!isBound())   // the port asked for (0: the system picks), shown again when unbound
        m_requestedPort = m_ui->listenOn->port();
    m_automatic = automatic;
    m_port = port;
    m_boundAddress = address;
    m_ui->listenOn->setPort(port);   // the port really bound (the one the OS chose for 0)
}

void UdpTab::onStateChanged(ServerRunner::State now, ServerRunner::State before)
{
    if (now == ServerRunner::State::Starting)
        saveSettings();   // the fields it binds with
    if (now == ServerRunner::State::Stopped && (before == ServerRunner::State::Running || before == ServerRunner::State::Stopping)) {
        m_ui->listenOn->setPort(m_requestedPort);
        m_automatic = false;
    }
    showStateLabel();
    m_ui->receiveToFile->setSourceActive(now == ServerRunner::State::Running);
    updateWidgets();
    emit statusChanged();
}

void UdpTab::showStateLabel()
{
    // Worded from the facts each time, so that it follows a language switch.
    const QString where = ListenOnWidget::describe(m_boundAddress, m_port);
    if (isBound() && m_automatic) {
        m_ui->stateLabel->setText(tr("Sending from %1 (bound automatically); replies to it are shown.").arg(where));
    } else if (isBound()) {
        m_ui->stateLabel->setText(tr("Bound to %1: datagrams sent here are shown.").arg(where));
    } else {
        m_ui->stateLabel->setText(m_runner.idleLine(tr("Binding…"),
                                                    tr("Not bound. Sending binds a free port automatically, so replies can come back."),
                                                    tr("Not bound: the last bind failed. Press Bind to try again and see why.")));
    }
}

void UdpTab::onCounters(const UdpCounters &counters)
{
    m_counters = counters;
    updateCounters();
    emit statusChanged();
}

void UdpTab::updateCounters()
{
    const QLocale l;
    m_ui->countersLabel->setText(
        tr("Datagrams received: %1\nBytes received: %2\nDatagrams sent: %3\nBytes sent: %4\nReceive errors: %5")
            .arg(l.toString(m_counters.datagramsIn), l.toString(m_counters.bytesIn),
                 l.toString(m_counters.datagramsOut), l.toString(m_counters.bytesOut),
                 l.toString(m_counters.receiveErrors)));
}

void UdpTab::onGroups(const QList<MulticastMembership> &groups)
{
    clearProblem(Problem::Group);   // a join or leave succeeded
    m_ui->groupsList->clear();
    for (const MulticastMembership &g : groups) {
        auto *item = new QListWidgetItem(g.interfaceName.isEmpty()
                                             ? tr("%1 (default interface)").arg(g.group.toString())
                                             : tr("%1 on %2").arg(g.group.toString(), g.interfaceName),
                                         m_ui->groupsList);
        item->setData(GroupRole, g.group.toString());
        item->setData(InterfaceRole, g.interfaceName);
    }
    updateWidgets();
}

void UdpTab::sendPayload(const QByteArray &payload)
{
    if (m_ui->replyToLastCheck->isChecked()) {
        m_runner.call([peer = m_peer, payload] { peer->replyToLastSender(payload); });
        return;
    }
    const QString host = m_ui->hostCombo->currentText().trimmed();
    if (host.isEmpty()) {
        showProblem(Problem::Send, tr("Type the host to send to first, for example 127.0.0.1."));
        return;
    }
    const quint16 port = quint16(m_ui->targetPortSpin->value());
    if (m_ui->hostCombo->findText(host) < 0)
        m_ui->hostCombo->insertItem(0, host);
    m_runner.call([peer = m_peer, host, port, payload] { peer->sendTo(host, port, payload); });
}

void UdpTab::sendFile(const QString &path)
{
    // A datagram holds at most 65,507 bytes; the engine refuses larger payloads with a clear
    // message, so read at most one byte more than that and let it decide.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot read the file"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > UdpPeer::MaxIPv6Payload) {
        QMessageBox::warning(this, tr("File too large for one datagram"),
                             tr("%1 has %2 bytes, but one UDP datagram carries at most 65,507 bytes over IPv4. "
                                "Use the TCP tab or the file-transfer tab for files.")
                                 .arg(path, QLocale().toString(file.size())));
        return;
    }
    sendPayload(file.readAll());
}

void UdpTab::joinOrLeave(bool join)
{
    const QHostAddress group(m_ui->groupEdit->text().trimmed());
    if (group.isNull() || !group.isMulticast()) {
        showProblem(Problem::Group, tr("“%1” is not a multicast group: use 224.0.0.0–239.255.255.255 (IPv4) or ff00::/8 (IPv6), for example 239.255.0.1.")
                                      .arg(m_ui->groupEdit->text()));
        return;
    }
    const QString iface = m_ui->interfaceCombo->currentData().toString();
    m_runner.call([peer = m_peer, group, iface, join] {
        if (join)
            peer->joinGroup(group, iface);
        else
            peer->leaveGroup(group, iface);
    });
}

ReplyPolicy UdpTab::replyFromFields() const
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

void UdpTab::pushReply()
{
    const ReplyPolicy reply = replyFromFields();
    m_ui->replyTextEdit->setEnabled(reply.mode == ReplyPolicy::Mode::Text && !m_replyChoice->isItemChosen());
    m_runner.call([peer = m_peer, reply] { peer->setReplyPolicy(reply); });
}

void UdpTab::updateWidgets()
{
    m_ui->bindButton->setText(isBound() ? tr("Un&bind") : tr("&Bind"));
    m_ui->listenOn->setEnabled(!isBound());
    const bool toLast = m_ui->replyToLastCheck->isChecked();
    m_ui->hostCombo->setEnabled(!toLast);
    m_ui->targetPortSpin->setEnabled(!toLast);
    m_ui->broadcastCombo->setEnabled(!toLast);
    m_ui->replyToLastCheck->setEnabled(!m_lastSender.isEmpty());
    m_ui->sendBox->setSendEnabled(!toLast || !m_lastSender.isEmpty());
    m_ui->leaveButton->setEnabled(m_ui->groupsList->count() > 0);
}

QStringList UdpTab::openCommands() const
{
    return {QStringLiteral("udp")};
}

bool UdpTab::openCommand(const QString &, const QStringList &arguments, QString *error)
{
    const std::optional<UdpArguments> options = UdpCommandLine::parse(arguments, error);
    if (!options)
        return false;
    const UdpOptions &udp = options->udp;
    // The reply text is in the chosen encoding, which the send box (and so the reply) and the log take.
    m_ui->sendBox->setEncoding(options->text.encoding);
    m_ui->trafficView->setEncoding(options->text.encoding);
    m_ui->listenOn->setAddress(udp.bindAddress);
    m_ui->listenOn->setPort(udp.port);
    UiChoices::setReplyMode(m_ui->replyCombo, udp.reply.mode);
    if (udp.reply.mode == ReplyPolicy::Mode::Text)
        m_ui->replyTextEdit->setText(TextCodec::decode(udp.reply.text, options->text.encoding, false));
    m_replyLimit = udp.replyLimit;
    pushReply();
    if (!options->joinInterface.isEmpty()) {
        if (const int i = m_ui->interfaceCombo->findData(options->joinInterface); i >= 0)
            m_ui->interfaceCombo->setCurrentIndex(i);
    }
    m_ui->ttlSpin->setValue(udp.multicastTtl);
    if (options->to) {
        setTarget(options->to->host, options->to->port);
        m_ui->replyToLastCheck->setChecked(false);
    }
    if (!options->joins.isEmpty())
        m_ui->groupEdit->setText(options->joins.constLast().toString());   // ready for Leave
    if (options->save.isSet()) {
        m_ui->receiveToFile->setFileName(options->save.path);
        m_ui->receiveToFile->setFormat(options->save.format);
        m_ui->receiveToFile->choosePeer(QString());
        m_ui->receiveToFile->startWhenActive();
    }
    bindSocket();
    for (const QHostAddress &group : options->joins) {
        const QString iface = options->joinInterface;
        QMetaObject::invokeMethod(m_peer, [peer = m_peer, group, iface] { peer->joinGroup(group, iface); });
    }
    return true;
}

void UdpTab::showProblem(Problem about, const QString &text)
{
    m_problem = about;
    m_problemText.set(text);
    m_ui->sendStateLabel->setText(text);
    m_ui->sendStateLabel->setToolTip(text);   // the whole text, should it need more than three lines
    m_ui->sendStateLabel->show();
}

void UdpTab::showProblemInThisLanguage()
{
    // The sentence cannot be worded again (an engine's report): after a language switch the red
    // line goes (the report stays in the log), and comes back when the language it was in does.
    const QString text = m_problemText.current();
    m_ui->sendStateLabel->setText(text);
    m_ui->sendStateLabel->setToolTip(text);
    m_ui->sendStateLabel->setVisible(m_problem != Problem::None && !text.isEmpty());
}

void UdpTab::clearProblem(Problem about)
{
    if (m_problem != about)
        return;
    m_problem = Problem::None;
    m_problemText.clear();
    m_ui->sendStateLabel->hide();
}

QString UdpTab::hostText(const QHostAddress &address)
{
    // A dual-stack socket sees IPv4 senders as ::ffff:a.b.c.d; show and target them as a.b.c.d.
    return Endpoint::hostText(address);
}

void UdpTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        m_peers->retranslate();
        // Joined groups: "239.255.0.1 (default interface)" in the new language.
        for (int i = 0; i < m_ui->groupsList->count(); ++i) {
            QListWidgetItem *item = m_ui->groupsList->item(i);
            const QString group = item->data(GroupRole).toString();
            const QString interfaceName = item->data(InterfaceRole).toString();
            item->setText(interfaceName.isEmpty() ? tr("%1 (default interface)").arg(group)
                                                  : tr("%1 on %2").arg(group, interfaceName));
        }
        showStateLabel();
        showProblemInThisLanguage();
        if (!m_lastSender.isEmpty())
            m_ui->lastSenderLabel->setText(tr("Last sender: %1").arg(m_lastSender));
        updateWidgets();
        updateCounters();
        emit windowTitleChanged(windowTitle());
    }
    ToolTab::changeEvent(event);
}

void UdpTab::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("udp"));
    m_ui->listenOn->setAddressKey(s.value(QStringLiteral("bind")).toString());
    m_ui->listenOn->setPort(quint16(s.value(QStringLiteral("port"), 1234).toUInt()));
    QStringList hosts = s.value(QStringLiteral("hosts")).toStringList();
    if (hosts.isEmpty())
        hosts = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    m_ui->hostCombo->addItems(hosts);
    m_ui->hostCombo->setCurrentIndex(0);
    m_ui->targetPortSpin->setValue(s.value(QStringLiteral("targetPort"), 1234).toInt());
    UiChoices::setReplyMode(m_ui->replyCombo, ReplyPolicy::Mode(s.value(QStringLiteral("reply"), 0).toInt()));
    m_ui->replyTextEdit->setText(s.value(QStringLiteral("replyText"), QStringLiteral("ok")).toString());
    const QString replyItem = s.value(QStringLiteral("replyQuickSend")).toString();
    if (!replyItem.isEmpty() && !m_replyChoice->choose(replyItem))
        UiChoices::setReplyMode(m_ui->replyCombo, ReplyPolicy::Mode::None);   // that message is gone
    m_ui->groupEdit->setText(s.value(QStringLiteral("group"), QStringLiteral("239.255.0.1")).toString());
    m_ui->ttlSpin->setValue(s.value(QStringLiteral("ttl"), 1).toInt());
    m_ui->loopbackCheck->setChecked(s.value(QStringLiteral("loopback"), true).toBool());
    if (const int i = m_ui->interfaceCombo->findData(s.value(QStringLiteral("interface")).toString()); i >= 0)
        m_ui->interfaceCombo->setCurrentIndex(i);
    m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    m_ui->rightSplitter->restoreState(s.value(QStringLiteral("rightSplitter")).toByteArray());
}

void UdpTab::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("udp"));
    s.setValue(QStringLiteral("bind"), m_ui->listenOn->addressKey());
    s.setValue(QStringLiteral("port"), isBound() ? int(m_requestedPort) : int(m_ui->listenOn->port()));
    QStringList hosts;   // the current target first, then the recent ones
    const QString current = m_ui->hostCombo->currentText().trimmed();
    if (!current.isEmpty())
        hosts.append(current);
    for (int i = 0; i < m_ui->hostCombo->count() && hosts.size() < 15; ++i) {
        if (!hosts.contains(m_ui->hostCombo->itemText(i)))
            hosts.append(m_ui->hostCombo->itemText(i));
    }
    s.setValue(QStringLiteral("hosts"), hosts);
    s.setValue(QStringLiteral("targetPort"), m_ui->targetPortSpin->value());
    s.setValue(QStringLiteral("reply"), int(UiChoices::replyMode(m_ui->replyCombo)));
    s.setValue(QStringLiteral("replyText"), m_ui->replyTextEdit->text());
    s.setValue(QStringLiteral("replyQuickSend"), m_replyChoice->chosenId());
    s.setValue(QStringLiteral("group"), m_ui->groupEdit->text());
    s.setValue(QStringLiteral("ttl"), m_ui->ttlSpin->value());
    s.setValue(QStringLiteral("loopback"), m_ui->loopbackCheck->isChecked());
    s.setValue(QStringLiteral("interface"), m_ui->interfaceCombo->currentData().toString());
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    s.setValue(QStringLiteral("rightSplitter"), m_ui->rightSplitter->saveState());
}
