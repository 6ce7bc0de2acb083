#include "NewRowFollower.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QTimer>

NewRowFollower *NewRowFollower::attach(QAbstractItemView *view)
{
    return new NewRowFollower(view);
}

NewRowFollower::NewRowFollower(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    Q_ASSERT(view->model());
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int, int last) {
        if (parent.isValid())
            return;
        // After the view has laid the new row out (it does so in its own rowsInserted slot).
        const QPersistentModelIndex row = m_view->model()->index(last, 0);
        QTimer::singleShot(0, this, [this, row] {
            if (row.isValid())
                m_view->scrollTo(row, QAbstractItemView::EnsureVisible);
        });
    });
}
