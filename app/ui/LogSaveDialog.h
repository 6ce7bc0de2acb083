#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

#include "LogFormat.h"

class QWidget;

// The "save a log" flow shared by the traffic views' Save button and the main window's File menu:
// ask for a file name (suggesting <Documents>/<baseName>-<date-time>.txt, .csv or .jsonl), save with
// `save`, and explain a failure in a message box. Cancelling the dialog saves nothing.
class LogSaveDialog
{
    Q_DECLARE_TR_FUNCTIONS(LogSaveDialog)

public:
    using SaveFunction = std::function<bool(const QString &path, LogFormat format, QString *error)>;

    static void run(QWidget *parent, LogFormat format, const QString &baseName, const SaveFunction &save);
};
