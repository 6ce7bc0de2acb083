#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

#include "LabReport.h"

class QMenu;
class QObject;
class QWidget;

// Saving what the Lab tab found: a report as text (for people), JSON (for programs) or JUnit
// XML (for autograders and CI), written by LabReportWriter; in class mode one file holds every
// student's report. The file dialog starts in the folder used last ("lab/exportFolder").
class LabReportExport
{
    Q_DECLARE_TR_FUNCTIONS(LabReportExport)

public:
    enum class Format { Text, Json, JUnit };

    static QByteArray bytes(const QList<LabReport> &reports, Format format);
    // Writes atomically (QSaveFile); false with a translated reason.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // Asks for a file name and saves; a failure is shown in a message box. False when cancelled
    // or failed.
    static bool save(QWidget *parent, const QList<LabReport> &reports, Format format, const QString &baseName);
    // The same for bytes already made (the class table's CSV): `filter` is the dialog's filter.
    static bool saveBytes(QWidget *parent, const QByteArray &bytes, const QString &fileName, const QString &filter);
    // "Report as Text…", "Report as JSON…", "Report as JUnit XML…" into `menu`, each calling
    // `onFormat` with its format.
    static void addActions(QMenu *menu, QObject *context, const std::function<void(Format)> &onFormat);
    static QString actionText(Format format);
    // The texts of a menu addActions() filled, after a language change.
    static void retranslate(QMenu *menu);
};

