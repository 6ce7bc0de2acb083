#pragma once

#include <QSortFilterProxyModel>

class RequestLogModel;

// Shows the request-log rows whose target (as sent or percent-decoded), client or status
// contains the typed text, or whose method is the typed text, ignoring case.
// Never sorts, so appends stay cheap.
class RequestLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestLogFilter(RequestLogModel *source, QObject *parent = nullptr);

    QString filterText() const;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RequestLogModel *m_source;
    QString m_text;
};
