#include "ToolTab.h"

#include "TrafficView.h"

bool ToolTab::hasLog() const
{
    return currentTrafficView() != nullptr;
}

QString ToolTab::logFileBaseName() const
{
    return QStringLiteral("traffic");
}

bool ToolTab::saveLog(const QString &path, LogFormat format, QString *error) const
{
    if (TrafficView *view = currentTrafficView())
        return view->model()->save(path, format, error);
    if (error)
        *error = tr("This tab has no log to save.");
    return false;
}

void ToolTab::clearLog()
{
    if (TrafficView *view = currentTrafficView())
        view->clear();
}
