#include "RoleTab.h"
#include "ui_RoleTab.h"

#include <QCoreApplication>
#include <QSettings>

#include "RolePanel.h"

RoleTab::RoleTab(const Words &words, const QString &settingsGroup, const QStringList &openCommands, QWidget *parent)
    : ToolTab(parent)
    , m_ui(std::make_unique<Ui::RoleTab>())
    , m_words(words)
    , m_settingsGroup(settingsGroup)
    , m_openCommands(openCommands)
{
    m_ui->setupUi(this);
    retranslate();
}

RoleTab::~RoleTab() = default;

void RoleTab::setSides(RolePanel *server, RolePanel *client)
{
    m_server = server;
    m_client = client;
    server->setObjectName(QStringLiteral("serverPanel"));
    client->setObjectName(QStringLiteral("clientPanel"));
    m_ui->stack->addWidget(server);
    m_ui->stack->addWidget(client);
    retranslate();
    const QString roleKey = m_settingsGroup + QStringLiteral("/role");
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, [this, roleKey](bool serverShown) {
        m_ui->stack->setCurrentWidget(serverShown ? m_server : m_client);
        QSettings().setValue(roleKey, serverShown ? QStringLiteral("server") : QStringLiteral("client"));
        emit statusChanged();
    });
    connect(server, &RolePanel::statusChanged, this, &ToolTab::statusChanged);
    connect(client, &RolePanel::statusChanged, this, &ToolTab::statusChanged);
    if (QSettings().value(roleKey).toString() == QLatin1String("client"))
        showClient();
}

RolePanel *RoleTab::serverSide() const
{
    return m_server;
}

RolePanel *RoleTab::clientSide() const
{
    return m_client;
}

bool RoleTab::isServerShown() const
{
    return m_ui->serverRadio->isChecked();
}

void RoleTab::showServer()
{
    m_ui->serverRadio->setChecked(true);
}

void RoleTab::showClient()
{
    m_ui->clientRadio->setChecked(true);
}

TrafficView *RoleTab::currentTrafficView() const
{
    return isServerShown() ? m_server->trafficView() : m_client->trafficView();
}

QStringList RoleTab::statusSummaries() const
{
    QStringList out;
    for (const QString &s : {m_server->statusSummary(), m_client->statusSummary()}) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

qint64 RoleTab::bytesReceived() const
{
    return m_server->bytesReceived() + m_client->bytesReceived();
}

qint64 RoleTab::bytesSent() const
{
    return m_server->bytesSent() + m_client->bytesSent();
}

QStringList RoleTab::openCommands() const
{
    return m_openCommands;
}

void RoleTab::retranslate()
{
    const auto text = [this](const char *source) { return QCoreApplication::translate(m_words.context, source); };
    setWindowTitle(text(m_words.title));
    m_ui->hintLabel->setText(text(m_words.hint));
    if (m_server) {
        m_ui->serverRadio->setText(m_server->roleText());
        m_ui->clientRadio->setText(m_client->roleText());
    }
}

void RoleTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        emit windowTitleChanged(windowTitle());
    }
    ToolTab::changeEvent(event);
}
