#include "LabClassPage.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ClassRun.h"
#include "ClassTableModel.h"
#include "EmptyHint.h"
#include "LabCheckDetail.h"
#include "LabReportExport.h"
#include "SplitterMemory.h"

namespace {
// A class list is a few lines per student; anything bigger is not one.
constexpr qint64 MaxTargetsFileBytes = 1024 * 1024;
}

LabClassPage::LabClassPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClassTableModel(this))
{
    buildForm();
    retranslate();
    const QString saved = QSettings().value(QStringLiteral("lab/targetsFile")).toString();
    if (!saved.isEmpty() && QFileInfo::exists(saved))
        loadTargets(saved);
    updateWidgets();
    showState();
}

LabClassPage::~LabClassPage()
{
    saveSettings();
}

void LabClassPage::buildForm()
{
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("targetsEdit"));
    m_fileLabel->setBuddy(m_file);
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("classRunButton"));
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("classStopButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("classExportButton"));
    m_exportMenu = new QMenu(m_exportButton);
    m_csvAction = m_exportMenu->addAction(QString());
    connect(m_csvAction, &QAction::triggered, this, &LabClassPage::exportCsv);
    auto *reportMenu = m_exportMenu->addMenu(QString());
    reportMenu->setObjectName(QStringLiteral("reportMenu"));
    LabReportExport::addActions(reportMenu, this, [this](LabReportExport::Format f) { exportReports(int(f)); });
    m_exportButton->setMenu(m_exportMenu);

    auto *row = new QHBoxLayout;
    row->addWidget(m_fileLabel);
    row->addWidget(m_file, 1);
    row->addWidget(m_browseButton);
    row->addWidget(m_runButton);
    row->addWidget(m_stopButton);
    row->addWidget(m_exportButton);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("classStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("classTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    EmptyHint::attach(m_table, EmptyHint::Log::LabClass);

    m_detail = new LabCheckDetail(this);
    m_detail->setSettingsKey(QStringLiteral("lab/class/detail"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    SplitterMemory::remember(m_splitter, QStringLiteral("lab/class/splitter"), {500, 500});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addWidget(m_splitter, 1);

    connect(m_browseButton, &QPushButton::clicked, this, &LabClassPage::browse);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { loadTargets(m_file->text().trimmed()); });
    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopButton, &QPushButton::clicked, this, &LabClassPage::stop);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { showCell(index.row(), index.column()); });
}

void LabClassPage::setLab(const LabDefinition &lab)
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_lab = lab;
    m_finished = false;
    m_done = 0;
    m_error.clear();
    m_model->setLab(lab);
    m_detail->clear();
    updateWidgets();
    showState();
    emit statusChanged();
}

void LabClassPage::setParameters(const QMap<QString, QString> &values)
{
    m_parameters = values;
}

void LabClassPage::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void LabClassPage::setParallel(int parallel)
{
    m_parallel = parallel;
}

bool LabClassPage::readTargets(const QString &path, QList<ClassTarget> *targets, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The targets file “%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaxTargetsFileBytes) {
        *error = tr("The targets file “%1” is too big to be a class list.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString reason;
    const std::optional<QList<ClassTarget>> parsed = ClassTarget::parseList(file.readAll(), &reason);
    if (!parsed) {
        *error = tr("The targets file “%1” cannot be used: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (parsed->isEmpty()) {
        *error = tr("The targets file “%1” lists no student. Write one line per student: a name and HOST:PORT.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *targets = *parsed;
    return true;
}

bool LabClassPage::loadTargets(const QString &path, QString *error)
{
    if (isRunning())
        return false;
    m_file->setText(QDir::toNativeSeparators(path));
    QList<ClassTarget> targets;
    QString reason;
    if (!readTargets(path, &targets, &reason)) {
        showError(reason);
        if (error)
            *error = reason;
        return false;
    }
    showError(QString());
    m_finished = false;
    m_done = 0;
    m_model->setTargets(targets);
    m_detail->clear();
    updateWidgets();
    showState();
    return true;
}

QString LabClassPage::targetsPath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void LabClassPage::browse()
{
    QSettings settings;
    const QString folderKey = QStringLiteral("lab/targetsFolder");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a targets file"), settings.value(folderKey).toString(),
                                                      tr("Targets files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    loadTargets(path);
}

bool LabClassPage::isRunning() const
{
    return m_run && m_run->isRunning();
}

bool LabClassPage::hasResults() const
{
    return m_finished && m_run;
}

QList<LabReport> LabClassPage::reports() const
{
    return m_run ? m_run->reports() : QList<LabReport>();
}

QByteArray LabClassPage::csv() const
{
    return m_run ? m_run->csv() : QByteArray();
}

ClassTableModel *LabClassPage::tableModel() const
{
    return m_model;
}

QTableView *LabClassPage::tableView() const
{
    return m_table;
}

LabCheckDetail *LabClassPage::detail() const
{
    return m_detail;
}

bool LabClassPage::run(QString *error)
{
    if (isRunning() || m_lab.checks.isEmpty())
        return false;
    emit aboutToRun();
    QString reason;
    QList<ClassTarget> targets;
    if (m_lab.role != LabDefinition::Role::Server)
        reason = tr("Class mode checks servers; this lab checks a client. Use “One program” for it.");
    else if (targetsPath().isEmpty())
        reason = tr("Choose a targets file first: one line per student, a name and HOST:PORT.");
    else
        readTargets(targetsPath(), &targets, &reason);
    if (!reason.isEmpty()) {
        showError(reason);
        if (error)
            *error = reason;
        return false;
    }
    showError(QString());
    saveSettings();
    m_retiredIn += m_model->bytesReceived();
    m_retiredOut += m_model->bytesSent();
    m_model->setTargets(targets);
    m_detail->clear();
    m_finished = false;
    m_done = 0;
    if (m_run)
        m_run->deleteLater();

    auto *run = new ClassRun(m_lab, targets, this);
    m_run = run;
    if (m_parallel > 0)
        run->setParallel(m_parallel);
    run->setDefaultTimeoutMs(m_timeoutMs);
    run->setParameters(m_parameters);
    connect(run, &ClassRun::targetStarted, this, [this](int target) { m_model->setStarted(target); });
    connect(run, &ClassRun::checkFinished, this, [this](int target, int check, const LabCheckResult &result) {
        m_model->setResult(target, check, result);
        if (target == m_selectedRow && check == m_model->checkAt(m_selectedColumn))
            showCell(m_selectedRow, m_selectedColumn);
    });
    connect(run, &ClassRun::targetFinished, this, [this](int target, const LabReport &report) {
        m_model->setReport(target, report);
        ++m_done;
        showState();
        emit statusChanged();
    });
    connect(run, &ClassRun::finished, this, [this] {
        m_finished = true;
        selectFirstFailure();
        updateWidgets();
        showState();
        emit statusChanged();
    });
    run->start();
    updateWidgets();
    showState();
    emit statusChanged();
    return true;
}

void LabClassPage::stop()
{
    if (isRunning())
        m_run->cancel();
}

void LabClassPage::showCell(int row, int column)
{
    m_selectedRow = row;
    m_selectedColumn = column;
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    int check = m_model->checkAt(column);
    if (check < 0) {
        // The name, target or result: the student's first failed check, else the first one.
        for (int i = 0; i < m_model->checkCount() && check < 0; ++i)
            check = m_model->result(row, i).outcome == LabCheckResult::Outcome::Failed ? i : -1;
        check = qMax(check, 0);
    }
    if (check >= m_model->checkCount()) {
        m_detail->clear();
        return;
    }
    m_detail->showResult(m_model->result(row, check), m_model->target(row).name);
}

void LabClassPage::selectFirstFailure()
{
    if (m_table->currentIndex().isValid())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int check = 0; check < m_model->checkCount(); ++check) {
            const LabCheckResult &r = m_model->result(row, check);
            if (r.required && r.outcome == LabCheckResult::Outcome::Failed) {
                m_table->setCurrentIndex(m_model->index(row, ClassTableModel::FirstCheckColumn + check));
                return;
            }
        }
    }
}

void LabClassPage::exportCsv()
{
    if (!hasResults())
        return;
    LabReportExport::saveBytes(this, csv(), QStringLiteral("%1-class.csv").arg(m_lab.id), tr("CSV files (*.csv)"));
}

void LabClassPage::exportReports(int format)
{
    if (!hasResults())
        return;
    LabReportExport::save(this, reports(), LabReportExport::Format(format), QStringLiteral("%1-class-report").arg(m_lab.id));
}

QString LabClassPage::statusSummary() const
{
    if (!isRunning())
        return QString();
    return tr("Lab “%1” over a class: %2 of %3 students checked").arg(m_lab.title.text()).arg(m_done).arg(m_model->rowCount());
}

qint64 LabClassPage::bytesReceived() const
{
    return m_retiredIn + m_model->bytesReceived();
}

qint64 LabClassPage::bytesSent() const
{
    return m_retiredOut + m_model->bytesSent();
}

void LabClassPage::showError(const QString &message)
{
    m_error = message;
    showState();
}

void LabClassPage::showState()
{
    m_state->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
    if (!m_error.isEmpty()) {
        m_state->setText(m_error);
        return;
    }
    if (isRunning()) {
        m_state->setText(tr("Checking %1 of %2 students…").arg(m_done).arg(m_model->rowCount()));
        return;
    }
    if (m_finished) {
        m_state->setText(m_model->summary() + QLatin1Char(' ') + tr("Click a cell to see that student’s check."));
        return;
    }
    if (m_lab.role == LabDefinition::Role::Client)
        m_state->setText(tr("Class mode checks servers; this lab checks a client. Use “One program” for it."));
    else if (m_model->rowCount() == 0)
        m_state->setText(tr("Choose a targets file: one line per student, a name and HOST:PORT, e.g. “wang-wei 192.168.1.23:9000”."));
    else
        m_state->setText(tr("%n student(s) loaded. Press Run to check every server at once.", "", m_model->rowCount()));
}

void LabClassPage::updateWidgets()
{
    const bool running = isRunning();
    const bool server = m_lab.role == LabDefinition::Role::Server && !m_lab.checks.isEmpty();
    m_runButton->setEnabled(!running && server);
    m_stopButton->setEnabled(running);
    m_exportButton->setEnabled(hasResults() && !running);
    m_file->setEnabled(!running);
    m_browseButton->setEnabled(!running);
}

void LabClassPage::retranslate()
{
    m_fileLabel->setText(tr("&Targets file:"));
    m_file->setPlaceholderText(tr("A text file: one line per student, “name HOST:PORT”"));
    m_browseButton->setText(tr("&Browse…"));
    m_runButton->setText(tr("&Run"));
    m_runButton->setToolTip(tr("Check every student's server in the targets file, several at once."));
    m_stopButton->setText(tr("S&top"));
    m_exportButton->setText(tr("E&xport"));
    m_csvAction->setText(tr("Table as &CSV…"));
    if (auto *reportMenu = m_exportMenu->findChild<QMenu *>(QStringLiteral("reportMenu"))) {
        reportMenu->setTitle(tr("Every student's &report"));
        LabReportExport::retranslate(reportMenu);
    }
    m_model->retranslate();
}

void LabClassPage::saveSettings() const
{
    QSettings().setValue(QStringLiteral("lab/targetsFile"), targetsPath());
}

void LabClassPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showState();
        if (m_detail->hasResult())
            showCell(m_selectedRow, m_selectedColumn);
    }
    QWidget::changeEvent(event);
}
