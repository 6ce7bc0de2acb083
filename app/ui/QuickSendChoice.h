#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

#include "QuickSendItem.h"

class QComboBox;
class QuickSendList;

// Offers the messages of a quick-send list in a combo box, after the combo's own entries: the TCP
// server's and the UDP tab's Reply choice (the message becomes a fixed reply, so hex replies are
// possible), the server's greeting, the TCP client's auto-sends. The entries follow the list as it
// changes; the chosen message stays chosen while it is edited or moved (chosenItemEdited: send its
// new bytes), and when it is deleted the combo falls back to its first entry without a
// currentIndexChanged (chosenItemDeleted: the tab applies the fallback and says so).
class QuickSendChoice final : public QObject
{
    Q_OBJECT

public:
    struct Words
    {
        std::function<QString(const QString &name)> item;   // an entry: "Quick-send: %1"
        std::function<QString()> empty;                     // the greyed entry of an empty list
    };

    // `fillFixed` fills the combo's own entries (again after a language change); the message
    // entries get `itemData` as their data (Qt::UserRole), so the combo's readers see that value.
    QuickSendChoice(QComboBox *combo, QuickSendList *list, std::function<void(QComboBox *)> fillFixed,
                    Words words, const QVariant &itemData, QObject *parent);

    void refill();                      // the fixed entries and the messages, keeping the choice
    bool isItemChosen() const;
    QString chosenId() const;
    std::optional<QuickSendItem> chosenItem() const;
    // The chosen message's bytes, or nullopt + reason (none chosen, or it cannot be sent).
    std::optional<QByteArray> chosenPayload(QString *error = nullptr) const;
    bool choose(const QString &id);     // false (nothing changed) when the list has no such message

    static constexpr int IdRole = Qt::UserRole + 1;      // a message entry's id
    static constexpr int AddedRole = Qt::UserRole + 2;   // true: an entry this class added

signals:
    void chosenItemEdited();
    void chosenItemDeleted(const QString &name);

private:
    void rebuild();
    void onDataChanged(int first, int last, const QList<int> &roles);

    QComboBox *m_combo;
    QuickSendList *m_list;
    std::function<void(QComboBox *)> m_fillFixed;
    Words m_words;
    QVariant m_itemData;
    QString m_chosenName;   // of the chosen message, for the note when it is deleted
};
