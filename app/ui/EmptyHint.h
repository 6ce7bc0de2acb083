#pragma once

#include <QAbstractItemModel>
#include <QLabel>
#include <QPointer>

#include "QuickStartDialog.h"

class QAbstractItemView;

// The text an empty log shows in its middle: what will appear there, and a link "Start a server,
// then connect a client from here or from a script" that opens the tab's quick start. It lies over
// the view's viewport (not inside it, so scrolling never moves it) and hides as soon as the view's
// model has a row.
class EmptyHint final : public QLabel
{
    Q_OBJECT

public:
    enum class Log { TcpServer, TcpClients, TcpClient, Udp, FileServer, ServerTransfers, ClientTransfers, WebRequests,
                     LabChecks, LabClass, LabExchange };

    // Attaches a hint to `view` (whose model is set, or set later). The view owns it.
    static EmptyHint *attach(QAbstractItemView *view, Log log);

    Log log() const;
    QuickStartDialog::Page quickStartPage() const;
    // The Lab tab's logs have no quick start: their hint says what to do instead.
    bool hasQuickStart() const;
    QString description() const;        // "Messages sent and received will appear here…"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    EmptyHint(QAbstractItemView *view, Log log);
    void retranslate();
    void watchModel();
    void updateVisibility();
    void placeOverViewport();

    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
    Log m_log;
    QString m_fullText;      // what will appear here, and the quick-start link
    QString m_shortText;     // only what will appear here, for a view too low for both
};
