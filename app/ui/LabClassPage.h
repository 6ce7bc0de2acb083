#pragma once

#include <QList>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include "ClassTarget.h"
#include "LabDefinition.h"
#include "LabReport.h"

class ClassRun;
class ClassTableModel;
class LabCheckDetail;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;

// The Lab tab's "whole class" page, for teachers: a targets file (`name HOST:PORT` per line),
// Run / Stop over every student at once (ClassRun), the students × checks table, the selected
// cell's check in detail, and Export (the table as CSV, every report as text, JSON or JUnit).
// Class mode checks servers; for a client lab the page says so and does not run.
class LabClassPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LabClassPage(QWidget *parent = nullptr);
    ~LabClassPage() override;

    void setLab(const LabDefinition &lab);
    void setParameters(const QMap<QString, QString> &values);
    void setTimeoutMs(int ms);                 // 0: the lab's
    void setParallel(int parallel);            // 0: ClassRun's default
    // Reads a targets file and shows its students; false with "line N: reason" (also shown).
    bool loadTargets(const QString &path, QString *error = nullptr);
    QString targetsPath() const;

    bool isRunning() const;
    bool hasResults() const;
    QList<LabReport> reports() const;
    QByteArray csv() const;                    // the table as ClassRun writes it
    ClassTableModel *tableModel() const;
    QTableView *tableView() const;
    LabCheckDetail *detail() const;
    // Shows the check of the student in `row` at `column` (a name column: the first failure).
    void showCell(int row, int column);
    QString statusSummary() const;
    qint64 bytesReceived() const;
    qint64 bytesSent() const;
    void saveSettings() const;

public slots:
    // Runs the lab over the targets file (read again, so edits count); false with the reason.
    bool run(QString *error = nullptr);
    void stop();

signals:
    void statusChanged();
    void aboutToRun();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void browse();
    void updateWidgets();
    void showState();
    void showError(const QString &message);
    void selectFirstFailure();
    void exportCsv();
    void exportReports(int format);
    bool readTargets(const QString &path, QList<ClassTarget> *targets, QString *error) const;

    LabDefinition m_lab;
    QMap<QString, QString> m_parameters;
    int m_timeoutMs = 0;
    int m_parallel = 0;
    ClassTableModel *m_model;
    QPointer<ClassRun> m_run;
    bool m_finished = false;
    int m_done = 0;
    int m_selectedRow = -1;
    int m_selectedColumn = -1;
    QString m_error;
    qint64 m_retiredIn = 0;
    qint64 m_retiredOut = 0;

    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browseButton;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_exportButton;
    QMenu *m_exportMenu;
    QAction *m_csvAction;
    QLabel *m_state;
    QSplitter *m_splitter;
    QTableView *m_table;
    LabCheckDetail *m_detail;
};
