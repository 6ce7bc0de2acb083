#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>

#include "ByteCountText.h"
#include "ElidedLabel.h"
#include "FileTab.h"
#include "LabTab.h"
#include "LanguageManager.h"
#include "LogSaveDialog.h"
#include "QuickStartDialog.h"
#include "TcpTab.h"
#include "TextCodec.h"
#include "ToolTab.h"
#include "TrafficView.h"
#include "UdpTab.h"
#include "WebTab.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_displayGroup(new QActionGroup(this))
    , m_encodingGroup(new QActionGroup(this))
    , m_languageGroup(new QActionGroup(this))
    , m_statusLabel(new ElidedLabel(this))
    , m_countersLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.svg")));
    m_statusLabel->setObjectName(QStringLiteral("statusSummary"));
    m_countersLabel->setObjectName(QStringLiteral("statusCounters"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_countersLabel);

    m_displayGroup->addAction(m_ui->actionShowText);
    m_displayGroup->addAction(m_ui->actionShowHex);
    m_displayGroup->addAction(m_ui->actionShowBoth);
    buildEncodingMenu();
    buildLanguageMenu();

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionQuickStart, &QAction::triggered, this, &MainWindow::showQuickStart);
    connect(m_ui->actionSaveText, &QAction::triggered, this, [this] { saveLog(LogFormat::Text); });
    connect(m_ui->actionSaveCsv, &QAction::triggered, this, [this] { saveLog(LogFormat::Csv); });
    connect(m_ui->actionSaveEvents, &QAction::triggered, this, [this] {
        if (TrafficView *view = currentView())
            view->saveAsEvents();
    });
    connect(m_ui->actionExportDiagram, &QAction::triggered, this, [this] {
        if (TrafficView *view = currentView())
            view->exportDiagram();
    });
    connect(m_ui->actionClearLog, &QAction::triggered, this, [this] {
        if (ToolTab *tab = currentTab())
            tab->clearLog();
    });
    connect(m_ui->actionLogCapacity, &QAction::triggered, this, &MainWindow::askLogCapacity);
    connect(m_displayGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (TrafficView *view = currentView())
            view->setDisplayMode(action == m_ui->actionShowHex    ? TrafficModel::DisplayMode::Hex
                                 : action == m_ui->actionShowBoth ? TrafficModel::DisplayMode::Both
                                                                  : TrafficModel::DisplayMode::Text);
    });

    addToolTab(new TcpTab(this));
    addToolTab(new UdpTab(this));
    addToolTab(new FileTab(this));
    addToolTab(new WebTab(this));
    addToolTab(new LabTab(this));

    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        syncViewActions();
        updateStatus();
    });
    m_statusTimer->setInterval(500);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();

    QSettings settings;
    setLogCapacity(settings.value(QStringLiteral("ui/logCapacity"), TrafficModel::DefaultCapacity).toInt());
    m_ui->tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    retranslate();
    syncViewActions();
    updateStatus();
    applyInitialGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

void MainWindow::applyInitialGeometry(const QByteArray &saved)
{
    // An explicit minimum size: the layout no longer raises the window's minimum to what its contents
    // ask for, so no later content (a long status, a wider label after a language switch) can make
    // the window grow by itself. Every tab fits in 1024 x 700 (tst_mainwindow checks it).
    setMinimumSize(minimumSizeHint().boundedTo(QSize(MinimumWidth, MinimumHeight)));
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(DefaultWidth, DefaultHeight);
    if (saved.isEmpty() || !restoreGeometry(saved))
        resize(QSize(DefaultWidth, DefaultHeight).boundedTo(available));
    else if (!isMaximized() && !isFullScreen())
        resize(size().boundedTo(available));   // saved on a bigger screen, or by an older version that grew
}

MainWindow::~MainWindow() = default;

int MainWindow::logCapacity() const
{
    return m_logCapacity;
}

void MainWindow::setLogCapacity(int events)
{
    m_logCapacity = qBound(MinLogCapacity, events, MaxLogCapacity);
    const QList<TrafficView *> views = findChildren<TrafficView *>();
    for (TrafficView *view : views)
        view->model()->setCapacity(m_logCapacity);
    QSettings().setValue(QStringLiteral("ui/logCapacity"), m_logCapacity);
}

void MainWindow::askLogCapacity()
{
    bool ok = false;
    const int events = QInputDialog::getInt(this, tr("Log Size"),
                                            tr("Each log keeps its newest events and drops older ones. "
                                               "How many events should each log keep?"),
                                            m_logCapacity, MinLogCapacity, MaxLogCapacity, 10000, &ok);
    if (ok)
        setLogCapacity(events);
}

QList<ToolTab *> MainWindow::toolTabs() const
{
    QList<ToolTab *> tabs;
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ToolTab *>(m_ui->tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

void MainWindow::addToolTab(ToolTab *tab)
{
    m_ui->tabs->addTab(tab, tab->windowTitle());
    connect(tab, &ToolTab::statusChanged, this, &MainWindow::updateStatus);
    connect(tab, &QWidget::windowTitleChanged, this, [this, tab](const QString &title) {
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(tab), title);
    });
}

void MainWindow::buildEncodingMenu()
{
    for (TextCodec::Encoding encoding : TextCodec::encodings()) {
        QAction *action = m_ui->menuEncoding->addAction(TextCodec::name(encoding));
        action->setCheckable(true);
        action->setData(int(encoding));
        m_encodingGroup->addAction(action);
    }
    connect(m_encodingGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (TrafficView *view = currentView())
            view->setEncoding(TextCodec::Encoding(action->data().toInt()));
    });
}

void MainWindow::buildLanguageMenu()
{
    for (const QString &code : LanguageManager::availableCodes()) {
        QAction *action = m_ui->menuLanguage->addAction(LanguageManager::displayName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == LanguageManager::instance().code());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [](QAction *action) {
        LanguageManager::instance().setLanguage(action->data().toString());
    });
}

ToolTab *MainWindow::currentTab() const
{
    return qobject_cast<ToolTab *>(m_ui->tabs->currentWidget());
}

TrafficView *MainWindow::currentView() const
{
    ToolTab *tab = currentTab();
    return tab ? tab->currentTrafficView() : nullptr;
}

void MainWindow::saveLog(LogFormat format)
{
    ToolTab *tab = currentTab();
    if (!tab || !tab->hasLog())
        return;
    LogSaveDialog::run(this, format, tab->logFileBaseName(), [tab](const QString &path, LogFormat f, QString *error) {
        return tab->saveLog(path, f, error);
    });
}

void MainWindow::syncViewActions()
{
    const ToolTab *tab = currentTab();
    const bool hasLog = tab && tab->hasLog();
    for (QAction *a : {m_ui->actionSaveText, m_ui->actionSaveCsv, m_ui->actionClearLog})
        a->setEnabled(hasLog);
    TrafficView *view = currentView();
    const bool hasView = view != nullptr;
    // Events and the diagram are the traffic views' (not the web tab's request log).
    m_ui->actionSaveEvents->setEnabled(hasView);
    m_ui->actionExportDiagram->setEnabled(hasView);
    for (QAction *a : {m_ui->actionShowText, m_ui->actionShowHex, m_ui->actionShowBoth})
        a->setEnabled(hasView);
    m_ui->menuEncoding->setEnabled(hasView);
    if (!view)
        return;
    const TrafficModel::DisplayMode mode = view->model()->displayMode();
    m_ui->actionShowText->setChecked(mode == TrafficModel::DisplayMode::Text);
    m_ui->actionShowHex->setChecked(mode == TrafficModel::DisplayMode::Hex);
    m_ui->actionShowBoth->setChecked(mode == TrafficModel::DisplayMode::Both);
    const int encoding = int(view->model()->encoding());
    for (QAction *a : m_encodingGroup->actions())
        a->setChecked(a->data().toInt() == encoding);
}

void MainWindow::updateStatus()
{
    QStringList parts;
    qint64 in = 0;
    qint64 out = 0;
    for (ToolTab *tab : toolTabs()) {
        parts += tab->statusSummaries();
        in += tab->bytesReceived();
        out += tab->bytesSent();
    }
    m_statusLabel->setText(parts.isEmpty() ? tr("Idle: nothing is listening or connected.")
                                           : parts.join(QStringLiteral("  ·  ")));
    m_countersLabel->setText(tr("Received %1 · Sent %2")
                                 .arg(ByteCountText::compact(in, 1),
                                      ByteCountText::compact(out, 1)));
    syncViewActions();
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        m_ui->tabs->setTabText(i, m_ui->tabs->widget(i)->windowTitle());
    for (QAction *a : m_languageGroup->actions())
        a->setText(LanguageManager::displayName(a->data().toString()));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_ui->tabs->currentIndex());
    event->accept();
}

bool MainWindow::openCommand(const QStringList &commandAndArguments)
{
    const QString command = commandAndArguments.value(0);
    for (ToolTab *tab : toolTabs()) {
        if (!tab->openCommands().contains(command))
            continue;
        m_ui->tabs->setCurrentWidget(tab);
        QString error;
        if (tab->openCommand(command, commandAndArguments.mid(1), &error))
            return true;
        std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
        QMessageBox::critical(this, tr("Cannot open %1").arg(command), error);
        return false;
    }
    QStringList known;
    for (ToolTab *tab : toolTabs())
        known += tab->openCommands();
    const QString error = tr("“%1” cannot be opened in the window; use one of: %2.")
                              .arg(command, known.join(QStringLiteral(", ")));
    std::fprintf(stderr, "socketlab: %s\n", qPrintable(error));
    QMessageBox::critical(this, tr("Cannot open %1").arg(command), error);
    return false;
}

void MainWindow::showQuickStart()
{
    QuickStartDialog::Page page = QuickStartDialog::Page::Tcp;
    if (qobject_cast<UdpTab *>(currentTab()))
        page = QuickStartDialog::Page::Udp;
    else if (qobject_cast<FileTab *>(currentTab()))
        page = QuickStartDialog::Page::Files;
    else if (qobject_cast<WebTab *>(currentTab()))
        page = QuickStartDialog::Page::Web;
    QuickStartDialog::showFor(this, page);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SocketLab"),
        tr("<h3>SocketLab %1</h3>"
           "<p>A workbench for socket programming: TCP chat, UDP, file transfer and a web server, "
           "built on Qt's QTcpServer, QTcpSocket and QUdpSocket.</p>"
           "<p>Made for network-programming lab sessions: every message shows when it arrived, "
           "from whom, and where each <code>recv()</code> chunk ended.</p>"
           "<p>The same engines run without a window: <code>socketlab --help</code>.</p>"
           "<p>Copyright © 2026 The SocketLab authors. Released under the MIT License.</p>")
            .arg(QCoreApplication::applicationVersion()));
}
