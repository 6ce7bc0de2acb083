#include "TrafficView.h"

#include "ui_TrafficView.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>

#include <algorithm>

#include "LogSaveDialog.h"
#include "SplitterMemory.h"
#include "TrafficEventFormatter.h"

TrafficView::TrafficView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrafficView>())
    , m_model(new TrafficModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TrafficModel::PeerRole);
    m_proxy->setFilterKeyColumn(TrafficModel::PeerColumn);
    setUpTable();
    setUpToolbar();
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
    return m_ui->autoScrollCheck->isChecked();
}

void TrafficView::setAutoScroll(bool on)
{
    m_ui->autoScrollCheck->setChecked(on);
}

QString TrafficView::peerFilter() const
{
    return m_ui->peerFilterCombo->currentData().toString();
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
    rows->setDefaultSectionSize(table->fontMetrics().height() + 6);

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const QFontMetrics fm = table->fontMetrics();
    const int pad = 18;
    columns->resizeSection(TrafficModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad);
    columns->resizeSection(TrafficModel::PeerColumn, fm.horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + pad);
    columns->resizeSection(TrafficModel::DirectionColumn, fm.horizontalAdvance(QStringLiteral("Dir.")) + pad);
    columns->resizeSection(TrafficModel::SizeColumn, fm.horizontalAdvance(QStringLiteral("1,000,000 …")) + pad);

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
        const auto mode = index == 1 ? TrafficModel::DisplayMode::Hex : TrafficModel::DisplayMode::Text;
        m_ui->encodingCombo->setEnabled(mode == TrafficModel::DisplayMode::Text);
        if (mode == m_model->displayMode())
            return;
        m_model->setDisplayMode(mode);
        emit displayModeChanged(mode);
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto encoding = TextCodec::Encoding(m_ui->encodingCombo->itemData(index).toInt());
        if (index < 0 || encoding == m_model->encoding())
            return;
        m_model->setEncoding(encoding);
        updateDetail();
        emit encodingChanged(encoding);
    });
    connect(m_ui->peerFilterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString peer = m_ui->peerFilterCombo->itemData(index).toString();
        if (peer.isEmpty())
            m_proxy->setFilterRegularExpression(QString());
        else
            m_proxy->setFilterRegularExpression(
                QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(peer))));
        updateCountLabel();
        updateDetail();
    });
    connect(m_ui->autoScrollCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->tableView->scrollToBottom();
    });
    connect(m_ui->copyButton, &QToolButton::clicked, this, &TrafficView::copySelection);
    connect(m_ui->clearButton, &QToolButton::clicked, this, &TrafficView::clear);

    auto *menu = new QMenu(this);
    m_saveTextAction = menu->addAction(QString());
    m_saveCsvAction = menu->addAction(QString());
    connect(m_saveTextAction, &QAction::triggered, this, &TrafficView::saveAsText);
    connect(m_saveCsvAction, &QAction::triggered, this, &TrafficView::saveAsCsv);
    m_ui->saveButton->setMenu(menu);
    // A menu button with its own arrow section: the arrow has room and is never drawn over "Save…".
    // Either part opens the menu.
    connect(m_ui->saveButton, &QToolButton::clicked, m_ui->saveButton, &QToolButton::showMenu);

    connect(m_model, &TrafficModel::peersChanged, this, &TrafficView::updatePeerCombo);
}

void TrafficView::appendEvents(const QList<TrafficEvent> &events)
{
    if (events.isEmpty())
        return;
    m_model->appendEvents(events);
    if (m_ui->autoScrollCheck->isChecked())
        m_ui->tableView->scrollToBottom();
    updateCountLabel();
}

void TrafficView::clear()
{
    m_model->clear();
    m_ui->detailEdit->clear();
    updateCountLabel();
}

void TrafficView::setDisplayMode(TrafficModel::DisplayMode mode)
{
    m_ui->displayModeCombo->setCurrentIndex(mode == TrafficModel::DisplayMode::Hex ? 1 : 0);
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

void TrafficView::save(LogFormat format)
{
    LogSaveDialog::run(this, format, QStringLiteral("traffic"), [this](const QString &path, LogFormat f, QString *error) {
        return m_model->save(path, f, error);
    });
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
    updateCountLabel();
    updateDetail();
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
    if (!peerFilter().isEmpty())
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
    out += QLatin1String("\n\n");

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
