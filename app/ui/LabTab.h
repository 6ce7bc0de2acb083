#pragma once

#include "ToolTab.h"

#include "LabDefinition.h"

class LabChooser;
class LabClassPage;
class LabProgramPage;
class QLabel;
class QRadioButton;
class QStackedWidget;

// The Lab tab: SocketLab checks a student's program against a lab (docs/labs.md) and explains
// what it got wrong. The lab is picked at the top (LabChooser); below, either one program is
// checked (LabProgramPage: a server at HOST:PORT, or a client SocketLab waits for) or a whole
// class (LabClassPage: a targets file, a students × checks table). The View and File menus act
// on the selected check's exchange. `socketlab --open check …` fills it in and starts.
class LabTab final : public ToolTab
{
    Q_OBJECT

public:
    explicit LabTab(QWidget *parent = nullptr);
    ~LabTab() override;

    LabChooser *chooser() const;
    LabProgramPage *programPage() const;
    LabClassPage *classPage() const;
    bool isClassMode() const;
    void showClassMode(bool classMode);
    // Adds a lab built elsewhere (a test's, a file already read) and picks it.
    void setLab(const LabDefinition &lab);

    TrafficView *currentTrafficView() const override;
    QString logFileBaseName() const override;
    QStringList statusSummaries() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;
    QStringList openCommands() const override;
    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onLabChanged();
    void passParameters();
    void saveSettings() const;

    LabChooser *m_chooser;
    QLabel *m_modeLabel;
    QRadioButton *m_programRadio;
    QRadioButton *m_classRadio;
    QStackedWidget *m_stack;
    LabProgramPage *m_program;
    LabClassPage *m_class;
};
