#include "QuickSendPanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "QuickSendDelegate.h"
#include "QuickSendFile.h"
#include "QuickSendItemDialog.h"
#include "QuickSendList.h"
#include "QuickSendLoop.h"

namespace {

QToolButton *toolButton(const char *name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setAutoRaise(false);
    return button;
}

} // namespace

QuickSendPanel::QuickSendPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QuickSendList(this))
    , m_delegate(new QuickSendDelegate(this))
    , m_pages(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_view(new QListView(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(toolButton("quickSendEditButton", this))
    , m_deleteButton(toolButton("quickSendDeleteButton", this))
    , m_upButton(toolButton("quickSendUpButton", this))
    , m_downButton(toolButton("quickSendDownButton", this))
    , m_undoButton(toolButton("quickSendUndoButton", this))
    , m_moreButton(toolButton("quickSendMoreButton", this))
    , m_moreMenu(new QMenu(this))
    , m_importAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_loopButton(new QPushButton(this))
    , m_pauseLabel(new QLabel(this))
    , m_pauseSpin(new QSpinBox(this))
    , m_loopStatus(new QLabel(this))
    , m_loop(new QuickSendLoop(m_list, this))
{
    m_addButton->setObjectName(QStringLiteral("quickSendAddButton"));
    m_view->setObjectName(QStringLiteral("quickSendView"));
    m_hint->setObjectName(QStringLiteral("quickSendHint"));
    m_loopButton->setObjectName(QStringLiteral("quickSendLoopButton"));
    m_pauseSpin->setObjectName(QStringLiteral("quickSendPauseSpin"));
    m_loopStatus->setObjectName(QStringLiteral("quickSendLoopStatus"));
    m_importAction->setObjectName(QStringLiteral("quickSendImportAction"));
    m_exportAction->setObjectName(QStringLiteral("quickSendExportAction"));

    m_view->setModel(m_list);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setMouseTracking(true);   // the Send button follows the mouse
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);   // greyed, like a placeholder
    m_hint->setMargin(1);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_pages->addWidget(m_hint);
    m_pages->addWidget(m_view);
    // Two rows at least: the send box stays low enough for the log above it at 1024x700.
    const int rows = 2 * QuickSendDelegate::rowHeight(m_view->fontMetrics()) + 2 * m_view->frameWidth();
    m_view->setMinimumHeight(rows);
    m_hint->setMinimumHeight(rows);
    m_pages->setMinimumHeight(rows);

    m_undoButton->hide();
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_moreButton->setMenu(m_moreMenu);
    m_moreMenu->addAction(m_importAction);
    m_moreMenu->addAction(m_exportAction);
    m_loopButton->setCheckable(true);
    m_pauseSpin->setRange(1, 3600000);
    m_pauseSpin->setValue(1000);
    m_loopStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(m_addButton);
    tools->addWidget(m_editButton);
    tools->addWidget(m_deleteButton);
    tools->addWidget(m_undoButton);
    tools->addWidget(m_upButton);
    tools->addWidget(m_downButton);
    tools->addStretch(1);
    tools->addWidget(m_moreButton);
    auto *loop = new QHBoxLayout;
    loop->setSpacing(4);
    loop->addWidget(m_loopButton);
    loop->addWidget(m_pauseLabel);
    loop->addWidget(m_pauseSpin);
    loop->addWidget(m_loopStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(tools);
    layout->addWidget(m_pages, 1);
    layout->addLayout(loop);

    // Alt+1…Alt+9: only while this panel is shown (a hidden tab's send box does not answer).
    for (int row = 0; row < 9; ++row) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, row] { sendRow(row); });
    }

    connect(m_delegate, &QuickSendDelegate::sendClicked, this, &QuickSendPanel::sendRow);
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) { editRow(index.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &QuickSendPanel::showContextMenu);
    connect(m_addButton, &QPushButton::clicked, this, &QuickSendPanel::addCurrentMessage);
    connect(m_editButton, &QToolButton::clicked, this, [this] { editRow(currentRow()); });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] { deleteRow(currentRow()); });
    connect(m_undoButton, &QToolButton::clicked, this, &QuickSendPanel::undoDelete);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveRow(currentRow(), -1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveRow(currentRow(), 1); });
    connect(m_importAction, &QAction::triggered, this, &QuickSendPanel::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, this, &QuickSendPanel::chooseExportFile);
    connect(m_loopButton, &QPushButton::clicked, this, [this] { isLooping() ? stopLoop() : startLoop(); });
    connect(m_loop, &QuickSendLoop::sendRequested, this, &QuickSendPanel::sendRequested);
    connect(m_loop, &QuickSendLoop::progressed, this, &QuickSendPanel::updateLoopUi);
    connect(m_loop, &QuickSendLoop::stopped, this, [this](const QString &reason) {
        updateLoopUi();
        if (!reason.isEmpty())
            emit messageShown(reason, true);
    });
    connect(m_pauseSpin, &QSpinBox::valueChanged, this, [this](int ms) {
        m_loop->setPause(ms);
        if (!m_settingsKey.isEmpty())
            QSettings().setValue(m_settingsKey + QStringLiteral("/quickSendPauseMs"), ms);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuickSendPanel::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_list, signal, this, [this] { updatePage(); });
    connect(m_list, &QAbstractItemModel::rowsMoved, this, [this] { updatePage(); });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] { updatePage(); });

    retranslate();
    updatePage();
    updateLoopUi();
}

QuickSendPanel::~QuickSendPanel() = default;

QuickSendList *QuickSendPanel::list() const
{
    return m_list;
}

void QuickSendPanel::setSettingsKey(const QString &key)
{
    stopLoop();
    forgetUndo();
    m_settingsKey = key;
    m_list->setSettingsKey(key);
    if (!key.isEmpty())
        m_pauseSpin->setValue(QSettings().value(key + QStringLiteral("/quickSendPauseMs"), m_pauseSpin->value()).toInt());
}

void QuickSendPanel::setSendEnabled(bool enabled)
{
    if (enabled == m_sendEnabled)
        return;
    m_sendEnabled = enabled;
    m_delegate->setSendEnabled(enabled);
    m_view->viewport()->update();
    m_loop->setSendEnabled(enabled);   // a running loop stops, and says why
    updateLoopUi();
}

void QuickSendPanel::setCurrentMessageSource(std::function<QuickSendItem()> source)
{
    m_currentMessage = std::move(source);
}

bool QuickSendPanel::isLooping() const
{
    return m_loop->isRunning();
}

void QuickSendPanel::sendRow(int row)
{
    if (row < 0 || row >= m_list->count()) {
        emit messageShown(tr("The quick-send list has no message %1.").arg(row + 1), true);
        return;
    }
    const QuickSendItem item = m_list->item(row);
    if (!m_sendEnabled) {
        emit messageShown(tr("“%1” was not sent: there is no one to send to now (not connected, or no peer is chosen).")
                              .arg(item.displayName()), true);
        return;
    }
    QString error;
    const std::optional<QByteArray> payload = item.payload(&error);
    if (!payload) {
        emit messageShown(tr("“%1” was not sent: %2").arg(item.displayName(), error), true);
        return;
    }
    emit sendRequested(*payload);
}

void QuickSendPanel::addCurrentMessage()
{
    QuickSendItem item = m_currentMessage ? m_currentMessage() : QuickSendItem();
    item.name = item.preview(30);
    openItemDialog(item, -1);
}

void QuickSendPanel::editRow(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    openItemDialog(m_list->item(row), row);
}

void QuickSendPanel::openItemDialog(const QuickSendItem &item, int row)
{
    if (m_list->count() >= QuickSendList::MaxItems && row < 0) {
        emit messageShown(tr("The quick-send list holds at most %1 messages; delete some first.").arg(QuickSendList::MaxItems), true);
        return;
    }
    // Window-modal, not exec(): the window's sockets keep running while it is open.
    auto *dialog = new QuickSendItemDialog(item, row < 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_list->id(row);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, row] {
        forgetUndo();
        if (row < 0) {
            if (m_list->append(dialog->item()))
                m_view->setCurrentIndex(m_list->index(m_list->count() - 1));
            return;
        }
        const int now = m_list->rowOf(id);   // the list may have changed meanwhile
        if (now >= 0)
            m_list->replace(now, dialog->item());
        else
            m_list->append(dialog->item());
    });
    dialog->open();
}

void QuickSendPanel::deleteRow(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    m_deleted = Deleted{row, m_list->id(row), m_list->item(row)};
    m_list->remove(row);
    m_undoButton->setToolTip(tr("Bring “%1” back").arg(m_deleted->item.displayName()));
    m_undoButton->show();
    emit messageShown(tr("Deleted “%1”. Undo brings it back.").arg(m_deleted->item.displayName()), false);
    updateButtons();
}

void QuickSendPanel::undoDelete()
{
    if (!m_deleted)
        return;
    const Deleted deleted = *m_deleted;
    forgetUndo();
    if (m_list->insert(deleted.row, deleted.item, deleted.id))
        m_view->setCurrentIndex(m_list->index(m_list->rowOf(deleted.id)));
}

void QuickSendPanel::forgetUndo()
{
    m_deleted.reset();
    m_undoButton->hide();
}

void QuickSendPanel::moveRow(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    forgetUndo();
    if (m_list->move(row, to))
        m_view->setCurrentIndex(m_list->index(to));
    updateButtons();
}

void QuickSendPanel::startLoop()
{
    QString why;
    if (!m_loop->start(&why))
        emit messageShown(why, m_list->count() > 0);
    updateLoopUi();
}

void QuickSendPanel::stopLoop()
{
    m_loop->stop();
}

void QuickSendPanel::updateLoopUi()
{
    const bool looping = isLooping();
    const QSignalBlocker block(m_loopButton);
    m_loopButton->setChecked(looping);
    m_loopButton->setText(looping ? tr("Stop loop") : tr("Loop"));
    m_loopButton->setEnabled(looping || (m_sendEnabled && m_list->count() > 0));
    m_pauseSpin->setEnabled(!looping);
    if (looping)
        m_loopStatus->setText(tr("Sent %1 of %2; %3 in all.").arg(m_list->activeRow() + 1).arg(m_list->count()).arg(m_loop->sent()));
    else
        m_loopStatus->clear();
}

void QuickSendPanel::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import quick-send messages"), folder(),
                                   tr("Quick-send lists (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("quickSendFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        rememberFolder(path);
        importFrom(path);
    });
    dialog->open();
}

void QuickSendPanel::chooseExportFile()
{
    if (m_list->count() == 0) {
        emit messageShown(tr("The quick-send list is empty: there is nothing to export."), false);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export quick-send messages"), folder(),
                                   tr("Quick-send lists (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("quickSendFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        rememberFolder(path);
        exportTo(path);
    });
    dialog->open();
}

void QuickSendPanel::importFrom(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QuickSendFile::Error error;
    const std::optional<QList<QuickSendItem>> items = QuickSendFile::read(path, &error);
    if (!items) {
        emit messageShown(tr("Nothing was imported from %1. %2").arg(fileName, error.text()), true);
        return;
    }
    if (items->isEmpty()) {
        emit messageShown(tr("%1 has no messages: nothing was imported.").arg(fileName), false);
        return;
    }
    if (m_list->count() == 0) {
        applyImport(*items, false, fileName);
        return;
    }
    // Add or replace? Asked without exec(), so the window's sockets keep running.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import quick-send messages"),
                                tr("%1 has %n message(s). Add them after the messages already in the list, or replace the list with them?",
                                   "", int(items->size())).arg(fileName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("quickSendImportQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *add = box->addButton(tr("Add to the list"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("appendButton"));
    QPushButton *replace = box->addButton(tr("Replace the list"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    box->setDefaultButton(add);
    connect(box, &QMessageBox::buttonClicked, this, [this, add, replace, items = *items, fileName](QAbstractButton *button) {
        if (button == add || button == replace)
            applyImport(items, button == replace, fileName);
    });
    box->open();
}

void QuickSendPanel::applyImport(const QList<QuickSendItem> &items, bool replace, const QString &fileName)
{
    stopLoop();
    forgetUndo();
    const bool done = replace ? m_list->replaceAll(items) : m_list->appendAll(items);
    if (!done) {
        emit messageShown(tr("Nothing was imported from %1: the list would have %2 messages, but it holds at most %3.")
                              .arg(fileName).arg(m_list->count() + items.size()).arg(QuickSendList::MaxItems), true);
        return;
    }
    emit messageShown(tr("Imported %n message(s) from %1.", "", int(items.size())).arg(fileName), false);
}

bool QuickSendPanel::exportTo(const QString &path)
{
    QString error;
    if (!QuickSendFile::write(path, m_list->items(), &error)) {
        emit messageShown(error, true);
        return false;
    }
    emit messageShown(tr("Exported %n message(s) to %1.", "", m_list->count()).arg(QFileInfo(path).fileName()), false);
    return true;
}

QString QuickSendPanel::folder() const
{
    return m_settingsKey.isEmpty() ? QString() : QSettings().value(QStringLiteral("quickSend/folder")).toString();
}

void QuickSendPanel::rememberFolder(const QString &path)
{
    QSettings().setValue(QStringLiteral("quickSend/folder"), QFileInfo(path).absolutePath());
}

int QuickSendPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void QuickSendPanel::updateButtons()
{
    const int row = currentRow();
    const int count = m_list->count();
    m_editButton->setEnabled(row >= 0);
    m_deleteButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < count);
    m_exportAction->setEnabled(count > 0);
}

void QuickSendPanel::updatePage()
{
    m_pages->setCurrentWidget(m_list->count() == 0 ? static_cast<QWidget *>(m_hint) : m_view);
    updateButtons();
    updateLoopUi();
}

void QuickSendPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const int row = index.row();
        m_view->setCurrentIndex(index);
        menu.addAction(tr("Send"), this, [this, row] { sendRow(row); })->setEnabled(m_sendEnabled);
        menu.addAction(tr("Edit…"), this, [this, row] { editRow(row); });
        menu.addAction(tr("Move up"), this, [this, row] { moveRow(row, -1); })->setEnabled(row > 0);
        menu.addAction(tr("Move down"), this, [this, row] { moveRow(row, 1); })->setEnabled(row + 1 < m_list->count());
        menu.addAction(tr("Delete"), this, [this, row] { deleteRow(row); });
        menu.addSeparator();
    }
    menu.addAction(m_importAction);
    menu.addAction(m_exportAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool QuickSendPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = currentRow();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier && row >= 0) {
            sendRow(row);
            return true;
        }
        if (key->key() == Qt::Key_F2 && row >= 0) {
            editRow(row);
            return true;
        }
        if (key->matches(QKeySequence::Delete) && row >= 0) {
            deleteRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickSendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateLoopUi();
        m_view->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void QuickSendPanel::retranslate()
{
    m_addButton->setText(tr("+ Add"));
    m_addButton->setToolTip(tr("Add the message in the editor to the list, with its format, line ending, encoding and checksum"));
    m_editButton->setText(tr("Edit"));
    m_editButton->setToolTip(tr("Edit the chosen message: name, content, format, line ending, encoding, checksum (F2, or double-click it)"));
    m_deleteButton->setText(QStringLiteral("✕"));
    m_deleteButton->setToolTip(tr("Delete the chosen message (Del); Undo brings it back"));
    m_deleteButton->setAccessibleName(tr("Delete"));
    m_undoButton->setText(tr("Undo"));
    m_upButton->setText(QStringLiteral("↑"));
    m_upButton->setToolTip(tr("Move the chosen message up"));
    m_upButton->setAccessibleName(tr("Move up"));
    m_downButton->setText(QStringLiteral("↓"));
    m_downButton->setToolTip(tr("Move the chosen message down"));
    m_downButton->setAccessibleName(tr("Move down"));
    m_moreButton->setText(QStringLiteral("⋯"));
    m_moreButton->setToolTip(tr("Import or export the list as a file"));
    m_moreButton->setAccessibleName(tr("More"));
    m_importAction->setText(tr("&Import a list…"));
    m_exportAction->setText(tr("&Export the list…"));
    m_loopButton->setToolTip(tr("Send the messages one after the other, again and again, with the pause between two"));
    m_pauseLabel->setText(tr("Pause:"));
    m_pauseSpin->setSuffix(tr(" ms"));
    m_pauseSpin->setToolTip(tr("Time between two messages of the loop, in milliseconds"));
    m_view->setAccessibleName(tr("Quick-send messages"));
    m_hint->setText(tr("Saved messages, one click to send: “+ Add” keeps the editor's message; "
                       "Alt+1…Alt+9 send the first nine."));
}
