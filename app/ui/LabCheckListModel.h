#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "LabCheckResult.h"
#include "LabDefinition.h"

// The Lab tab's live list of checks: one row per check of the lab, in the lab's order, with its
// state (pending, running, waiting for the client, passed, failed, could not run), whether it is
// required or a lesson, and how long it took. Rows exist as soon as a lab is picked (all pending),
// so the user sees what will be checked before pressing Run.
class LabCheckListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StateColumn, CheckColumn, KindColumn, TimeColumn, ColumnCount };

    explicit LabCheckListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every check of `lab`, pending.
    void setLab(const LabDefinition &lab);
    // Back to pending (a new run of the same lab).
    void resetResults();
    void setRunning(int check);
    void setWaitingForClient(int check);
    void setResult(int check, const LabCheckResult &result);
    // A finished run: every row from the report (checks it stopped before are not run).
    void setReport(const QList<LabCheckResult> &results);

    const LabCheckResult &result(int check) const;
    QList<LabCheckResult> results() const;
    bool isWaitingForClient(int check) const;

    // "5 of 7 required checks passed. 1 of 2 lessons passed." (empty before any check finished).
    QString summary() const;
    // The bytes of the finished checks' exchanges.
    qint64 bytesReceived() const;
    qint64 bytesSent() const;

    void retranslate();

private:
    void rowChanged(int check);

    QList<LabCheckResult> m_results;
    int m_waiting = -1;
};
