#include "LogSaveDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

void LogSaveDialog::run(QWidget *parent, LogFormat format, const QString &baseName, const SaveFunction &save)
{
    QString suffix = QStringLiteral("txt");
    QString title = tr("Save the log as text");
    QString filter = tr("Text files (*.txt *.log);;All files (*)");
    if (format == LogFormat::Csv) {
        suffix = QStringLiteral("csv");
        title = tr("Save the log as CSV");
        filter = tr("CSV files (*.csv);;All files (*)");
    } else if (format == LogFormat::Events) {
        suffix = QStringLiteral("jsonl");
        title = tr("Save the log as events (JSON Lines)");
        filter = tr("Events files (*.jsonl);;All files (*)");
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(baseName, stamp, suffix));
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!save(path, format, &error))
        QMessageBox::warning(parent, tr("Could not save"), error);
}
