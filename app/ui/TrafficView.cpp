#include "TrafficView.h"

#include "ui_TrafficView.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>

#include <algorithm>

#include "ChangeCoalescer.h"
#include "DiagramPainter.h"
#include "DiagramView.h"
#include "HexTextDump.h"
#include "LogSaveDialog.h"
#include "SplitterMemory.h"
#include "TrafficEventFormatter.h"
#include "TrafficFilterModel.h"
#include "WrappedTextDelegate.h"

namespace {

// Display modes as the settings store them, in the order of the Text/Hex/Both combo.
const QString ModeKeys[] = {QStringLiteral("text"), QStringLiteral("hex"), QStringLiteral("both")};

int modeIndex(TrafficModel::DisplayMode mode)
{
    switch (mode) {
    case TrafficModel::DisplayMode::Text: return 0;
    case TrafficModel::DisplayMode::Hex: return 1;
    case TrafficModel::DisplayMode::Both: return 2;
    }
    return 0;
}

// The diagram's layouts as the settings store them.
const QString LayoutKeys[] = {QStringLiteral("log"), QStringLiteral("diagram"), QStringLiteral("both")};

// Who recorded, for a log saved as events, from where the panel remembers its log (the role
// names of docs/events.md; the file server's log is "file-server", as its command).
QString recordingRoleFor(const QString &settingsKey)
{
    if (settingsKey.startsWith(QLatin1String("tcp/server/")))
        return QStringLiteral("tcp-server");
    if (settingsKey.startsWith(QLatin1String("tcp/client/")))
        return QStringLiteral("tcp-client");
    if (settingsKey.startsWith(QLatin1String("udp/")))
        return QStringLiteral("udp");
    if (settingsKey.startsWith(QLatin1String("files/server/")))
        return QStringLiteral("file-server");
    return QStringLiteral("traffic");
}

TrafficModel::DisplayMode modeAt(int index)
{
    switch (index) {
    case 1: return TrafficModel::DisplayMode::Hex;
    case 2: return TrafficModel::DisplayMode::Both;
    default: return TrafficModel::DisplayMode::Text;
    }
}

} // namespace

TrafficView::TrafficView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrafficView>())
    , m_model(new TrafficModel(this))
    , m_proxy(new TrafficFilterModel(m_model, this))
    , m_wrapDelegate(new WrappedTextDelegate(this))
{
    m_ui->setupUi(this);
    setUpTable();
    setUpToolbar();
    setUpViewMenu();
    setUpDiagram();
    // The detail pane keeps its height (enough for the header, a short message and its hex dump);
    // the table takes what the window gives or takes away.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setSizes({400, detailHeight(DefaultDetailLines)});
    m_ui->detailEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->detailEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    retranslateDynamicTexts();
}

TrafficView::~TrafficView() = default;

TrafficModel *TrafficView::model() const
{
    return m_model;
}

bool TrafficView::autoScroll() const
{
    return m_autoScrollAction->isChecked();
}

void TrafficView::setAutoScroll(bool on)
{
    m_autoScrollAction->setChecked(on);
}

QString TrafficView::peerFilter() const
{
    return m_ui->peerFilterCombo->currentData().toString();
}

bool TrafficView::showsTime() const
{
    return m_showTimeAction->isChecked();
}

bool TrafficView::showsSent() const
{
    return m_showSentAction->isChecked();
}

bool TrafficView::wrapsRows() const
{
    return m_wrapAction->isChecked();
}

bool TrafficView::isPaused() const
{
    return m_proxy->isPaused();
}

Checksum::Algorithm TrafficView::verifiedChecksum() const
{
    return m_model->checksum();
}

void TrafficView::setEmptyHint(EmptyHint::Log log)
{
    if (auto *old = m_ui->tableView->findChild<EmptyHint *>(QString(), Qt::FindDirectChildrenOnly))
        delete old;
    EmptyHint::attach(m_ui->tableView, log);
}

void TrafficView::setSettingsKey(const QString &key, int detailLines)
{
    SplitterMemory::remember(m_ui->splitter, key + QStringLiteral("/detailSplitter"),
                             {qMax(400, m_ui->splitter->height() - detailHeight(detailLines)), detailHeight(detailLines)});
    // Read before the key is set, so that applying the saved values does not write them back.
    m_settingsKey.clear();
    const QSettings settings;
    const QString mode = settings.value(key + QStringLiteral("/displayMode")).toString();
    for (int i = 0; i < 3; ++i) {
        if (mode == ModeKeys[i])
            setDisplayMode(modeAt(i));
    }
    setAutoScroll(settings.value(key + QStringLiteral("/autoScroll"), autoScroll()).toBool());
    setShowTime(settings.value(key + QStringLiteral("/showTime"), showsTime()).toBool());
    setShowSent(settings.value(key + QStringLiteral("/showSent"), showsSent()).toBool());
    setWrapRows(settings.value(key + QStringLiteral("/wrapRows"), wrapsRows()).toBool());
    if (const auto algorithm = Checksum::fromKey(settings.value(key + QStringLiteral("/verifyChecksum")).toString()))
        setVerifiedChecksum(*algorithm);
    const QString layoutKey = settings.value(key + QStringLiteral("/layout")).toString();
    for (int i = 0; i < 3; ++i) {
        if (layoutKey == LayoutKeys[i])
            setLayout(Layout(i));
    }
    SplitterMemory::remember(m_diagramSplitter, key + QStringLiteral("/diagramSplitter"), {500, 500});
    m_model->setRecordingRole(recordingRoleFor(key));
    m_settingsKey = key;
}

void TrafficView::remember(const QString &name, const QVariant &value) const
{
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey + QLatin1Char('/') + name, value);
}

int TrafficView::detailHeight(int lines) const
{
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return fm.lineSpacing() * lines + 2 * m_ui->detailEdit->frameWidth() + 8;
}

void TrafficView::setUpTable()
{
    QTableView *table = m_ui->tableView;
    table->setModel(m_proxy);

    // Fixed row height and fixed column widths: the view never measures 100,000 rows.
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    updateRowHeight();

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const QFontMetrics fm = table->fontMetrics();
    const int pad = 18;
    columns->resizeSection(TrafficModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    columns->resizeSection(TrafficModel::PeerColumn, fm.horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + pad);
    columns->resizeSection(TrafficModel::DirectionColumn, fm.horizontalAdvance(QStringLiteral("Dir.")) + pad);
    columns->resizeSection(TrafficModel::SizeColumn, fm.horizontalAdvance(QStringLiteral("1,000,000 …")) + pad);
    columns->resizeSection(TrafficModel::CheckColumn, fm.horizontalAdvance(QStringLiteral("Check")) + pad);
    table->setColumnHidden(TrafficModel::CheckColumn, true);
    // Both mode: as many bytes a row as the Data column has room for. It is the last column and
    // takes the room the others leave: it changes when one of them is resized or the table is.
    connect(columns, &QHeaderView::sectionResized, this, &TrafficView::fitBothRows);
    table->viewport()->installEventFilter(this);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrafficView::updateDetail);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrafficView::updateDetail);

    auto *copy = new QShortcut(QKeySequence::Copy, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &TrafficView::copySelection);
}

void TrafficView::setUpToolbar()
{
    for (TextCodec::Encoding encoding : TextCodec::encodings())
        m_ui->encodingCombo->addItem(TextCodec::name(encoding), int(encoding));
    m_ui->peerFilterCombo->addItem(QString(), QString());

    connect(m_ui->displayModeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const TrafficModel::DisplayMode mode = modeAt(index);
        // Both shows the text part in the encoding too.
        m_ui->encodingCombo->setEnabled(mode != TrafficModel::DisplayMode::Hex);
        if (mode == m_model->displayMode())
            return;
        m_model->setDisplayMode(mode);
        fitBothRows();
        updateRowHeight();
        updateDetail();
        remember(QStringLiteral("displayMode"), ModeKeys[modeIndex(mode)]);
        refreshDiagram();   // previews as hex or text
        emit displayModeChanged(mode);
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto encoding = TextCodec::Encoding(m_ui->encodingCombo->itemData(index).toInt());
        if (index < 0 || encoding == m_model->encoding())
            return;
        m_model->setEncoding(encoding);
        updateDetail();
        refreshDiagram();
        emit encodingChanged(encoding);
    });
    connect(m_ui->peerFilterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setPeer(m_ui->peerFilterCombo->itemData(index).toString());
        updateCountLabel();
        updateDetail();
        refreshDiagram();
    });
    m_ui->pauseButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    connect(m_ui->pauseButton, &QToolButton::toggled, this, &TrafficView::setPaused);
    connect(m_ui->resumeButton, &QToolButton::clicked, this, [this] { setPaused(false); });
    // The bar stands out on light and dark themes alike: the colours of a tooltip.
    QPalette bar = m_ui->pauseBar->palette();
    bar.setColor(QPalette::Window, bar.color(QPalette::ToolTipBase));
    bar.setColor(QPalette::WindowText, bar.color(QPalette::ToolTipText));
    m_ui->pauseBar->setPalette(bar);
    connect(m_ui->copyButton, &QToolButton::clicked, this, &TrafficView::copySelection);
    connect(m_ui->clearButton, &QToolButton::clicked, this, &TrafficView::clear);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("saveMenu"));
    menu->setToolTipsVisible(true);
    m_saveTextAction = menu->addAction(QString());
    m_saveCsvAction = menu->addAction(QString());
    connect(m_saveTextAction, &QAction::triggered, this, &TrafficView::saveAsText);
    connect(m_saveCsvAction, &QAction::triggered, this, &TrafficView::saveAsCsv);
    m_saveEventsAction = menu->addAction(QString());
    m_saveEventsAction->setObjectName(QStringLiteral("saveEventsAction"));
    connect(m_saveEventsAction, &QAction::triggered, this, &TrafficView::saveAsEvents);
    menu->addSeparator();
    m_exportDiagramAction = menu->addAction(QString());
    m_exportDiagramAction->setObjectName(QStringLiteral("exportDiagramAction"));
    connect(m_exportDiagramAction, &QAction::triggered, this, &TrafficView::exportDiagram);
    m_ui->saveButton->setMenu(menu);
    // A menu button with its own arrow section: the arrow has room and is never drawn over "Save…".
    // Either part opens the menu.
    connect(m_ui->saveButton, &QToolButton::clicked, m_ui->saveButton, &QToolButton::showMenu);

    connect(m_model, &TrafficModel::peersChanged, this, &TrafficView::updatePeerCombo);
}

void TrafficView::setUpViewMenu()
{
    m_viewMenu = new QMenu(this);
    m_viewMenu->setToolTipsVisible(true);
    auto addSwitch = [this](const char *objectName, bool checked) {
        QAction *action = m_viewMenu->addAction(QString());
        action->setObjectName(QLatin1String(objectName));
        action->setCheckable(true);
        action->setChecked(checked);
        return action;
    };
    m_autoScrollAction = addSwitch("autoScrollAction", true);
    m_showTimeAction = addSwitch("showTimeAction", true);
    m_showSentAction = addSwitch("showSentAction", true);
    m_wrapAction = addSwitch("wrapRowsAction", false);
    m_viewMenu->addSeparator();
    m_checksumMenu = m_viewMenu->addMenu(QString());
    m_checksumMenu->setObjectName(QStringLiteral("verifyChecksumMenu"));
    m_checksumGroup = new QActionGroup(this);
    QList<Checksum::Algorithm> algorithms{Checksum::Algorithm::None};
    algorithms += Checksum::algorithms();
    for (Checksum::Algorithm algorithm : algorithms) {
        QAction *action = m_checksumMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(algorithm == Checksum::Algorithm::None);
        action->setData(int(algorithm));
        m_checksumGroup->addAction(action);
        if (algorithm == Checksum::Algorithm::None)
            m_checksumMenu->addSeparator();
    }
    m_ui->viewButton->setMenu(m_viewMenu);
    // Like Save…: the arrow has its own part of the button, and either part opens the menu.
    connect(m_ui->viewButton, &QToolButton::clicked, m_ui->viewButton, &QToolButton::showMenu);

    connect(m_autoScrollAction, &QAction::toggled, this, [this](bool on) {
        if (on && !isPaused())
            m_ui->tableView->scrollToBottom();
        remember(QStringLiteral("autoScroll"), on);
    });
    connect(m_showTimeAction, &QAction::toggled, this, &TrafficView::setShowTime);
    connect(m_showSentAction, &QAction::toggled, this, &TrafficView::setShowSent);
    connect(m_wrapAction, &QAction::toggled, this, &TrafficView::setWrapRows);
    connect(m_checksumGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        setVerifiedChecksum(Checksum::Algorithm(action->data().toInt()));
    });
}

void TrafficView::appendEvents(const QList<TrafficEvent> &events)
{
    if (events.isEmpty())
        return;
    m_model->appendEvents(events);
    for (qsizetype i = 0; i < events.size() && m_firstLocal.isEmpty(); ++i)
        m_firstLocal = events.at(i).local;
    if (isPaused()) {
        updatePauseBar();
    } else {
        if (autoScroll())
            m_ui->tableView->scrollToBottom();
        diagramChanged();
    }
    updateCountLabel();
}

void TrafficView::clear()
{
    m_model->clear();
    m_firstLocal.clear();
    m_ui->detailEdit->clear();
    updateCountLabel();
    updatePauseBar();
    refreshDiagram();
}

void TrafficView::setDisplayMode(TrafficModel::DisplayMode mode)
{
    m_ui->displayModeCombo->setCurrentIndex(modeIndex(mode));
}

void TrafficView::setShowTime(bool show)
{
    m_showTimeAction->setChecked(show);
    m_ui->tableView->setColumnHidden(TrafficModel::TimeColumn, !show);
    remember(QStringLiteral("showTime"), show);
}

void TrafficView::setShowSent(bool show)
{
    m_showSentAction->setChecked(show);
    if (show == m_proxy->showSent())
        return;
    m_proxy->setShowSent(show);
    updateCountLabel();
    updateDetail();
    remember(QStringLiteral("showSent"), show);
}

void TrafficView::setWrapRows(bool wrap)
{
    m_wrapAction->setChecked(wrap);
    if (wrap == (m_model->cellLines() > 1))
        return;
    m_model->setCellLines(wrap ? WrappedRowLines : 1);
    // Only the Data column wraps; every row keeps one height (now taller), so nothing is measured.
    m_ui->tableView->setItemDelegateForColumn(TrafficModel::DataColumn, wrap ? m_wrapDelegate : nullptr);
    updateRowHeight();
    remember(QStringLiteral("wrapRows"), wrap);
}

void TrafficView::setPaused(bool paused)
{
    m_ui->pauseButton->setChecked(paused);
    if (paused == m_proxy->isPaused())
        return;
    m_proxy->setPaused(paused);
    updatePauseBar();
    updateCountLabel();
    if (!paused && autoScroll())
        m_ui->tableView->scrollToBottom();
    if (!paused)
        refreshDiagram();
}

void TrafficView::setVerifiedChecksum(Checksum::Algorithm algorithm)
{
    for (QAction *action : m_checksumGroup->actions()) {
        if (Checksum::Algorithm(action->data().toInt()) == algorithm)
            action->setChecked(true);
    }
    if (algorithm == m_model->checksum())
        return;
    m_model->setChecksum(algorithm);
    m_ui->tableView->setColumnHidden(TrafficModel::CheckColumn, algorithm == Checksum::Algorithm::None);
    updateDetail();
    remember(QStringLiteral("verifyChecksum"), Checksum::key(algorithm));
}

void TrafficView::setEncoding(TextCodec::Encoding encoding)
{
    const int index = m_ui->encodingCombo->findData(int(encoding));
    if (index >= 0)
        m_ui->encodingCombo->setCurrentIndex(index);
}

void TrafficView::setPeerFilter(const QString &peer)
{
    int index = m_ui->peerFilterCombo->findData(peer);
    if (index < 0) {
        // A peer not (or no longer) in the list, e.g. beyond TrafficModel::MaxTrackedPeers.
        m_ui->peerFilterCombo->addItem(peer, peer);
        index = m_ui->peerFilterCombo->count() - 1;
    }
    m_ui->peerFilterCombo->setCurrentIndex(index);
}

void TrafficView::copySelection()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QString text;
    for (int row : rows) {
        text += m_model->rowAsText(row);
        text += QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

void TrafficView::saveAsText()
{
    save(LogFormat::Text);
}

void TrafficView::saveAsCsv()
{
    save(LogFormat::Csv);
}

void TrafficView::saveAsEvents()
{
    save(LogFormat::Events);
}

void TrafficView::save(LogFormat format)
{
    LogSaveDialog::run(this, format, QStringLiteral("traffic"), [this](const QString &path, LogFormat f, QString *error) {
        return m_model->save(path, f, error);
    });
}

bool TrafficView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_ui->tableView->viewport())
        fitBothRows();
    // Shown again (its tab or its layout) after changes it skipped while hidden.
    if (event->type() == QEvent::Show && watched == m_diagram && m_diagramStale)
        refreshDiagram();
    return QWidget::eventFilter(watched, event);
}

void TrafficView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        retranslateDynamicTexts();
    }
    QWidget::changeEvent(event);
}

void TrafficView::retranslateDynamicTexts()
{
    m_ui->peerFilterCombo->setItemText(0, tr("All peers"));
    m_saveTextAction->setText(tr("Save as text…"));
    m_saveCsvAction->setText(tr("Save as CSV…"));
    m_saveEventsAction->setText(tr("Save as events (JSON Lines)…"));
    m_saveEventsAction->setToolTip(tr("Every event of the log, as `socketlab diagram` and other programs read it"));
    m_exportDiagramAction->setText(tr("Export diagram (SVG or PNG)…"));
    m_showLogAction->setText(tr("Log"));
    m_showLogAction->setToolTip(tr("Show the events as a table"));
    m_showDiagramAction->setText(tr("Diagram"));
    m_showDiagramAction->setToolTip(tr("Show the conversation as a diagram: one line per endpoint, an arrow per event, "
                                       "time going down"));
    m_showBothAction->setText(tr("Log and diagram side by side"));
    m_autoScrollAction->setText(tr("Auto-scroll"));
    m_autoScrollAction->setToolTip(tr("Keep the newest event in view"));
    m_showTimeAction->setText(tr("Show timestamps"));
    m_showTimeAction->setToolTip(tr("Show the Time column. Copied and saved rows always have their time."));
    m_showSentAction->setText(tr("Show sent data"));
    m_showSentAction->setToolTip(tr("Show the rows of data this program sent. Hidden sent rows are still counted, "
                                    "kept and saved with the log."));
    m_wrapAction->setText(tr("Wrap long rows"));
    m_wrapAction->setToolTip(tr("Show up to %n lines of each row's data (every row gets that tall)", "",
                                WrappedRowLines));
    m_checksumMenu->setTitle(tr("Verify received checksum"));
    m_checksumMenu->setToolTipsVisible(true);
    for (QAction *action : m_checksumGroup->actions()) {
        const auto algorithm = Checksum::Algorithm(action->data().toInt());
        action->setText(algorithm == Checksum::Algorithm::None ? tr("Off") : Checksum::displayName(algorithm));
        action->setToolTip(algorithm == Checksum::Algorithm::None
                               ? tr("Do not check received data")
                               : tr("Check that each received message ends with its %1, as the send box appends it")
                                     .arg(Checksum::displayName(algorithm)));
    }
    updateCountLabel();
    updatePauseBar();
    updateDetail();
}

void TrafficView::updatePauseBar()
{
    const bool paused = isPaused();
    m_ui->pauseBar->setVisible(paused);
    if (paused)
        m_ui->pauseLabel->setText(tr("Paused: %Ln new event(s) not shown yet, still received, counted and kept.", "",
                                     m_proxy->pendingCount()));
}

void TrafficView::updateRowHeight()
{
    // One height for every row, from the table's font (and in Both mode the fixed-width font of
    // the Data cells, when it is taller), times the lines of a wrapped row.
    const QFontMetrics table = m_ui->tableView->fontMetrics();
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const bool both = m_model->displayMode() == TrafficModel::DisplayMode::Both;
    const int lines = m_model->cellLines();
    int height = lines > 1 ? lines * table.lineSpacing() : table.height();
    if (both)
        height = qMax(height, lines > 1 ? lines * fixed.lineSpacing() : fixed.height());
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(height + 6);
}

void TrafficView::fitBothRows()
{
    // 16 bytes a row when the column has room for them, else 12, 8 or 4.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The room the Data column stretches to (its own size may not follow the table's yet).
    const QHeaderView *columns = m_ui->tableView->horizontalHeader();
    const int room = m_ui->tableView->viewport()->width() - columns->sectionViewportPosition(TrafficModel::DataColumn) - 12;
    int bytes = HexTextDump::DefaultBytesPerLine;
    while (bytes > 4 && fixed.horizontalAdvance(QString(HexTextDump::lineChars(bytes, 0), QLatin1Char('0'))) > room)
        bytes -= 4;
    m_model->setBothBytesPerLine(bytes);
}

void TrafficView::updatePeerCombo(const QStringList &peers)
{
    QComboBox *combo = m_ui->peerFilterCombo;
    const QSet<QString> wanted(peers.cbegin(), peers.cend());
    // The filtered peer is gone (the log was cleared): show everything again.
    if (!peerFilter().isEmpty() && !wanted.contains(peerFilter()))
        combo->setCurrentIndex(0);
    // Peers are only appended between clears: drop the ones that are gone, add the new ones.
    QSet<QString> present;
    for (int i = combo->count() - 1; i >= 1; --i) {
        const QString peer = combo->itemData(i).toString();
        if (wanted.contains(peer))
            present.insert(peer);
        else
            combo->removeItem(i);
    }
    for (const QString &peer : peers) {
        if (!present.contains(peer))
            combo->addItem(peer, peer);
    }
}

void TrafficView::updateCountLabel()
{
    const int total = m_model->rowCount();
    const qint64 dropped = m_model->droppedCount();
    QString text;
    if (dropped > 0)
        text = tr("%Ln event(s) (%1 dropped by the cap)", "", total).arg(QLocale().toString(dropped));
    else
        text = tr("%Ln event(s)", "", total);
    if (!peerFilter().isEmpty() || m_proxy->rowCount() != total)
        text = tr("%1 shown of %2").arg(QLocale().toString(m_proxy->rowCount()), text);
    m_ui->countLabel->setText(text);
}

QList<int> TrafficView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            rows.append(source.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TrafficView::updateDetail()
{
    QModelIndex current = m_ui->tableView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_ui->tableView->selectionModel()->isRowSelected(current.row(), {})) {
        const QModelIndexList selected = m_ui->tableView->selectionModel()->selectedRows();
        current = selected.isEmpty() ? QModelIndex() : selected.first();
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        m_ui->detailEdit->clear();
        return;
    }
    m_ui->detailEdit->setPlainText(detailText(source.row()));
}

QString TrafficView::detailText(int sourceRow) const
{
    const TrafficEvent &e = m_model->eventAt(sourceRow);
    const QString time = QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString peer = e.peer.isEmpty() ? tr("(this program)") : e.peer;
    // The header fields share one line (wrapped when narrow), so a short message and its hex dump
    // fit in the pane without scrolling.
    const QString separator = QStringLiteral("  ·  ");
    QString out = tr("Time: %1").arg(time) + separator + tr("Peer: %1").arg(peer) + separator;
    switch (e.kind) {
    case TrafficEvent::Kind::State:
        return out + tr("Event: state change") + QLatin1String("\n\n") + e.text;
    case TrafficEvent::Kind::Error:
        return out + tr("Event: error") + QLatin1String("\n\n") + e.text;
    case TrafficEvent::Kind::Data:
        break;
    }
    out += (e.direction == TrafficEvent::Direction::Out ? tr("Direction: sent") : tr("Direction: received"));
    out += separator;
    if (e.isTruncated())
        out += tr("Size: %1 bytes (only the first %2 bytes were kept)")
                   .arg(QLocale().toString(e.size), QLocale().toString(e.bytes.size()));
    else
        out += tr("Size: %n byte(s)", "", int(e.size));
    if (const QString note = e.noteText(); !note.isEmpty())
        out += separator + tr("Note: %1").arg(note);
    if (const EventChecksum::Result check = m_model->checkResult(sourceRow); !check.text.isEmpty())
        out += QLatin1Char('\n') + tr("Checksum: %1").arg(check.text);
    out += QLatin1String("\n\n");
    if (m_model->displayMode() == TrafficModel::DisplayMode::Both) {
        // Hex and text side by side, 16 bytes a row, the text in the chosen encoding.
        out += HexTextDump::dump(e.bytes, m_model->encoding());
        return out;
    }

    // The text, one line per received line: "\n" stays visible and also breaks the line. Splitting
    // at 0x0a is safe in UTF-8, GBK and Latin-1 (it is never part of a multi-byte character).
    const TextCodec::Encoding encoding = m_model->encoding();
    qsizetype start = 0;
    while (start < e.bytes.size()) {
        const qsizetype newline = e.bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? e.bytes.size() : newline + 1;
        out += TextCodec::decode(e.bytes.mid(start, end - start), encoding, true);
        if (newline >= 0)
            out += QLatin1Char('\n');
        start = end;
    }
    // One blank line before the hex dump (the text's own last line break already ended its line).
    out += e.bytes.endsWith('\n') ? QLatin1String("\n") : QLatin1String("\n\n");
    out += TextCodec::hexDump(e.bytes);
    return out;
}

void TrafficView::setUpDiagram()
{
    // The log (table over detail pane) and the diagram side by side; one of them hidden unless
    // both are shown.
    m_diagram = new DiagramView(this);
    m_diagramSplitter = new QSplitter(Qt::Horizontal, this);
    m_diagramSplitter->setObjectName(QStringLiteral("diagramSplitter"));
    m_diagramSplitter->setChildrenCollapsible(false);
    delete m_ui->mainLayout->replaceWidget(m_ui->splitter, m_diagramSplitter);
    m_diagramSplitter->addWidget(m_ui->splitter);
    m_diagramSplitter->addWidget(m_diagram);
    m_diagramSplitter->setStretchFactor(0, 1);
    m_diagramSplitter->setStretchFactor(1, 1);
    m_diagram->hide();
    m_diagram->installEventFilter(this);

    m_layoutGroup = new QActionGroup(this);
    auto addLayout = [this](const char *objectName, Layout layout) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(objectName));
        action->setCheckable(true);
        action->setData(int(layout));
        m_layoutGroup->addAction(action);
        return action;
    };
    m_showLogAction = addLayout("showLogAction", Layout::Log);
    m_showDiagramAction = addLayout("showDiagramAction", Layout::Diagram);
    m_showBothAction = addLayout("showLogAndDiagramAction", Layout::Both);
    m_showLogAction->setChecked(true);
    QAction *first = m_viewMenu->actions().value(0);
    m_viewMenu->insertActions(first, m_layoutGroup->actions());
    m_viewMenu->insertSeparator(first);
    connect(m_layoutGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        setLayout(Layout(action->data().toInt()));
    });

    m_diagramRebuild = new ChangeCoalescer(1000 / DiagramRebuildsPerSecond, this);
    connect(m_diagramRebuild, &ChangeCoalescer::due, this, &TrafficView::refreshDiagram);
    connect(m_diagram, &DiagramView::arrowClicked, this, &TrafficView::selectRowOfArrow);
    QItemSelectionModel *selection = m_ui->tableView->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &TrafficView::selectArrowOfRow);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &TrafficView::selectArrowOfRow);
}

TrafficView::Layout TrafficView::layout() const
{
    return m_layout;
}

void TrafficView::setLayout(Layout layout)
{
    const bool changed = layout != m_layout;
    m_layout = layout;
    for (QAction *action : m_layoutGroup->actions())
        action->setChecked(Layout(action->data().toInt()) == layout);
    m_ui->splitter->setVisible(layout != Layout::Diagram);
    m_diagram->setVisible(layout != Layout::Log);
    if (!changed)
        return;
    remember(QStringLiteral("layout"), LayoutKeys[int(layout)]);
    emit layoutChanged(layout);
}

DiagramView *TrafficView::diagramView() const
{
    return m_diagram;
}

ConversationDiagram TrafficView::buildDiagram(QList<qint64> *sequences) const
{
    // The newest events of the peer shown (the half-close state is per peer: nothing else is
    // needed), up to the window, none of those that arrived while paused.
    const QString peer = peerFilter();
    const int end = m_model->rowCount() - (isPaused() ? m_proxy->pendingCount() : 0);
    QList<int> rows;
    int row = end - 1;
    for (; row >= 0 && rows.size() < DiagramWindowEvents; --row) {
        if (peer.isEmpty() || m_model->eventAt(row).peer == peer)
            rows.append(row);
    }
    // The shown peer's older events outside the window: the picture says they are left out.
    int older = 0;
    if (peer.isEmpty()) {
        older = row + 1;
    } else {
        for (; row >= 0; --row)
            older += m_model->eventAt(row).peer == peer ? 1 : 0;
    }
    QList<TrafficEvent> events;
    events.reserve(rows.size());
    if (sequences) {
        sequences->clear();
        sequences->reserve(rows.size());
    }
    bool saysLocal = false;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const TrafficEvent &e = m_model->eventAt(*it);
        saysLocal = saysLocal || !e.local.isEmpty();
        events.append(e);
        if (sequences)
            sequences->append(m_model->sequenceAt(*it));
    }
    ConversationDiagram::Options options;
    options.peer = peer;
    options.maxArrows = DiagramMaxArrows;
    options.omittedBefore = older;
    options.encoding = m_model->encoding();
    options.hex = m_model->displayMode() == TrafficModel::DisplayMode::Hex;
    // This side's address: where the events drawn say we are, else the first one since the clear
    // (a listening row pushed out of the window).
    return ConversationDiagram::build(events, saysLocal ? QString() : m_firstLocal, options);
}

void TrafficView::diagramChanged()
{
    if (!m_diagram->isVisible()) {
        m_diagramStale = true;
        return;
    }
    m_diagramRebuild->markDirty();
}

void TrafficView::refreshDiagram()
{
    if (!m_diagram->isVisible()) {
        m_diagramStale = true;
        return;
    }
    m_diagramStale = false;
    const bool follow = autoScroll() && m_diagram->isScrolledToBottom();
    QList<qint64> sequences;
    ConversationDiagram diagram = buildDiagram(&sequences);
    m_diagramSequences = std::move(sequences);
    m_diagram->setDiagram(diagram);
    m_diagram->setSelectedArrow(arrowOfCurrentRow(), !follow);
    if (follow)
        m_diagram->scrollToBottom();
}

int TrafficView::arrowOfCurrentRow() const
{
    const QItemSelectionModel *selection = m_ui->tableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), {}))
        return -1;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return -1;
    const qint64 sequence = m_model->sequenceAt(source.row());
    const auto it = std::lower_bound(m_diagramSequences.cbegin(), m_diagramSequences.cend(), sequence);
    if (it == m_diagramSequences.cend() || *it != sequence)
        return -1;
    const int eventIndex = int(it - m_diagramSequences.cbegin());
    const QList<ConversationDiagram::Arrow> arrows = m_diagram->diagram().arrows();
    for (int i = 0; i < arrows.size(); ++i) {
        if (arrows.at(i).eventIndex == eventIndex)
            return i;
    }
    return -1;
}

void TrafficView::selectArrowOfRow()
{
    if (m_syncingSelection || !m_diagram->isVisible())
        return;
    const QScopedValueRollback<bool> guard(m_syncingSelection, true);
    m_diagram->setSelectedArrow(arrowOfCurrentRow());
}

void TrafficView::selectRowOfArrow(int arrow)
{
    if (m_syncingSelection)
        return;
    const QScopedValueRollback<bool> guard(m_syncingSelection, true);
    QItemSelectionModel *selection = m_ui->tableView->selectionModel();
    const QList<ConversationDiagram::Arrow> arrows = m_diagram->diagram().arrows();
    QModelIndex row;
    if (arrow >= 0 && arrow < arrows.size()) {
        const qint64 sequence = m_diagramSequences.value(arrows.at(arrow).eventIndex, -1);
        const qint64 sourceRow = sequence - m_model->sequenceAt(0);
        if (sequence >= 0 && sourceRow >= 0 && sourceRow < m_model->rowCount())
            row = m_proxy->mapFromSource(m_model->index(int(sourceRow), 0));
    }
    // An arrow whose row the log does not show (sent data hidden, or pushed out by the cap):
    // nothing stays selected in the log.
    if (!row.isValid()) {
        selection->clear();
        return;
    }
    selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->tableView->scrollTo(row);
}

bool TrafficView::exportDiagramTo(const QString &path, DiagramExport::Format format, QString *error) const
{
    const DiagramPainter painter(buildDiagram());
    return DiagramExport::write(painter, path, format, error);
}

void TrafficView::exportDiagram()
{
    const QString svg = tr("SVG pictures (*.svg)");
    const QString png = tr("PNG pictures (*.png)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = QDir(folder).filePath(QStringLiteral("diagram-%1.svg").arg(stamp));
    QString filter = svg;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the diagram"), suggested,
                                                svg + QStringLiteral(";;") + png, &filter);
    if (path.isEmpty())
        return;
    std::optional<DiagramExport::Format> format = DiagramExport::formatFor(path);
    if (!format) {
        // No .svg or .png: the chosen filter says which, and the file gets its suffix.
        format = filter == png ? DiagramExport::Format::Png : DiagramExport::Format::Svg;
        path += *format == DiagramExport::Format::Png ? QStringLiteral(".png") : QStringLiteral(".svg");
    }
    QString error;
    if (!exportDiagramTo(path, *format, &error))
        QMessageBox::warning(this, tr("Could not export the diagram"), error);
}
