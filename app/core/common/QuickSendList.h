#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

#include "QuickSendFile.h"
#include "QuickSendItem.h"

// The quick-send list of one send box, as a model for its views: the saved messages in the order
// the user put them, each with an id that stays the same while it is edited or moved (what an
// auto-send or a server's reply refers to), persisted in QSettings under "<settings key>/quickSend"
// (the JSON of an exported file, QuickSendFile) and "<settings key>/quickSendIds".
// Every change is saved at once. A loop marks the row it is sending (activeRow), which views show.
class QuickSendList final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ItemRole = Qt::UserRole,   // QuickSendItem (as QVariant)
        IdRole,                    // QString
        PreviewRole,               // the message on one line
        ActiveRole,                // bool: the row a loop is sending
    };

    static constexpr int MaxItems = QuickSendFile::MaxItems;

    explicit QuickSendList(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const;
    QuickSendItem item(int row) const;
    QString id(int row) const;
    int rowOf(const QString &id) const;                       // -1 when there is none
    std::optional<QuickSendItem> itemWithId(const QString &id) const;
    QList<QuickSendItem> items() const;

    // Edits (each saved at once). append/insert refuse beyond MaxItems (false).
    bool append(const QuickSendItem &item);
    // At `row`, with `id` (a new one when empty): undoing a delete brings the same id back.
    bool insert(int row, const QuickSendItem &item, const QString &id = QString());
    void replace(int row, const QuickSendItem &item);
    void remove(int row);
    bool move(int from, int to);
    // Import: the whole list at once (false, nothing changed, when it would exceed MaxItems).
    bool appendAll(const QList<QuickSendItem> &items);
    bool replaceAll(const QList<QuickSendItem> &items);

    // Loads the list saved under `key` (an empty key: not persisted).
    void setSettingsKey(const QString &key);
    QString settingsKey() const;

    void setActiveRow(int row);   // -1: none
    int activeRow() const;

    // A one-line description for tooltips: "Hex · CRLF · CRC-16/MODBUS · 8 bytes".
    static QString describe(const QuickSendItem &item);

private:
    struct Entry
    {
        QString id;
        QuickSendItem item;
    };

    static QString newId();
    void save() const;
    void load();

    QList<Entry> m_entries;
    QString m_settingsKey;
    int m_activeRow = -1;
};
