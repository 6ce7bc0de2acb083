#include "LabProgramPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "EmptyHint.h"
#include "Endpoint.h"
#include "LabCheckDetail.h"
#include "LabCheckListModel.h"
#include "LabReportExport.h"
#include "LabRunner.h"
#include "ListenOnWidget.h"
#include "SplitterMemory.h"

namespace {
QString portKey(const QString &lab)
{
    return QStringLiteral("lab/port/") + lab;
}
}

LabProgramPage::LabProgramPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LabCheckListModel(this))
{
    buildForm();
    QSettings settings;
    m_host->setText(settings.value(QStringLiteral("lab/host"), QStringLiteral("127.0.0.1")).toString());
    m_listen->setAddressKey(settings.value(QStringLiteral("lab/listen"), QStringLiteral("any")).toString());
    retranslate();
    updateWidgets();
    showState();
}

LabProgramPage::~LabProgramPage()
{
    saveSettings();
}

void LabProgramPage::buildForm()
{
    m_hostLabel = new QLabel(this);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_hostLabel->setBuddy(m_host);
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("targetPortSpin"));
    m_port->setRange(1, 65535);
    m_portLabel->setBuddy(m_port);
    auto *serverTarget = new QWidget(this);
    auto *serverRow = new QHBoxLayout(serverTarget);
    serverRow->setContentsMargins(0, 0, 0, 0);
    serverRow->addWidget(m_hostLabel);
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(m_portLabel);
    serverRow->addWidget(m_port);

    m_listenLabel = new QLabel(this);
    m_listen = new ListenOnWidget(this);
    m_listen->setObjectName(QStringLiteral("listenOn"));
    m_listenLabel->setBuddy(m_listen);
    auto *clientTarget = new QWidget(this);
    auto *clientRow = new QHBoxLayout(clientTarget);
    clientRow->setContentsMargins(0, 0, 0, 0);
    clientRow->addWidget(m_listenLabel);
    clientRow->addWidget(m_listen, 1);

    m_targetStack = new QStackedWidget(this);
    m_targetStack->addWidget(serverTarget);
    m_targetStack->addWidget(clientTarget);
    m_targetStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setDefault(true);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportMenu = new QMenu(m_exportButton);
    m_exportButton->setMenu(m_exportMenu);
    LabReportExport::addActions(m_exportMenu, this, [this](LabReportExport::Format f) { exportReport(int(f)); });

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetStack, 1);
    targetRow->addWidget(m_runButton);
    targetRow->addWidget(m_stopButton);
    targetRow->addWidget(m_exportButton);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("checkList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LabCheckListModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LabCheckListModel::CheckColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LabCheckListModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LabCheckListModel::TimeColumn, QHeaderView::ResizeToContents);
    EmptyHint::attach(m_view, EmptyHint::Log::LabChecks);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_summary);

    m_detail = new LabCheckDetail(this);
    m_detail->setSettingsKey(QStringLiteral("lab/program/detail"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    SplitterMemory::remember(m_splitter, QStringLiteral("lab/program/splitter"), {420, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(targetRow);
    layout->addWidget(m_state);
    layout->addWidget(m_splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopButton, &QPushButton::clicked, this, &LabProgramPage::stop);
    connect(m_host, &QLineEdit::returnPressed, this, [this] { run(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LabProgramPage::showSelected);
}

void LabProgramPage::setLab(const LabDefinition &lab)
{
    if (m_runner) {
        // The run of the previous lab ends here; nothing it still reports belongs to the new one.
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    saveSettings();
    m_lab = lab;
    m_hasReport = false;
    m_error.clear();
    m_model->setLab(lab);
    m_detail->clear();
    m_port->setValue(int(QSettings().value(portKey(lab.id), lab.defaultPort ? lab.defaultPort : 9000).toUInt()));
    m_listen->setPort(quint16(m_port->value()));
    m_targetStack->setCurrentIndex(isClientLab() ? 1 : 0);
    retranslate();
    updateWidgets();
    showState();
    emit statusChanged();
}

void LabProgramPage::setParameters(const QMap<QString, QString> &values)
{
    m_parameters = values;
}

void LabProgramPage::setTarget(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

void LabProgramPage::setListen(const QHostAddress &address, quint16 port)
{
    m_listen->setAddress(address);
    m_listen->setPort(port);
}

void LabProgramPage::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void LabProgramPage::setClientWaitMs(int ms)
{
    m_clientWaitMs = ms;
}

bool LabProgramPage::isClientLab() const
{
    return m_lab.role == LabDefinition::Role::Client;
}

bool LabProgramPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool LabProgramPage::hasReport() const
{
    return m_hasReport;
}

LabReport LabProgramPage::report() const
{
    if (m_runner)
        return m_runner->report();
    return m_report;
}

LabCheckListModel *LabProgramPage::checkModel() const
{
    return m_model;
}

LabCheckDetail *LabProgramPage::detail() const
{
    return m_detail;
}

QTreeView *LabProgramPage::checkView() const
{
    return m_view;
}

bool LabProgramPage::run(QString *error)
{
    if (isRunning() || m_lab.checks.isEmpty())
        return false;
    emit aboutToRun();
    QString reason;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QString host = m_host->text().trimmed();
    quint16 port = quint16(m_port->value());
    if (isClientLab()) {
        m_listen->read(&listenAddress, &listenPort, &reason);
    } else if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
               && host.count(QLatin1Char(':')) == 1) {
        // HOST:PORT pasted into the host field.
        if (const std::optional<Endpoint> e = Endpoint::parse(host, &reason)) {
            host = e->host;
            port = e->port;
            m_host->setText(host);
            m_port->setValue(port);
            reason.clear();
        }
    } else if (host.isEmpty()) {
        reason = tr("Enter the address of the computer your server runs on, e.g. 127.0.0.1.");
    }
    if (!reason.isEmpty()) {
        m_error = reason;
        showState();
        if (error)
            *error = reason;
        return false;
    }
    m_error.clear();
    saveSettings();

    // The bytes of the previous run stay in the window's counters.
    m_retiredIn += m_model->bytesReceived();
    m_retiredOut += m_model->bytesSent();
    m_model->resetResults();
    m_detail->clear();
    m_current = -1;
    m_listeningPort = 0;

    auto *runner = new LabRunner(m_lab, this);
    m_runner = runner;
    if (isClientLab()) {
        runner->setListen(listenAddress, listenPort);
        m_targetText = ListenOnWidget::describe(listenAddress, listenPort);
    } else {
        runner->setTarget(host, port);
        m_targetText = Endpoint::format(host, port);
    }
    if (m_clientWaitMs > 0)
        runner->setClientWaitMs(m_clientWaitMs);
    runner->setDefaultTimeoutMs(m_timeoutMs);
    runner->setParameters(m_parameters);
    connect(runner, &LabRunner::checkStarted, this, &LabProgramPage::onCheckStarted);
    connect(runner, &LabRunner::waitingForClient, this, &LabProgramPage::onWaiting);
    connect(runner, &LabRunner::checkFinished, this, [this](int index, const LabCheckResult &result) {
        m_model->setResult(index, result);
        onCheckFinished(index);
    });
    connect(runner, &LabRunner::listening, this, [this](quint16 listening) {
        m_listeningPort = listening;
        showState();
        emit statusChanged();
    });
    connect(runner, &LabRunner::listenFailed, this, [this](const QString &why) {
        m_error = why;
        showState();
    });
    connect(runner, &LabRunner::finished, this, &LabProgramPage::onFinished);
    runner->start();
    updateWidgets();
    showState();
    emit statusChanged();
    return true;
}

void LabProgramPage::stop()
{
    if (isRunning())
        m_runner->cancel();
}

void LabProgramPage::onCheckStarted(int index)
{
    m_current = index;
    m_model->setRunning(index);
    showState();
    emit statusChanged();
}

void LabProgramPage::onWaiting(int index)
{
    m_current = index;
    m_model->setWaitingForClient(index);
    showState();
    emit statusChanged();
}

void LabProgramPage::onCheckFinished(int index)
{
    const QModelIndex selected = m_view->selectionModel()->currentIndex();
    if (selected.isValid() && selected.row() == index)
        showSelected();
    m_summary->setText(m_model->summary());
    emit statusChanged();
}

void LabProgramPage::onFinished(const LabReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_model->setReport(report.checks);
    m_current = -1;
    if (m_runner)
        m_runner->deleteLater();
    m_runner = nullptr;
    m_summary->setText(m_model->summary());
    selectFirstFailure();
    showSelected();
    updateWidgets();
    showState();
    emit statusChanged();
}

void LabProgramPage::selectFirstFailure()
{
    if (m_view->selectionModel()->currentIndex().isValid())
        return;
    int row = -1;
    for (int i = 0; i < m_model->rowCount() && row < 0; ++i)
        row = m_model->result(i).required && m_model->result(i).outcome == LabCheckResult::Outcome::Failed ? i : -1;
    for (int i = 0; i < m_model->rowCount() && row < 0; ++i)
        row = m_model->result(i).outcome == LabCheckResult::Outcome::Failed ? i : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void LabProgramPage::showSelected()
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->showResult(m_model->result(index.row()));
}

void LabProgramPage::exportReport(int format)
{
    if (!m_hasReport)
        return;
    LabReportExport::save(this, {m_report}, LabReportExport::Format(format),
                          QStringLiteral("%1-report").arg(m_lab.id));
}

QString LabProgramPage::statusSummary() const
{
    if (!isRunning())
        return QString();
    const QString title = m_lab.title.text();
    if (m_current >= 0 && m_model->isWaitingForClient(m_current))
        return tr("Lab “%1”: waiting for the client on port %2").arg(title).arg(m_listeningPort);
    const int check = qMax(m_current, 0) + 1;
    return tr("Lab “%1”: check %2 of %3 on %4").arg(title).arg(check).arg(m_model->rowCount()).arg(m_targetText);
}

qint64 LabProgramPage::bytesReceived() const
{
    return m_retiredIn + m_model->bytesReceived();
}

qint64 LabProgramPage::bytesSent() const
{
    return m_retiredOut + m_model->bytesSent();
}

void LabProgramPage::showState()
{
    if (!m_error.isEmpty()) {
        m_state->setText(isRunning() ? m_error : tr("Could not run: %1").arg(m_error));
        return;
    }
    if (isRunning()) {
        if (isClientLab()) {
            if (m_listeningPort == 0)
                m_state->setText(tr("Opening port %1…").arg(m_listen->port()));
            else if (m_current >= 0 && m_model->isWaitingForClient(m_current))
                m_state->setText(tr("Listening on port %1. Start your client now: check %2 of %3 waits for it to connect.")
                                     .arg(m_listeningPort).arg(m_current + 1).arg(m_model->rowCount()));
            else
                m_state->setText(tr("Listening on port %1: check %2 of %3 is running.")
                                     .arg(m_listeningPort).arg(qMax(m_current, 0) + 1).arg(m_model->rowCount()));
        } else {
            m_state->setText(tr("Checking %1: check %2 of %3 is running.")
                                 .arg(m_targetText).arg(qMax(m_current, 0) + 1).arg(m_model->rowCount()));
        }
        return;
    }
    if (m_hasReport) {
        m_state->setText(m_report.passed() ? tr("Done: %1 passed every required check.").arg(m_targetText)
                                           : tr("Done: %1 did not pass every required check. Select a failed check to see why.").arg(m_targetText));
        return;
    }
    if (m_lab.checks.isEmpty())
        m_state->setText(QString());
    else if (isClientLab())
        m_state->setText(tr("Press “Wait for the client”, then start your client: SocketLab plays the server and checks what your client does."));
    else
        m_state->setText(tr("Start your server, enter where it listens, then press Run."));
}

void LabProgramPage::updateWidgets()
{
    const bool running = isRunning();
    const bool hasLab = !m_lab.checks.isEmpty();
    m_runButton->setEnabled(!running && hasLab);
    m_stopButton->setEnabled(running);
    m_exportButton->setEnabled(m_hasReport && !running);
    m_targetStack->setEnabled(!running);
    if (!m_hasReport || running)
        m_summary->setText(running ? m_model->summary() : QString());
}

void LabProgramPage::retranslate()
{
    m_hostLabel->setText(tr("&Server:"));
    m_host->setToolTip(tr("The computer your server runs on: 127.0.0.1 for this one, or another computer's address. HOST:PORT works too."));
    m_portLabel->setText(tr("&Port:"));
    m_listenLabel->setText(tr("&Listen on:"));
    m_runButton->setText(isClientLab() ? tr("&Wait for the client") : tr("&Run"));
    m_runButton->setToolTip(isClientLab() ? tr("Listen on this port and run the checks as your client connects.")
                                          : tr("Connect to your server and run every check."));
    m_stopButton->setText(tr("S&top"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setToolTip(tr("Save the report as text, JSON or JUnit XML."));
    LabReportExport::retranslate(m_exportMenu);
    m_model->retranslate();
    m_summary->setText(m_model->summary());
}

void LabProgramPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("lab/host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("lab/listen"), m_listen->addressKey());
    if (!m_lab.id.isEmpty())
        settings.setValue(portKey(m_lab.id), isClientLab() ? m_listen->port() : m_port->value());
}

void LabProgramPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showState();
    }
    QWidget::changeEvent(event);
}
