#include "QuickStartDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <iterator>

#include "QuickStartDiagram.h"

namespace {
constexpr QuickStartDialog::Page Pages[] = {QuickStartDialog::Page::Tcp, QuickStartDialog::Page::Udp,
                                            QuickStartDialog::Page::Files, QuickStartDialog::Page::Web};

QString code(const QString &command)
{
    return QStringLiteral("<code>%1</code>").arg(command.toHtmlEscaped());
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString &item : items)
        html += QStringLiteral("<li style=\"margin-bottom: 4px\">%1</li>").arg(item);
    return html + QStringLiteral("</ol>");
}
} // namespace

QuickStartDialog::QuickStartDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("quickStartDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    for (int i = 0; i < int(std::size(Pages)); ++i) {
        auto *browser = new QTextBrowser(m_tabs);
        browser->setOpenExternalLinks(true);
        m_browsers.append(browser);
        m_tabs->addTab(browser, QString());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(660, 480);
    retranslate();
}

QuickStartDialog::Page QuickStartDialog::currentPage() const
{
    return Pages[qBound(0, m_tabs->currentIndex(), int(std::size(Pages)) - 1)];
}

void QuickStartDialog::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QString QuickStartDialog::pageText(Page page) const
{
    return m_browsers.at(int(page))->toPlainText();
}

QuickStartDialog *QuickStartDialog::showFor(QWidget *from, Page page)
{
    QWidget *window = from ? from->window() : nullptr;
    auto *dialog = window ? window->findChild<QuickStartDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new QuickStartDialog(window);
    dialog->setCurrentPage(page);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void QuickStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void QuickStartDialog::retranslate()
{
    setWindowTitle(tr("SocketLab Quick Start"));
    const QStringList titles = {tr("TCP"), tr("UDP"), tr("Files"), tr("Web server")};
    for (Page page : Pages) {
        const int i = int(page);
        m_tabs->setTabText(i, titles.at(i));
        QTextBrowser *browser = m_browsers.at(i);
        const QUrl image(QStringLiteral("quickstart:diagram"));
        browser->document()->addResource(QTextDocument::ImageResource, image, diagram(page));
        browser->setHtml(pageHtml(page));
    }
}

QImage QuickStartDialog::diagram(Page page) const
{
    using Box = QuickStartDiagram::Box;
    using Arrow = QuickStartDiagram::Arrow;
    Box left;
    Box right;
    QList<Arrow> arrows;
    switch (page) {
    case Page::Tcp:
        left = {tr("SocketLab: TCP server"), {tr("listening on port %1").arg(1246)}};
        right = {tr("TCP client"), {tr("this window (Role: Client)"), QStringLiteral("socketlab tcp-client 127.0.0.1:1246")}};
        arrows = {{tr("1. connect"), false}, {tr("2. send a message"), false}, {tr("3. reply"), true}};
        break;
    case Page::Udp:
        left = {tr("SocketLab: UDP socket"), {tr("bound to port %1").arg(1234)}};
        right = {tr("Another UDP socket"), {QStringLiteral("socketlab udp --port 5000"), QStringLiteral("--to 127.0.0.1:1234")}};
        arrows = {{tr("1. datagram"), false}, {tr("2. datagram back"), true}};
        break;
    case Page::Files:
        left = {tr("SocketLab: file server"), {tr("shared folder and inbox"), tr("ports %1, %2 and %3").arg(7890).arg(12800).arg(7891)}};
        right = {tr("File client"), {tr("this window (Role: Client)"), QStringLiteral("socketlab get 127.0.0.1:7891 a.txt")}};
        arrows = {{tr("1. list the files"), false}, {tr("2. download"), true}, {tr("3. upload"), false}};
        break;
    case Page::Web:
        left = {tr("SocketLab: web server"), {tr("root folder, port %1").arg(8000)}};
        right = {tr("Browser"), {QStringLiteral("http://127.0.0.1:8000/"), QStringLiteral("curl -v")}};
        arrows = {{tr("1. GET /index.html"), false}, {tr("2. 200 OK and the page"), true}};
        break;
    }
    return QuickStartDiagram::render(left, right, arrows, font(), devicePixelRatioF());
}

QString QuickStartDialog::pageHtml(Page page) const
{
    QString title;
    QStringList steps;
    QString script;
    switch (page) {
    case Page::Tcp:
        title = tr("TCP: a chat between a server and its clients");
        steps = {tr("Choose <b>Role: Server</b>, keep port 1246 (0 lets the system pick a free port) and click <b>Start</b>."),
                 tr("Connect a client: choose <b>Role: Client</b> in this window and click <b>Connect</b>, "
                    "or run a client script on this or another computer."),
                 tr("Type a message and press <b>Ctrl+Enter</b>. Each row of the log is one <code>recv()</code> chunk: "
                    "two messages sent quickly one after the other may arrive as one chunk (“sticky packets”)."),
                 tr("Select a row to see the whole message and its bytes in hex under the log.")};
        script = tr("From a script: %1 sends each line you type and prints the replies.")
                     .arg(code(QStringLiteral("socketlab tcp-client 127.0.0.1:1246")));
        break;
    case Page::Udp:
        title = tr("UDP: datagrams without a connection");
        steps = {tr("Click <b>Bind</b> to receive on port 1234 (0 lets the system pick a free port)."),
                 tr("Under <b>Send to</b>, enter the host and port of the other socket and send a message. "
                    "Sending binds a free port by itself, so replies can come back."),
                 tr("Each datagram is one row of the log: UDP keeps the boundaries of messages. "
                    "Click a sender under <b>Senders seen</b> to answer it.")};
        script = tr("From a script: %1 receives on port 5000 and sends each line you type to this tab.")
                     .arg(code(QStringLiteral("socketlab udp --port 5000 --to 127.0.0.1:1234")));
        break;
    case Page::Files:
        title = tr("Files: download and upload with progress");
        steps = {tr("Choose <b>Role: Server</b>, pick the shared folder (students download from it) and the inbox "
                    "(uploads are saved there), then click <b>Start</b>."),
                 tr("Choose <b>Role: Client</b> in this window or on a student's computer, enter the server's address, "
                    "click <b>List files</b> and double-click a file to download it."),
                 tr("Upload with <b>Upload files…</b> or by dropping files onto the tab. "
                    "The transfers table shows the progress of each file.")};
        script = tr("From a script: %1 downloads a file, %2 uploads one. The seed's classic download and upload "
                    "scripts use ports 7890 and 12800.")
                     .arg(code(QStringLiteral("socketlab get 127.0.0.1:7891 a.txt")),
                          code(QStringLiteral("socketlab put 127.0.0.1:7891 report.pdf")));
        break;
    case Page::Web:
        title = tr("Web server: what a browser sends and receives");
        steps = {tr("Keep the sample site or choose a root folder, then click <b>Start</b>."),
                 tr("Click <b>Open in browser</b>, or ask for a page from a script."),
                 tr("Each request is one row of the request log. Select it to see the head the browser sent "
                    "and the head the server answered.")};
        script = tr("From a script: %1 shows both heads in the terminal.")
                     .arg(code(QStringLiteral("curl -v http://127.0.0.1:8000/")));
        break;
    }
    return QStringLiteral("<h3>%1</h3><p><img src=\"quickstart:diagram\"></p>%2<p>%3</p>")
        .arg(title.toHtmlEscaped(), list(steps), script);
}
