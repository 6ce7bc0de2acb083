#pragma once

#include <memory>

#include "ToolTab.h"

namespace Ui { class RoleTab; }
class RolePanel;

// A tab with a server side and a client side, switched with the Role radio buttons (both may run
// at once): the TCP tab and the file tab. Shows the role chosen last (kept in the settings),
// sums both sides up in the status bar, adds up their bytes, and the View menu acts on the
// shown side's traffic view. A subclass gives its words, its two panels (which name their role)
// and its --open handling.
class RoleTab : public ToolTab
{
    Q_OBJECT

public:
    // The tab's words, as source texts (QT_TRANSLATE_NOOP) in the subclass's context.
    struct Words
    {
        const char *context;
        const char *title;   // the tab's title
        const char *hint;    // beside the radio buttons
    };

    ~RoleTab() override;

    RolePanel *serverSide() const;
    RolePanel *clientSide() const;
    bool isServerShown() const;
    void showServer();
    void showClient();

    TrafficView *currentTrafficView() const override;
    QStringList statusSummaries() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;
    QStringList openCommands() const override;

protected:
    // `settingsGroup` keeps the role shown last (as "<group>/role"); `openCommands` are the
    // commands the subclass's openCommand() handles.
    RoleTab(const Words &words, const QString &settingsGroup, const QStringList &openCommands, QWidget *parent);
    // The two sides, made by the subclass (with this tab as parent); shows the remembered role.
    void setSides(RolePanel *server, RolePanel *client);
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::RoleTab> m_ui;
    Words m_words;
    QString m_settingsGroup;
    QStringList m_openCommands;
    RolePanel *m_server = nullptr;
    RolePanel *m_client = nullptr;
};
