#include "LogSaveDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

void LogSaveDialog::run(QWidget *parent, LogFormat format, const QString &baseName, const SaveFunction &save)
{
    const bool csv = format == LogFormat::Csv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(baseName, stamp, csv ? QStringLiteral("csv") : QStringLiteral("txt")));
    const QString path = QFileDialog::getSaveFileName(
        parent, csv ? tr("Save the log as CSV") : tr("Save the log as text"), suggested,
        csv ? tr("CSV files (*.csv);;All files (*)") : tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!save(path, format, &error))
        QMessageBox::warning(parent, tr("Could not save"), error);
}
