#pragma once

#include <QWidget>

class TrafficView;

// One side of a RoleTab (the TCP tab, the file tab): a server panel or a client panel. What the
// tab needs from each side to name it, show it, sum it up in the status bar and count its bytes.
class RolePanel : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The radio button that shows this side: "&Server (listen for clients)".
    virtual QString roleText() const = 0;
    // The traffic view the View menu acts on while this side is shown; null when it has none.
    virtual TrafficView *trafficView() const;
    // "TCP server on 127.0.0.1:1246: 2 clients" — empty when idle.
    virtual QString statusSummary() const = 0;
    virtual qint64 bytesReceived() const = 0;
    virtual qint64 bytesSent() const = 0;

signals:
    void statusChanged();
};
