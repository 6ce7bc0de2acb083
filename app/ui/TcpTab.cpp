#include "TcpTab.h"
#include "ui_TcpTab.h"

#include <QSettings>

#include "TcpClientCommandLine.h"
#include "TcpClientPanel.h"
#include "TcpServerCommandLine.h"
#include "TcpServerPanel.h"

TcpTab::TcpTab(QWidget *parent)
    : ToolTab(parent)
    , m_ui(std::make_unique<Ui::TcpTab>())
{
    m_ui->setupUi(this);
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, [this](bool server) {
        m_ui->stack->setCurrentIndex(server ? 0 : 1);
        QSettings().setValue(QStringLiteral("tcp/role"), server ? QStringLiteral("server") : QStringLiteral("client"));
        emit statusChanged();
    });
    connect(m_ui->serverPanel, &TcpServerPanel::statusChanged, this, &ToolTab::statusChanged);
    connect(m_ui->clientPanel, &TcpClientPanel::statusChanged, this, &ToolTab::statusChanged);
    // The client side offers the server of this window (its port may be one the system chose).
    connect(m_ui->serverPanel, &TcpServerPanel::ownServerChanged, m_ui->clientPanel, &TcpClientPanel::offerServer);
    if (QSettings().value(QStringLiteral("tcp/role")).toString() == QLatin1String("client"))
        showClient();
}

TcpTab::~TcpTab() = default;

TcpServerPanel *TcpTab::serverPanel() const
{
    return m_ui->serverPanel;
}

TcpClientPanel *TcpTab::clientPanel() const
{
    return m_ui->clientPanel;
}

void TcpTab::showServer()
{
    m_ui->serverRadio->setChecked(true);
}

void TcpTab::showClient()
{
    m_ui->clientRadio->setChecked(true);
}

TrafficView *TcpTab::currentTrafficView() const
{
    return m_ui->serverRadio->isChecked() ? m_ui->serverPanel->trafficView() : m_ui->clientPanel->trafficView();
}

QStringList TcpTab::statusSummaries() const
{
    QStringList out;
    for (const QString &s : {m_ui->serverPanel->statusSummary(), m_ui->clientPanel->statusSummary()}) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

qint64 TcpTab::bytesReceived() const
{
    return m_ui->serverPanel->bytesReceived() + m_ui->clientPanel->bytesReceived();
}

qint64 TcpTab::bytesSent() const
{
    return m_ui->serverPanel->bytesSent() + m_ui->clientPanel->bytesSent();
}

QStringList TcpTab::openCommands() const
{
    return {QStringLiteral("tcp-server"), QStringLiteral("tcp-client")};
}

bool TcpTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    if (command == QLatin1String("tcp-server")) {
        const std::optional<TcpServerArguments> parsed = TcpServerCommandLine::parse(arguments, error);
        if (!parsed)
            return false;
        showServer();
        m_ui->serverPanel->applyOptions(parsed->server, parsed->text.encoding);
        m_ui->serverPanel->start();
        return true;
    }
    const std::optional<TcpClientArguments> parsed = TcpClientCommandLine::parse(arguments, error);
    if (!parsed)
        return false;
    showClient();
    m_ui->clientPanel->applyOptions(parsed->client, parsed->text.encoding);
    m_ui->clientPanel->connectToServer();
    return true;
}

void TcpTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        emit windowTitleChanged(windowTitle());
    }
    ToolTab::changeEvent(event);
}
