#include "RequestLogFilter.h"

#include "RequestLogModel.h"

RequestLogFilter::RequestLogFilter(RequestLogModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
}

QString RequestLogFilter::filterText() const
{
    return m_text;
}

void RequestLogFilter::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid())
        return true;
    const RequestLogEntry &e = m_source->entryAt(sourceRow);
    if (e.client.contains(m_text, Qt::CaseInsensitive))
        return true;
    if (QString::number(e.status).contains(m_text))
        return true;
    if (QLatin1String(e.method).compare(m_text, Qt::CaseInsensitive) == 0)
        return true;
    const QString target = QString::fromUtf8(e.target);
    if (target.contains(m_text, Qt::CaseInsensitive))
        return true;
    if (!e.target.contains('%'))
        return false;
    return QString::fromUtf8(QByteArray::fromPercentEncoding(e.target)).contains(m_text, Qt::CaseInsensitive);
}
