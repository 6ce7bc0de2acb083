// The window in 中文, walked offscreen: every tab (and the TCP tab's client and server pages),
// every visible label, button, group box, tab, table header, combo-box item, placeholder,
// tooltip, menu entry and the status bar. A text fails when it is still an English source text
// of the catalogue, or when it holds Latin words that are neither protocol words, addresses,
// file names, options nor one of the few names on the allow-list below. The test lists every
// failing text with the widget that shows it, so one run shows all that is left to translate.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>
#include <QtTest>

#include "LanguageManager.h"
#include "MainWindow.h"
#include "TcpTab.h"
#include "TestEnvironment.h"

namespace {

// Latin words a Chinese text may keep: protocol and format names, units, program and language
// names. Everything else in Latin letters is an untranslated word.
const QStringList AllowedWords = {
    // protocols, formats, encodings
    QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
    QStringLiteral("IP"), QStringLiteral("IPv4"), QStringLiteral("IPv6"), QStringLiteral("SLFT"),
    QStringLiteral("SHA"), QStringLiteral("LF"), QStringLiteral("CR"), QStringLiteral("CRLF"),
    QStringLiteral("UTF"), QStringLiteral("GBK"), QStringLiteral("Latin"), QStringLiteral("ASCII"),
    QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("Lines"), QStringLiteral("SVG"), QStringLiteral("PNG"), QStringLiteral("JUnit"), QStringLiteral("XML"),
    QStringLiteral("HTML"), QStringLiteral("URL"), QStringLiteral("TTL"),
    QStringLiteral("ICMP"), QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("LIST"),
    QStringLiteral("END"), QStringLiteral("SEPARATOR"), QStringLiteral("hex"), QStringLiteral("Hex"),
    QStringLiteral("recv"), QStringLiteral("send"), QStringLiteral("sendto"), QStringLiteral("Enter"),
    QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Tab"),
    QStringLiteral("Del"), QStringLiteral("F2"),   // key names, as the keyboard shows them
    // units
    QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("ms"),
    // names
    QStringLiteral("SocketLab"), QStringLiteral("Python"), QStringLiteral("Qt"),
    QStringLiteral("English"),        // the language menu names each language in itself
    QStringLiteral("Web"),            // “Web 服务器” is how Chinese says it
    QStringLiteral("select"), QStringLiteral("hello"), QStringLiteral("response"),
    QStringLiteral("ok"), QStringLiteral("bye"),   // the course scripts' calls and messages, as
                                                   // the lab titles quote them
    QStringLiteral("seed"),           // a lab's lecture script is named as the course names it
                                      // ("seed 003 socket_server.py"): data, not a sentence
    QStringLiteral("uploads"),        // the name of the read-only folder the file server shows
};

QString plain(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // Mnemonics: "&Start", "启动(&S)".
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&[A-Za-z0-9]\\)"));
    text.remove(chineseMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

// What is left of a text once addresses, file names, paths, options and the like are removed.
QString withoutNames(QString text)
{
    static const QList<QRegularExpression> names = {
        QRegularExpression(QStringLiteral("[a-z]+://\\S+")),                          // URLs
        QRegularExpression(QStringLiteral("\\[?[0-9A-Fa-f]*:[0-9A-Fa-f:.]*\\]?(:\\d+)?")),  // IPv6, ports
        QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?")),         // IPv4
        QRegularExpression(QStringLiteral("(~|\\.{1,2})?/[^\\s，。、“”()（）]*")),          // paths
        QRegularExpression(QStringLiteral("[\\w-]+\\.[A-Za-z][\\w]{0,5}\\b")),         // file names
        QRegularExpression(QStringLiteral("--?[a-z][\\w-]*")),                         // options
        QRegularExpression(QStringLiteral("\\blocalhost\\b")),
        // network interface names, as the system gives them
        QRegularExpression(QStringLiteral("\\b(?:lo|eth\\d+|en[ops]\\w*|wl\\w+|docker\\d+|virbr\\d+|br-\\w+|veth\\w+|tun\\d+|tap\\d+)\\b")),
        QRegularExpression(QStringLiteral("\\\\[rnx][0-9a-f]{0,2}")),                 // \r \n \x1b
        QRegularExpression(QStringLiteral("\\b(?:CRC-\\d+(?:/[A-Z-]+)?|XOR)\\b")),          // checksum names: CRC-16/MODBUS
    };
    for (const QRegularExpression &re : names)
        text.remove(re);
    return text;
}

} // namespace

class TestChineseWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyVisibleTextIsChinese();

private:
    void loadCatalogue();
    void check(const QString &where, const QString &text);
    void collect(QWidget *root, const QString &page);
    void collectMenu(QMenu *menu, const QString &path);

    std::unique_ptr<TestEnvironment> m_env;
    QSet<QString> m_sources;
    QStringList m_failures;
    QSet<QString> m_seen;
};

void TestChineseWalk::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    loadCatalogue();
    QVERIFY2(m_sources.size() > 500, "the catalogue translations/socketlab_zh_CN.ts was not found");
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::instance().effectiveCode(), QStringLiteral("zh_CN"));
}

void TestChineseWalk::cleanupTestCase()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestChineseWalk::loadCatalogue()
{
    QFile file(qEnvironmentVariable("SOCKETLAB_SOURCE_DIR") + QStringLiteral("/translations/socketlab_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source")) {
            const QString source = plain(xml.readElementText());
            // Words that are the same in both languages (a protocol name alone) are not a failure.
            if (!withoutNames(source).contains(QRegularExpression(QStringLiteral("[a-z]{2,}"))))
                continue;
            m_sources.insert(source);
        }
    }
}

void TestChineseWalk::check(const QString &where, const QString &raw)
{
    const QString text = plain(raw);
    if (text.isEmpty() || m_seen.contains(where + text))
        return;
    m_seen.insert(where + text);
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:'[a-z]+)?"));
    QStringList foreign;
    auto it = word.globalMatch(withoutNames(text));
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (w.size() < 2 || AllowedWords.contains(w))
            continue;
        foreign.append(w);
    }
    if (foreign.isEmpty())
        return;   // only names, protocol words and addresses ("SocketLab", "TCP", "127.0.0.1")
    if (m_sources.contains(text))
        m_failures.append(QStringLiteral("%1: “%2” is the English source text").arg(where, text));
    else
        m_failures.append(QStringLiteral("%1: “%2” has English words: %3").arg(where, text, foreign.join(QLatin1Char(' '))));
}

void TestChineseWalk::collect(QWidget *root, const QString &page)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString where = QStringLiteral("%1 › %2 (%3)").arg(page, w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        check(where + QStringLiteral(" tooltip"), w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            check(where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(where, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            check(where, group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            check(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            check(where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            check(where + QStringLiteral(" suffix"), spin->suffix());
            check(where + QStringLiteral(" special"), spin->specialValueText());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i) {
                check(where + QStringLiteral(" item"), combo->itemText(i));
                check(where + QStringLiteral(" item tooltip"), combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                check(where + QStringLiteral(" tab"), bar->tabText(i));
                check(where + QStringLiteral(" tab tooltip"), bar->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                check(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
                check(where + QStringLiteral(" header tooltip"), model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
    }
}

void TestChineseWalk::collectMenu(QMenu *menu, const QString &path)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = path + QStringLiteral(" › ") + plain(action->text());
        check(path + QStringLiteral(" menu"), action->text());
        check(where + QStringLiteral(" tooltip"), action->toolTip() == plain(action->text()) ? QString() : action->toolTip());
        check(where + QStringLiteral(" status tip"), action->statusTip());
        if (action->menu())
            collectMenu(action->menu(), where);
    }
}

void TestChineseWalk::everyVisibleTextIsChinese()
{
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    check(QStringLiteral("window title"), window.windowTitle());
    for (QAction *action : window.menuBar()->actions()) {
        check(QStringLiteral("menu bar"), action->text());
        if (action->menu())
            collectMenu(action->menu(), plain(action->text()));
    }

    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 4);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString page = plain(tabs->tabText(i));
        collect(tabs->currentWidget(), page);
        // Tabs inside the tab (if any), each page in turn.
        for (QTabWidget *inner : tabs->currentWidget()->findChildren<QTabWidget *>()) {
            for (int j = 0; j < inner->count(); ++j) {
                inner->setCurrentIndex(j);
                QCoreApplication::processEvents();
                collect(inner->currentWidget(), page + QStringLiteral(" › ") + plain(inner->tabText(j)));
            }
        }
        // The TCP tab shows its server or its client: both.
        if (auto *tcp = qobject_cast<TcpTab *>(tabs->currentWidget())) {
            tcp->showClient();
            QCoreApplication::processEvents();
            collect(tcp, page + QStringLiteral(" (client)"));
            tcp->showServer();
            QCoreApplication::processEvents();
        }
    }
    collect(window.statusBar(), QStringLiteral("status bar"));

    if (!m_failures.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 text(s) in 中文 are still English:\n  ").arg(m_failures.size())
                         + m_failures.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestChineseWalk)
#include "tst_chinesewalk.moc"
