#include "QuickSendChoice.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include "QuickSendList.h"

namespace {

// Names are free text: a long one must not widen the combo (and the pane it is in).
QString shortName(const QString &name)
{
    return name.size() > 32 ? name.left(31) + QStringLiteral("…") : name;
}

} // namespace

QuickSendChoice::QuickSendChoice(QComboBox *combo, QuickSendList *list, std::function<void(QComboBox *)> fillFixed,
                                 Words words, const QVariant &itemData, QObject *parent)
    : QObject(parent)
    , m_combo(combo)
    , m_list(list)
    , m_fillFixed(std::move(fillFixed))
    , m_words(std::move(words))
    , m_itemData(itemData)
{
    connect(m_list, &QAbstractItemModel::rowsInserted, this, &QuickSendChoice::rebuild);
    connect(m_list, &QAbstractItemModel::rowsRemoved, this, &QuickSendChoice::rebuild);
    connect(m_list, &QAbstractItemModel::rowsMoved, this, &QuickSendChoice::rebuild);
    connect(m_list, &QAbstractItemModel::modelReset, this, &QuickSendChoice::rebuild);
    connect(m_list, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last, const QList<int> &roles) {
                onDataChanged(first.row(), last.row(), roles);
            });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<QuickSendItem> item = chosenItem())
            m_chosenName = item->displayName();
    });
    refill();
}

void QuickSendChoice::refill()
{
    const QString id = chosenId();
    {
        const QSignalBlocker block(m_combo);
        m_fillFixed(m_combo);
    }
    rebuild();
    if (!id.isEmpty())
        choose(id);
}

bool QuickSendChoice::isItemChosen() const
{
    return !chosenId().isEmpty();
}

QString QuickSendChoice::chosenId() const
{
    return m_combo->currentIndex() >= 0 ? m_combo->currentData(IdRole).toString() : QString();
}

std::optional<QuickSendItem> QuickSendChoice::chosenItem() const
{
    const QString id = chosenId();
    if (id.isEmpty())
        return std::nullopt;
    return m_list->itemWithId(id);
}

std::optional<QByteArray> QuickSendChoice::chosenPayload(QString *error) const
{
    const std::optional<QuickSendItem> item = chosenItem();
    if (!item)
        return std::nullopt;
    return item->payload(error);
}

bool QuickSendChoice::choose(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i, IdRole).toString() == id) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void QuickSendChoice::rebuild()
{
    const QString id = chosenId();
    bool chosenGone = false;
    {
        const QSignalBlocker block(m_combo);
        // Take the entries added here off (messages, separator, placeholder), keep the combo's own.
        for (int i = m_combo->count() - 1; i >= 0; --i) {
            if (m_combo->itemData(i, AddedRole).toBool())
                m_combo->removeItem(i);
        }
        const int fixed = m_combo->count();
        m_combo->insertSeparator(fixed);
        m_combo->setItemData(fixed, true, AddedRole);
        if (m_list->count() == 0) {
            m_combo->addItem(m_words.empty());
            const int row = m_combo->count() - 1;
            m_combo->setItemData(row, true, AddedRole);
            if (auto *model = qobject_cast<QStandardItemModel *>(m_combo->model()))
                model->item(row)->setEnabled(false);
        }
        for (int row = 0; row < m_list->count(); ++row) {
            const QuickSendItem item = m_list->item(row);
            m_combo->addItem(m_words.item(shortName(item.displayName())), m_itemData);
            const int at = m_combo->count() - 1;
            m_combo->setItemData(at, m_list->id(row), IdRole);
            m_combo->setItemData(at, true, AddedRole);
            m_combo->setItemData(at, item.displayName(), Qt::ToolTipRole);
        }
        if (!id.isEmpty()) {
            bool found = false;
            for (int i = 0; i < m_combo->count() && !found; ++i) {
                if (m_combo->itemData(i, IdRole).toString() == id) {
                    m_combo->setCurrentIndex(i);
                    found = true;
                }
            }
            chosenGone = !found;
            if (chosenGone)
                m_combo->setCurrentIndex(0);
        }
    }
    if (chosenGone)
        emit chosenItemDeleted(m_chosenName);   // the tab applies the fallback and says so
}

void QuickSendChoice::onDataChanged(int first, int last, const QList<int> &roles)
{
    if (roles.size() == 1 && roles.first() == QuickSendList::ActiveRole)
        return;   // only a loop's highlight
    rebuild();    // the names shown
    const int chosen = m_list->rowOf(chosenId());
    if (chosen >= first && chosen <= last) {
        if (const std::optional<QuickSendItem> item = chosenItem())
            m_chosenName = item->displayName();
        emit chosenItemEdited();
    }
}
