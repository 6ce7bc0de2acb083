#pragma once

#include "RoleTabOf.h"
#include "TcpClientPanel.h"
#include "TcpServerPanel.h"

// The TCP tab: a server panel and a client panel (both may run at once), switched with the
// Role radio buttons. Handles `--open tcp-server …` and `--open tcp-client …`.
class TcpTab final : public RoleTabOf<TcpServerPanel, TcpClientPanel>
{
    Q_OBJECT

public:
    explicit TcpTab(QWidget *parent = nullptr);

    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;
};
