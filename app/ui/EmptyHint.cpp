#include "EmptyHint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

EmptyHint *EmptyHint::attach(QAbstractItemView *view, Log log)
{
    return new EmptyHint(view, log);
}

EmptyHint::EmptyHint(QAbstractItemView *view, Log log)
    : QLabel(view)
    , m_view(view)
    , m_log(log)
{
    setObjectName(QStringLiteral("emptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TranslucentBackground);
    setMargin(12);
    connect(this, &QLabel::linkActivated, this, [this] { QuickStartDialog::showFor(this, quickStartPage()); });
    view->viewport()->installEventFilter(this);
    retranslate();
    watchModel();
}

EmptyHint::Log EmptyHint::log() const
{
    return m_log;
}

QuickStartDialog::Page EmptyHint::quickStartPage() const
{
    switch (m_log) {
    case Log::TcpServer:
    case Log::TcpClients:
    case Log::TcpClient:
        return QuickStartDialog::Page::Tcp;
    case Log::Udp:
        return QuickStartDialog::Page::Udp;
    case Log::FileServer:
    case Log::ServerTransfers:
    case Log::ClientTransfers:
        return QuickStartDialog::Page::Files;
    case Log::WebRequests:
        return QuickStartDialog::Page::Web;
    case Log::LabChecks:
    case Log::LabClass:
    case Log::LabExchange:
        break;
    }
    return QuickStartDialog::Page::Tcp;
}

bool EmptyHint::hasQuickStart() const
{
    return m_log != Log::LabChecks && m_log != Log::LabClass && m_log != Log::LabExchange;
}

QString EmptyHint::description() const
{
    switch (m_log) {
    case Log::TcpServer:
        return tr("Clients connecting and leaving, and every message received from them or sent to them, will appear here: one row per recv() chunk.");
    case Log::TcpClients:
        return tr("Each connected client will appear here with its bytes and messages in and out.");
    case Log::TcpClient:
        return tr("The connection to the server and every message sent or received will appear here: one row per recv() chunk.");
    case Log::Udp:
        return tr("Every datagram sent or received will appear here, one row each, with its sender.");
    case Log::FileServer:
        return tr("The server log will appear here: clients connecting, the files they ask for, uploads and errors.");
    case Log::ServerTransfers:
        return tr("Each download and upload on this server will appear here with its progress.");
    case Log::ClientTransfers:
        return tr("Your downloads and uploads will appear here with their progress.");
    case Log::WebRequests:
        return tr("Each request a browser or script sends to this server will appear here: method, path, status and size.");
    case Log::LabChecks:
        return tr("Pick a lab above: its checks will appear here. Then enter the address of your program and press Run.");
    case Log::LabClass:
        return tr("Load a targets file (one line per student: a name and HOST:PORT), then press Run: each student will appear here with a column per check.");
    case Log::LabExchange:
        return tr("Select a check: the bytes SocketLab and your program exchanged during it will appear here.");
    }
    return QString();
}

void EmptyHint::retranslate()
{
    m_shortText = QStringLiteral("<p>%1</p>").arg(description().toHtmlEscaped());
    if (!hasQuickStart()) {
        m_fullText = m_shortText;
        setText(m_fullText);
        setToolTip(QString());
        placeOverViewport();
        return;
    }
    m_fullText = m_shortText + QStringLiteral("<p><a href=\"quickstart\">%1</a></p>")
                                   .arg(tr("Start a server, then connect a client from here or from a script").toHtmlEscaped());
    setText(m_fullText);
    setToolTip(tr("Open the quick start for this tab"));
    placeOverViewport();
}

void EmptyHint::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model.data(), nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::updateVisibility);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::updateVisibility);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::updateVisibility);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::updateVisibility);
    }
    updateVisibility();
}

void EmptyHint::updateVisibility()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    setVisible(empty);
    if (empty)
        placeOverViewport();
}

void EmptyHint::placeOverViewport()
{
    // A child of the view, not of the viewport: the viewport's children move when it scrolls.
    const QRect area = m_view->viewport()->geometry();
    const int width = qMin(area.width(), qMax(320, area.width() * 3 / 4));
    // In a low view (a transfers table a few rows high) the link gives way to what will appear.
    setText(m_fullText);
    if (heightForWidth(width) > area.height())
        setText(m_shortText);
    const int height = qMin(area.height(), heightForWidth(width));
    setGeometry(QRect(area.left() + (area.width() - width) / 2, area.top() + (area.height() - height) / 2, width, height));
    raise();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::LayoutRequest:
        if (!isHidden())
            placeOverViewport();
        break;
    case QEvent::Paint:
        if (watched == m_view->viewport())
            watchModel();    // the view may have been given another model since
        break;
    default:
        break;
    }
    return QLabel::eventFilter(watched, event);
}

void EmptyHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}
