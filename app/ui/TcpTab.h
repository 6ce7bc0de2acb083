#pragma once

#include <memory>

#include "ToolTab.h"

namespace Ui { class TcpTab; }
class TcpClientPanel;
class TcpServerPanel;

// The TCP tab: a server panel and a client panel (both may run at once), switched with the
// Role radio buttons. Handles `--open tcp-server …` and `--open tcp-client …`.
class TcpTab final : public ToolTab
{
    Q_OBJECT

public:
    explicit TcpTab(QWidget *parent = nullptr);
    ~TcpTab() override;

    TcpServerPanel *serverPanel() const;
    TcpClientPanel *clientPanel() const;
    void showServer();
    void showClient();

    TrafficView *currentTrafficView() const override;
    QStringList statusSummaries() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;
    QStringList openCommands() const override;
    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::TcpTab> m_ui;
};
