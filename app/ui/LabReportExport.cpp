#include "LabReportExport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

#include "LabReportWriter.h"

namespace {
const QString FolderKey = QStringLiteral("lab/exportFolder");
}

QByteArray LabReportExport::bytes(const QList<LabReport> &reports, Format format)
{
    switch (format) {
    case Format::Text: {
        QStringList texts;
        for (const LabReport &r : reports)
            texts.append(LabReportWriter::text(r));
        return texts.join(QLatin1Char('\n')).toUtf8();
    }
    case Format::Json:
        return reports.size() == 1 ? LabReportWriter::json(reports.first()) : LabReportWriter::json(reports);
    case Format::JUnit:
        return LabReportWriter::junit(reports);
    }
    return QByteArray();
}

bool LabReportExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString LabReportExport::actionText(Format format)
{
    switch (format) {
    case Format::Text:
        return tr("Report as &Text…");
    case Format::Json:
        return tr("Report as &JSON…");
    case Format::JUnit:
        return tr("Report as J&Unit XML…");
    }
    return QString();
}

bool LabReportExport::save(QWidget *parent, const QList<LabReport> &reports, Format format, const QString &baseName)
{
    QString name = baseName;
    QString filter;
    switch (format) {
    case Format::Text:
        name += QStringLiteral(".txt");
        filter = tr("Text files (*.txt)");
        break;
    case Format::Json:
        name += QStringLiteral(".json");
        filter = tr("JSON files (*.json)");
        break;
    case Format::JUnit:
        name += QStringLiteral(".xml");
        filter = tr("JUnit XML files (*.xml)");
        break;
    }
    return saveBytes(parent, bytes(reports, format), name, filter);
}

bool LabReportExport::saveBytes(QWidget *parent, const QByteArray &bytes, const QString &fileName, const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(FolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export the report"), QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return false;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    QString error;
    if (!write(path, bytes, &error)) {
        QMessageBox::warning(parent, tr("Export the report"), error);
        return false;
    }
    return true;
}

void LabReportExport::addActions(QMenu *menu, QObject *context, const std::function<void(Format)> &onFormat)
{
    for (Format format : {Format::Text, Format::Json, Format::JUnit}) {
        QAction *action = menu->addAction(actionText(format));
        action->setData(int(format));
        QObject::connect(action, &QAction::triggered, context, [onFormat, format] { onFormat(format); });
    }
}

void LabReportExport::retranslate(QMenu *menu)
{
    for (QAction *action : menu->actions())
        action->setText(actionText(Format(action->data().toInt())));
}
