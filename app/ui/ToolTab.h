#pragma once

#include <QStringList>
#include <QWidget>

#include "LogFormat.h"

class TrafficView;

// What the main window needs from every tab: the log the File/View menus save and clear, the
// traffic view the View menu's display settings act on, a one-line summary for the status bar,
// byte counters, and `--open` support.
class ToolTab : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The traffic view the menus act on now (may be null for tabs without one).
    virtual TrafficView *currentTrafficView() const = 0;
    // The log File → Save Log and View → Clear Log act on. By default the current traffic view's;
    // a tab with another kind of log (the web tab's request log) overrides all four.
    virtual bool hasLog() const;
    virtual QString logFileBaseName() const;    // suggested file name without date and extension
    virtual bool saveLog(const QString &path, LogFormat format, QString *error) const;
    virtual void clearLog();
    // "TCP server: listening on 0.0.0.0:1246, 3 clients" — empty when idle.
    virtual QStringList statusSummaries() const = 0;
    virtual qint64 bytesReceived() const = 0;
    virtual qint64 bytesSent() const = 0;
    // Commands this tab handles with `socketlab --open COMMAND …`.
    virtual QStringList openCommands() const = 0;
    // Fill the tab from the command's options and start; false + reason on bad options.
    virtual bool openCommand(const QString &command, const QStringList &arguments, QString *error) = 0;

signals:
    void statusChanged();
};
