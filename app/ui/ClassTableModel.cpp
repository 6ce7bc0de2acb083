#include "ClassTableModel.h"

#include "Endpoint.h"
#include "LabOutcomeLook.h"

ClassTableModel::ClassTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClassTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClassTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : resultColumn() + 1;
}

int ClassTableModel::checkCount() const
{
    return int(m_lab.checks.size());
}

int ClassTableModel::resultColumn() const
{
    return FirstCheckColumn + checkCount();
}

int ClassTableModel::checkAt(int column) const
{
    const int check = column - FirstCheckColumn;
    return check >= 0 && check < checkCount() ? check : -1;
}

QVariant ClassTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int check = checkAt(index.column());
    if (check >= 0) {
        const LabCheckResult &r = row.checks.at(check);
        const LabOutcomeLook::State state = LabOutcomeLook::state(r.outcome);
        switch (role) {
        case Qt::DisplayRole:
            return LabOutcomeLook::mark(state);
        case Qt::ToolTipRole: {
            const QString head = tr("%1 — %2: %3").arg(row.target.name, r.title.text(), LabOutcomeLook::text(state));
            return r.reason.isEmpty() ? head : head + QLatin1Char('\n') + r.reason;
        }
        case Qt::BackgroundRole: {
            const QColor c = LabOutcomeLook::background(state, r.required);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        case Qt::ForegroundRole: {
            const QColor c = LabOutcomeLook::foreground(state, r.required);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case OutcomeRole:
            return int(r.outcome);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return row.target.name;
        case TargetColumn:
            return Endpoint::format(row.target.host, row.target.port);
        default:
            break;
        }
        if (index.column() == resultColumn()) {
            if (!row.finished)
                return row.started ? LabOutcomeLook::text(LabOutcomeLook::State::Running) : QString();
            int failed = 0;
            for (const LabCheckResult &r : row.checks)
                failed += r.required && !r.passed();
            if (failed == 0)
                return tr("✓ Passed");
            return role == Qt::ToolTipRole ? tr("✗ %n required check(s) not passed", "", failed)
                                           : LabOutcomeLook::text(LabOutcomeLook::State::Failed);
        }
    }
    if (index.column() == resultColumn() && row.finished
        && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        bool passed = !row.checks.isEmpty();
        for (const LabCheckResult &r : row.checks)
            passed = passed && (!r.required || r.passed());
        const LabOutcomeLook::State state = passed ? LabOutcomeLook::State::Passed : LabOutcomeLook::State::Failed;
        return role == Qt::BackgroundRole ? LabOutcomeLook::background(state, true)
                                          : LabOutcomeLook::foreground(state, true);
    }
    return {};
}

QVariant ClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int check = checkAt(section);
    if (check >= 0) {
        const LabCheck &c = m_lab.checks.at(check);
        if (role == Qt::DisplayRole)
            return QString::number(check + 1);
        if (role == Qt::ToolTipRole)
            return tr("Check %1: %2 (%3)").arg(check + 1).arg(c.title.text(), LabOutcomeLook::kind(c.required));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Student");
    if (section == TargetColumn)
        return tr("Target");
    if (section == resultColumn())
        return tr("Result");
    return {};
}

QList<LabCheckResult> ClassTableModel::pendingChecks() const
{
    QList<LabCheckResult> checks;
    for (const LabCheck &check : m_lab.checks) {
        LabCheckResult r;
        r.id = check.id;
        r.title = check.title;
        r.required = check.required;
        checks.append(r);
    }
    return checks;
}

void ClassTableModel::setClass(const LabDefinition &lab, const QList<ClassTarget> &targets)
{
    beginResetModel();
    m_lab = lab;
    m_rows.clear();
    for (const ClassTarget &t : targets)
        m_rows.append(Row{t, pendingChecks()});
    endResetModel();
}

void ClassTableModel::setLab(const LabDefinition &lab)
{
    QList<ClassTarget> targets;
    for (const Row &row : std::as_const(m_rows))
        targets.append(row.target);
    setClass(lab, targets);
}

void ClassTableModel::setTargets(const QList<ClassTarget> &targets)
{
    setClass(m_lab, targets);
}

void ClassTableModel::resetResults()
{
    for (Row &row : m_rows) {
        row.checks = pendingChecks();
        row.started = row.finished = false;
    }
    allChanged();
}

void ClassTableModel::setStarted(int target)
{
    if (target < 0 || target >= m_rows.size())
        return;
    m_rows[target].started = true;
    emit dataChanged(index(target, resultColumn()), index(target, resultColumn()));
}

void ClassTableModel::setResult(int target, int check, const LabCheckResult &result)
{
    if (target < 0 || target >= m_rows.size() || check < 0 || check >= checkCount())
        return;
    m_rows[target].checks[check] = result;
    const int column = FirstCheckColumn + check;
    emit dataChanged(index(target, column), index(target, column));
}

void ClassTableModel::setReport(int target, const LabReport &report)
{
    if (target < 0 || target >= m_rows.size())
        return;
    Row &row = m_rows[target];
    for (int i = 0; i < report.checks.size() && i < row.checks.size(); ++i)
        row.checks[i] = report.checks.at(i);
    row.started = row.finished = true;
    emit dataChanged(index(target, 0), index(target, resultColumn()));
}

const LabCheckResult &ClassTableModel::result(int target, int check) const
{
    return m_rows.at(target).checks.at(check);
}

const ClassTarget &ClassTableModel::target(int row) const
{
    return m_rows.at(row).target;
}

QString ClassTableModel::summary() const
{
    int finished = 0;
    int passed = 0;
    for (const Row &row : m_rows) {
        if (!row.finished)
            continue;
        ++finished;
        bool ok = !row.checks.isEmpty();
        for (const LabCheckResult &r : row.checks)
            ok = ok && (!r.required || r.passed());
        passed += ok;
    }
    if (finished == 0)
        return QString();
    return tr("%1 of %n student(s) checked: %2 passed every required check.", "", int(m_rows.size()))
        .arg(finished)
        .arg(passed);
}

qint64 ClassTableModel::bytesReceived() const
{
    qint64 n = 0;
    for (const Row &row : m_rows)
        for (const LabCheckResult &r : row.checks)
            for (const TrafficEvent &e : r.exchange)
                n += e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::In ? e.size : 0;
    return n;
}

qint64 ClassTableModel::bytesSent() const
{
    qint64 n = 0;
    for (const Row &row : m_rows)
        for (const LabCheckResult &r : row.checks)
            for (const TrafficEvent &e : r.exchange)
                n += e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::Out ? e.size : 0;
    return n;
}

void ClassTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    allChanged();
}

void ClassTableModel::allChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
