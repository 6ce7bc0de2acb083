#pragma once

#include <QObject>

class QAbstractItemView;

// Scrolls a view to each row its model inserts (a new transfer in the transfers table), moving
// only as far as needed to show it. Attached to the view, which owns it.
class NewRowFollower final : public QObject
{
    Q_OBJECT

public:
    static NewRowFollower *attach(QAbstractItemView *view);

private:
    explicit NewRowFollower(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
