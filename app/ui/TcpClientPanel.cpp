#include "TcpClientPanel.h"
#include "ui_TcpClientPanel.h"

#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSettings>

#include "AutoSendBar.h"
#include "Endpoint.h"
#include "ReceiveRecorder.h"
#include "ReceiveToFileBox.h"
#include "SplitterMemory.h"
#include "TrafficView.h"
#include "UiChoices.h"
#include "ThroughputChart.h"

TcpClientPanel::TcpClientPanel(QWidget *parent)
    : RolePanel(parent)
    , m_ui(std::make_unique<Ui::TcpClientPanel>())
    , m_thread(QStringLiteral("tcp-client"))
    , m_client(new TcpClient)
    , m_autoSend(nullptr)
{
    m_ui->setupUi(this);
    // Bytes/s of this connection (and of earlier ones: the totals never go back but for Reset).
    m_ui->throughputChart->setSource([this] { return RateSampler::Counters{bytesReceived(), bytesSent(), 0}; });
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->rightSplitter->setStretchFactor(0, 1);
    m_ui->splitter->setSizes({440, 740});      // until the user's own sizes are restored
    SplitterMemory::remember(m_ui->rightSplitter, QStringLiteral("tcp/client/rightSplitter"), {470, 200});
    m_ui->trafficView->setSettingsKey(QStringLiteral("tcp/client/log"));
    m_ui->trafficView->setEmptyHint(EmptyHint::Log::TcpClient);
    m_ui->sendBox->setSettingsKey(QStringLiteral("tcp/client/send"));
    m_autoSend = new AutoSendBar(m_ui->sendBox->quickSendList(), m_ui->sendBox);
    m_ui->sendBox->addRow(m_autoSend);
    m_autoSend->setSettingsKey(QStringLiteral("tcp/client/autoSend"));
    UiChoices::fillFraming(m_ui->framingCombo);

    // Receive to file: the recorder lives in the engine's thread and the engine feeds it every
    // byte it reads; the box drives it with queued calls.
    auto *recorder = new ReceiveRecorder;
    m_client->setRecorder(recorder);   // before either moves to the thread
    m_thread.adopt(m_client);
    m_thread.adopt(recorder);
    m_thread.start();
    m_ui->receiveToFile->setSource(ReceiveToFileBox::Source::TcpClient);
    m_ui->receiveToFile->setToggle(m_ui->receiveToFileCheck);
    m_ui->receiveToFile->setSettingsKey(QStringLiteral("tcp/client/receiveToFile"));
    m_ui->receiveToFile->setRecorder(recorder);

    connect(m_client, &TcpClient::stateChanged, this, &TcpClientPanel::onStateChanged);
    connect(m_client, &TcpClient::statsChanged, this, &TcpClientPanel::onStats);
    connect(m_client, &TcpClient::trafficEvents, m_ui->trafficView, &TrafficView::appendEvents);

    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        if (m_state == TcpClient::State::Disconnected)
            connectToServer();
        else
            disconnectFromServer();
    });
    connect(m_ui->hostCombo->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_state == TcpClient::State::Disconnected)
            connectToServer();
    });
    // Once the user picks a target, the server of this window is only offered (ownServerButton).
    connect(m_ui->hostCombo->lineEdit(), &QLineEdit::textEdited, this, [this] { chooseTarget(); });
    connect(m_ui->hostCombo, &QComboBox::activated, this, [this] { chooseTarget(); });
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, [this] { chooseTarget(); });
    connect(m_ui->ownServerButton, &QPushButton::clicked, this, [this] { fillOwnServer(); });
    connect(m_ui->resetCountersButton, &QPushButton::clicked, this, &TcpClientPanel::resetCounters);
    connect(m_ui->framingCombo, &QComboBox::currentIndexChanged, this, [this] {
        const Framer::Mode mode = UiChoices::framing(m_ui->framingCombo);
        QMetaObject::invokeMethod(m_client, [client = m_client, mode] { client->setFraming(mode); });
    });
    auto pushReconnect = [this] {
        const bool enabled = m_ui->autoReconnectCheck->isChecked();
        const int interval = m_ui->reconnectSpin->value();
        QMetaObject::invokeMethod(m_client, [client = m_client, enabled, interval] {
            client->setAutoReconnect(enabled, interval);
        });
    };
    connect(m_ui->autoReconnectCheck, &QCheckBox::toggled, this, pushReconnect);
    connect(m_ui->reconnectSpin, &QSpinBox::valueChanged, this, pushReconnect);
    connect(m_ui->sendBox, &SendBox::sendRequested, this, &TcpClientPanel::sendPayload);
    connect(m_autoSend, &AutoSendBar::sendRequested, this, &TcpClientPanel::sendPayload);
    connect(m_client, &TcpClient::connected, m_autoSend, &AutoSendBar::connected);
    connect(m_client, &TcpClient::disconnected, m_autoSend, &AutoSendBar::disconnected);
    connect(m_autoSend, &AutoSendBar::sendsAfterReceiveChanged, this, &TcpClientPanel::followReceives);
    followReceives(m_autoSend->sendsAfterReceive());
    connect(m_ui->sendBox, &SendBox::sendFileRequested, this, [this](const QString &path) {
        QMetaObject::invokeMethod(m_client, [client = m_client, path] { client->sendFile(path); });
    });

    loadSettings();
    m_stateText = tr("Not connected.");
    updateWidgets();
    updateCounters();
}

TcpClientPanel::~TcpClientPanel()
{
    saveSettings();
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->disconnectFromServer(); },
                              Qt::BlockingQueuedConnection);
}

QString TcpClientPanel::roleText() const
{
    return tr("&Client (connect to a server)");
}

TrafficView *TcpClientPanel::trafficView() const
{
    return m_ui->trafficView;
}

bool TcpClientPanel::isConnected() const
{
    return m_state == TcpClient::State::Connected;
}

QString TcpClientPanel::statusSummary() const
{
    if (m_state == TcpClient::State::Disconnected)
        return {};
    return tr("TCP client: %1").arg(m_stateText);
}

qint64 TcpClientPanel::bytesReceived() const
{
    return m_retiredIn + m_stats.bytesIn;
}

qint64 TcpClientPanel::bytesSent() const
{
    return m_retiredOut + m_stats.bytesOut;
}

void TcpClientPanel::sendPayload(const QByteArray &payload)
{
    QMetaObject::invokeMethod(m_client, [client = m_client, payload] { client->send(payload); });
}

void TcpClientPanel::followReceives(bool on)
{
    // Connected only while needed: at full speed, a queued call per message costs the window.
    if (on && !m_receives)
        m_receives = connect(m_client, &TcpClient::messageReceived, m_autoSend, &AutoSendBar::received);
    else if (!on && m_receives)
        disconnect(m_receives);
}

void TcpClientPanel::offerServer(const QString &host, quint16 port)
{
    m_ownHost = host;
    m_ownPort = port;
    if (!host.isEmpty() && !m_targetChosen && m_state == TcpClient::State::Disconnected)
        fillOwnServer();
    updateOwnServerButton();
}

void TcpClientPanel::fillOwnServer()
{
    if (m_ownHost.isEmpty())
        return;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_ui->hostCombo->setEditText(m_ownHost);
        m_ui->portSpin->setValue(m_ownPort);
    }
    m_targetChosen = false;   // follow this window's server again (a restart may change its port)
    updateOwnServerButton();
}

void TcpClientPanel::chooseTarget()
{
    if (!m_filling)
        m_targetChosen = true;
    updateOwnServerButton();
}

void TcpClientPanel::updateOwnServerButton()
{
    const bool offered = !m_ownHost.isEmpty()
        && (m_ui->hostCombo->currentText().trimmed() != m_ownHost || m_ui->portSpin->value() != m_ownPort);
    if (offered) {
        m_ui->ownServerButton->setText(tr("Use this window's server (%1)").arg(Endpoint::format(m_ownHost, m_ownPort)));
        m_ui->ownServerButton->setToolTip(tr("Fill in the address of the TCP server running in this window."));
    }
    m_ui->ownServerButton->setVisible(offered);
    m_ui->ownServerButton->setEnabled(m_state == TcpClient::State::Disconnected);
}

void TcpClientPanel::applyOptions(const TcpClientOptions &options, TextCodec::Encoding encoding)
{
    m_ui->sendBox->setEncoding(encoding);
    m_ui->trafficView->setEncoding(encoding);
    m_targetChosen = true;
    m_ui->hostCombo->setEditText(options.host);
    m_ui->portSpin->setValue(options.port);
    UiChoices::setFraming(m_ui->framingCombo, options.framing);
    m_ui->autoReconnectCheck->setChecked(options.autoReconnect);
    m_ui->reconnectSpin->setValue(options.reconnectIntervalMs);
}

void TcpClientPanel::saveReceived(const SaveSettings &save)
{
    if (!save.isSet())
        return;
    m_ui->receiveToFile->setFileName(save.path);
    m_ui->receiveToFile->setFormat(save.format);
    m_ui->receiveToFile->startWhenActive();
}

void TcpClientPanel::connectToServer()
{
    const QString host = m_ui->hostCombo->currentText().trimmed();
    if (host.isEmpty()) {
        m_ui->stateLabel->setText(tr("Type the server's host name or address first, for example 127.0.0.1."));
        return;
    }
    TcpClientOptions options;
    options.host = host;
    options.port = quint16(m_ui->portSpin->value());
    options.framing = UiChoices::framing(m_ui->framingCombo);
    options.autoReconnect = m_ui->autoReconnectCheck->isChecked();
    options.reconnectIntervalMs = m_ui->reconnectSpin->value();
    rememberHost(host);
    saveSettings();
    QMetaObject::invokeMethod(m_client, [client = m_client, options] { client->connectToServer(options); });
}

void TcpClientPanel::disconnectFromServer()
{
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->disconnectFromServer(); });
}

void TcpClientPanel::onStateChanged(TcpClient::State state, const QString &description)
{
    if (state == TcpClient::State::Connected && m_state != TcpClient::State::Connected) {
        // A new connection starts its own counters; keep the old ones in the totals.
        m_retiredIn += m_stats.bytesIn;
        m_retiredOut += m_stats.bytesOut;
        m_stats = ConnectionStats();
    }
    m_state = state;
    m_stateText = description;
    m_ui->stateLabel->setText(description);
    m_ui->receiveToFile->setSourceActive(state == TcpClient::State::Connected);
    updateWidgets();
    emit statusChanged();
}

void TcpClientPanel::onStats(const ConnectionStats &stats)
{
    m_stats = stats;
    updateCounters();
    emit statusChanged();
}

void TcpClientPanel::resetCounters()
{
    // The engine reports the zeroed counters at once (statsChanged); the totals of earlier
    // connections (the status bar's) start again too.
    m_retiredIn = 0;
    m_retiredOut = 0;
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->resetCounters(); });
    emit statusChanged();
}

void TcpClientPanel::updateCounters()
{
    const QLocale locale;
    m_ui->countersLabel->setText(
        tr("Received: bytes %1, messages %2\nSent: bytes %3, messages %4")
            .arg(locale.toString(m_stats.bytesIn), locale.toString(m_stats.messagesIn),
                 locale.toString(m_stats.bytesOut), locale.toString(m_stats.messagesOut)));
}

void TcpClientPanel::updateWidgets()
{
    const bool idle = m_state == TcpClient::State::Disconnected;
    m_ui->connectButton->setText(idle ? tr("&Connect")
                                      : m_state == TcpClient::State::Connected ? tr("&Disconnect")
                                                                                   : tr("&Cancel"));
    m_ui->hostCombo->setEnabled(idle);
    m_ui->portSpin->setEnabled(idle);
    m_ui->ownServerButton->setEnabled(idle);
    m_ui->sendBox->setSendEnabled(m_state == TcpClient::State::Connected);
}

void TcpClientPanel::rememberHost(const QString &host)
{
    const int existing = m_ui->hostCombo->findText(host);
    if (existing >= 0)
        m_ui->hostCombo->removeItem(existing);
    m_ui->hostCombo->insertItem(0, host);
    while (m_ui->hostCombo->count() > 15)
        m_ui->hostCombo->removeItem(m_ui->hostCombo->count() - 1);
    m_ui->hostCombo->setCurrentIndex(0);
}

void TcpClientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        UiChoices::fillFraming(m_ui->framingCombo);
        if (m_state == TcpClient::State::Disconnected)
            m_stateText = tr("Not connected.");
        m_ui->stateLabel->setText(m_stateText);
        updateOwnServerButton();
        // The engine words its current state again in the new language (stateChanged follows).
        QMetaObject::invokeMethod(m_client, [client = m_client] { client->restate(); });
        updateWidgets();
        updateCounters();
    }
    RolePanel::changeEvent(event);
}

void TcpClientPanel::loadSettings()
{
    const QScopedValueRollback<bool> filling(m_filling, true);   // the last session's target is no choice yet
    QSettings s;
    s.beginGroup(QStringLiteral("tcp/client"));
    QStringList hosts = s.value(QStringLiteral("hosts")).toStringList();
    if (hosts.isEmpty())
        hosts = {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1")};
    m_ui->hostCombo->addItems(hosts);
    m_ui->hostCombo->setCurrentIndex(0);
    m_ui->portSpin->setValue(s.value(QStringLiteral("port"), 1246).toInt());
    UiChoices::setFraming(m_ui->framingCombo, Framer::Mode(s.value(QStringLiteral("framing"), 0).toInt()));
    m_ui->autoReconnectCheck->setChecked(s.value(QStringLiteral("autoReconnect"), false).toBool());
    m_ui->reconnectSpin->setValue(s.value(QStringLiteral("reconnectMs"), 2000).toInt());
    m_ui->splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
}

void TcpClientPanel::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("tcp/client"));
    QStringList hosts;
    for (int i = 0; i < m_ui->hostCombo->count(); ++i)
        hosts.append(m_ui->hostCombo->itemText(i));
    s.setValue(QStringLiteral("hosts"), hosts);
    s.setValue(QStringLiteral("port"), m_ui->portSpin->value());
    s.setValue(QStringLiteral("framing"), int(UiChoices::framing(m_ui->framingCombo)));
    s.setValue(QStringLiteral("autoReconnect"), m_ui->autoReconnectCheck->isChecked());
    s.setValue(QStringLiteral("reconnectMs"), m_ui->reconnectSpin->value());
    s.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
}
