#pragma once

#include <QList>
#include <QMainWindow>

#include <memory>

#include "LogFormat.h"

namespace Ui { class MainWindow; }
class ElidedLabel;
class QActionGroup;
class QLabel;
class QTimer;
class ToolTab;
class TrafficView;

// The window: one tab per tool, menus that act on the current tab's log and traffic view, a status bar
// with what is listening/connected and live byte counters. Geometry and the current tab persist.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // `socketlab --open COMMAND …`: selects the tab that handles COMMAND, fills it in and starts.
    // On bad options: false, the reason on stderr and in a message box.
    bool openCommand(const QStringList &commandAndArguments);
    QList<ToolTab *> toolTabs() const;
    // How many events each traffic view keeps (View → Log Size…); persisted, applied to every tab.
    int logCapacity() const;
    void setLogCapacity(int events);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addToolTab(ToolTab *tab);
    void buildEncodingMenu();
    void buildLanguageMenu();
    void retranslate();
    void syncViewActions();
    void updateStatus();
    ToolTab *currentTab() const;
    TrafficView *currentView() const;
    void saveLog(LogFormat format);
    void showAbout();
    void showQuickStart();
    void applyInitialGeometry(const QByteArray &saved);
    void askLogCapacity();

    // The window opens at most this big (less on a smaller screen) and can be made as small as
    // 1024 x 700 with every control in view.
    static constexpr int DefaultWidth = 1180;
    static constexpr int DefaultHeight = 760;
    static constexpr int MinimumWidth = 1024;
    static constexpr int MinimumHeight = 700;
    static constexpr int MinLogCapacity = 1000;
    static constexpr int MaxLogCapacity = 10000000;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QActionGroup *m_displayGroup;
    QActionGroup *m_encodingGroup;
    QActionGroup *m_languageGroup;
    ElidedLabel *m_statusLabel;
    QLabel *m_countersLabel;
    QTimer *m_statusTimer;
    int m_logCapacity = 0;
};
