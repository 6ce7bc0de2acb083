#pragma once

#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include "LabDefinition.h"
#include "LabReport.h"

class LabCheckDetail;
class LabCheckListModel;
class LabRunner;
class ListenOnWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTreeView;

// The Lab tab's "one program" page: the target (the student's server as host and port, or the
// port where SocketLab waits for the student's client), Run / Stop, the live list of checks with
// a summary line, the selected check's detail, and Export. Runs the lab with a LabRunner.
class LabProgramPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LabProgramPage(QWidget *parent = nullptr);
    ~LabProgramPage() override;

    // The lab to run (the list shows its checks, pending); stops a run of the previous lab.
    void setLab(const LabDefinition &lab);
    void setParameters(const QMap<QString, QString> &values);
    void setTarget(const QString &host, quint16 port);
    void setListen(const QHostAddress &address, quint16 port);
    void setTimeoutMs(int ms);                 // 0: the lab's
    void setClientWaitMs(int ms);              // 0: the runner's default

    bool isRunning() const;
    bool hasReport() const;
    LabReport report() const;                  // the last finished run (or the one running)
    LabCheckListModel *checkModel() const;
    LabCheckDetail *detail() const;
    QTreeView *checkView() const;
    // "Lab “TCP upper-case server”: check 3 of 9 against 127.0.0.1:9000"; empty when idle.
    QString statusSummary() const;
    qint64 bytesReceived() const;
    qint64 bytesSent() const;
    void saveSettings() const;

public slots:
    // Starts the lab against the target in the fields; false with the reason (also shown).
    bool run(QString *error = nullptr);
    void stop();

signals:
    void statusChanged();
    // Run was pressed: the parameters in the fields are wanted now.
    void aboutToRun();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void updateWidgets();
    void showState();
    void showSelected();
    void selectFirstFailure();
    void onCheckStarted(int index);
    void onWaiting(int index);
    void onCheckFinished(int index);
    void onFinished(const LabReport &report);
    void exportReport(int format);
    bool isClientLab() const;

    LabDefinition m_lab;
    QMap<QString, QString> m_parameters;
    int m_timeoutMs = 0;
    int m_clientWaitMs = 0;
    LabCheckListModel *m_model;
    QPointer<LabRunner> m_runner;
    LabReport m_report;
    bool m_hasReport = false;
    QString m_targetText;                      // what the running/last run was against
    quint16 m_listeningPort = 0;
    QString m_error;                           // why the last run could not start or listen
    int m_current = -1;
    qint64 m_retiredIn = 0;
    qint64 m_retiredOut = 0;

    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_listenLabel;
    ListenOnWidget *m_listen;
    QStackedWidget *m_targetStack;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_exportButton;
    QMenu *m_exportMenu;
    QLabel *m_state;
    QSplitter *m_splitter;
    QTreeView *m_view;
    QLabel *m_summary;
    LabCheckDetail *m_detail;
};
