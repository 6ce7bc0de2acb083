#include "FileTab.h"
#include "ui_FileTab.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QUrl>

#include "FileClientPanel.h"
#include "FileServerCommandLine.h"
#include "FileServerPanel.h"

FileTab::FileTab(QWidget *parent)
    : ToolTab(parent)
    , m_ui(std::make_unique<Ui::FileTab>())
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, [this](bool server) {
        m_ui->stack->setCurrentIndex(server ? 0 : 1);
        QSettings().setValue(QStringLiteral("files/role"), server ? QStringLiteral("server") : QStringLiteral("client"));
        emit statusChanged();
    });
    connect(m_ui->serverPanel, &FileServerPanel::statusChanged, this, &ToolTab::statusChanged);
    connect(m_ui->clientPanel, &FileClientPanel::statusChanged, this, &ToolTab::statusChanged);
    // The client side offers the server of this window (its ports may be ones the system chose).
    connect(m_ui->serverPanel, &FileServerPanel::ownServerChanged, m_ui->clientPanel, &FileClientPanel::offerServer);
    if (QSettings().value(QStringLiteral("files/role")).toString() == QLatin1String("client"))
        showClient();
}

FileTab::~FileTab() = default;

FileServerPanel *FileTab::serverPanel() const
{
    return m_ui->serverPanel;
}

FileClientPanel *FileTab::clientPanel() const
{
    return m_ui->clientPanel;
}

void FileTab::showServer()
{
    m_ui->serverRadio->setChecked(true);
}

void FileTab::showClient()
{
    m_ui->clientRadio->setChecked(true);
}

TrafficView *FileTab::currentTrafficView() const
{
    // The server log; the client side has no traffic view.
    return m_ui->serverRadio->isChecked() ? m_ui->serverPanel->trafficView() : nullptr;
}

QStringList FileTab::statusSummaries() const
{
    QStringList out;
    for (const QString &s : {m_ui->serverPanel->statusSummary(), m_ui->clientPanel->statusSummary()}) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

qint64 FileTab::bytesReceived() const
{
    return m_ui->serverPanel->bytesReceived() + m_ui->clientPanel->bytesReceived();
}

qint64 FileTab::bytesSent() const
{
    return m_ui->serverPanel->bytesSent() + m_ui->clientPanel->bytesSent();
}

QStringList FileTab::openCommands() const
{
    return {QStringLiteral("file-server")};
}

bool FileTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    if (command != QLatin1String("file-server")) {
        *error = tr("The file tab cannot open “%1”.").arg(command);
        return false;
    }
    const std::optional<FileServerOptions> options = FileServerCommandLine::parse(arguments, error);
    if (!options)
        return false;
    showServer();
    m_ui->serverPanel->applyOptions(*options);
    m_ui->serverPanel->start();
    return true;
}

void FileTab::upload(const QStringList &paths)
{
    showClient();
    m_ui->clientPanel->upload(paths);
}

QStringList FileTab::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void FileTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FileTab::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    upload(paths);
}

void FileTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        emit windowTitleChanged(windowTitle());
    }
    ToolTab::changeEvent(event);
}
