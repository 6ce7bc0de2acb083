#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "ClassTarget.h"
#include "LabDefinition.h"
#include "LabReport.h"

// The class mode's table: one row per student (the targets file's order), the name and target,
// one column per check of the lab, and the student's overall result. A cell has a text mark
// (✓ ✗ – …) as well as its colour (green / red / grey), so it reads without colour too.
class ClassTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TargetColumn, FirstCheckColumn };
    enum Roles { OutcomeRole = Qt::UserRole + 1 };   // LabCheckResult::Outcome as int (check cells)

    explicit ClassTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The students and the lab's checks, all pending.
    void setClass(const LabDefinition &lab, const QList<ClassTarget> &targets);
    void setLab(const LabDefinition &lab);     // keeps the students, resets the results
    void setTargets(const QList<ClassTarget> &targets);
    void resetResults();
    void setStarted(int target);
    void setResult(int target, int check, const LabCheckResult &result);
    void setReport(int target, const LabReport &report);

    int checkCount() const;
    int resultColumn() const;
    // The check a column shows, or -1 for the name, target and result columns.
    int checkAt(int column) const;
    const LabCheckResult &result(int target, int check) const;
    const ClassTarget &target(int row) const;
    // "12 of 30 students checked: 9 passed every required check."
    QString summary() const;
    qint64 bytesReceived() const;
    qint64 bytesSent() const;

    void retranslate();

private:
    struct Row
    {
        ClassTarget target;
        QList<LabCheckResult> checks;
        bool started = false;
        bool finished = false;
    };
    QList<LabCheckResult> pendingChecks() const;
    void allChanged();

    LabDefinition m_lab;
    QList<Row> m_rows;
};
