#include "LabCheckListModel.h"

#include <QLocale>

#include "LabOutcomeLook.h"

LabCheckListModel::LabCheckListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LabCheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int LabCheckListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabCheckListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const LabCheckResult &r = m_results.at(index.row());
    const LabOutcomeLook::State state = index.row() == m_waiting ? LabOutcomeLook::State::WaitingForClient
                                                                  : LabOutcomeLook::state(r.outcome);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return LabOutcomeLook::text(state);
        case CheckColumn:
            return r.title.text();
        case KindColumn:
            return LabOutcomeLook::kind(r.required);
        case TimeColumn:
            return r.isFinished() ? tr("%1 ms").arg(QLocale().toString(r.elapsedMs)) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (!r.reason.isEmpty())
            return r.reason;
        if (index.column() == KindColumn)
            return r.required ? tr("The exercise asks for this: the lab fails when it fails.")
                              : tr("A lesson: something the lecture discusses. It is reported but never fails the lab.");
        return r.title.text();
    case Qt::BackgroundRole:
        if (index.column() == StateColumn) {
            const QColor c = LabOutcomeLook::background(state, r.required);
            if (c.isValid())
                return c;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            const QColor c = LabOutcomeLook::foreground(state, r.required);
            if (c.isValid())
                return c;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LabCheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("Result");
    case CheckColumn:
        return tr("Check");
    case KindColumn:
        return tr("Kind");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

void LabCheckListModel::setLab(const LabDefinition &lab)
{
    beginResetModel();
    m_results.clear();
    m_waiting = -1;
    for (const LabCheck &check : lab.checks) {
        LabCheckResult r;
        r.id = check.id;
        r.title = check.title;
        r.required = check.required;
        m_results.append(r);
    }
    endResetModel();
}

void LabCheckListModel::resetResults()
{
    for (LabCheckResult &r : m_results) {
        LabCheckResult fresh;
        fresh.id = r.id;
        fresh.title = r.title;
        fresh.required = r.required;
        r = fresh;
    }
    m_waiting = -1;
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LabCheckListModel::setRunning(int check)
{
    if (check < 0 || check >= m_results.size())
        return;
    m_results[check].outcome = LabCheckResult::Outcome::Running;
    if (m_waiting == check)
        m_waiting = -1;
    rowChanged(check);
}

void LabCheckListModel::setWaitingForClient(int check)
{
    if (check < 0 || check >= m_results.size())
        return;
    const int before = m_waiting;
    m_waiting = check;
    if (before >= 0)
        rowChanged(before);
    rowChanged(check);
}

void LabCheckListModel::setResult(int check, const LabCheckResult &result)
{
    if (check < 0 || check >= m_results.size())
        return;
    m_results[check] = result;
    if (m_waiting == check)
        m_waiting = -1;
    rowChanged(check);
}

void LabCheckListModel::setReport(const QList<LabCheckResult> &results)
{
    for (int i = 0; i < results.size() && i < m_results.size(); ++i)
        m_results[i] = results.at(i);
    m_waiting = -1;
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const LabCheckResult &LabCheckListModel::result(int check) const
{
    return m_results.at(check);
}

QList<LabCheckResult> LabCheckListModel::results() const
{
    return m_results;
}

bool LabCheckListModel::isWaitingForClient(int check) const
{
    return check >= 0 && check == m_waiting;
}

QString LabCheckListModel::summary() const
{
    int required = 0, requiredPassed = 0, lessons = 0, lessonsPassed = 0, notRun = 0, finished = 0;
    for (const LabCheckResult &r : m_results) {
        (r.required ? required : lessons) += 1;
        if (r.passed())
            (r.required ? requiredPassed : lessonsPassed) += 1;
        notRun += r.outcome == LabCheckResult::Outcome::NotRun;
        finished += r.isFinished();
    }
    if (finished == 0)
        return QString();
    QStringList sentences;
    sentences.append(tr("%1 of %n required check(s) passed.", "", required).arg(requiredPassed));
    if (lessons > 0)
        sentences.append(tr("%1 of %n lesson(s) passed.", "", lessons).arg(lessonsPassed));
    if (notRun > 0)
        sentences.append(tr("%n check(s) could not run.", "", notRun));
    return sentences.join(QLatin1Char(' '));
}

qint64 LabCheckListModel::bytesReceived() const
{
    qint64 n = 0;
    for (const LabCheckResult &r : m_results)
        for (const TrafficEvent &e : r.exchange)
            n += e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::In ? e.size : 0;
    return n;
}

qint64 LabCheckListModel::bytesSent() const
{
    qint64 n = 0;
    for (const LabCheckResult &r : m_results)
        for (const TrafficEvent &e : r.exchange)
            n += e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::Out ? e.size : 0;
    return n;
}

void LabCheckListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_results.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LabCheckListModel::rowChanged(int check)
{
    emit dataChanged(index(check, 0), index(check, ColumnCount - 1));
}
