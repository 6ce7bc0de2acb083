#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>

// Writes a saved log all or nothing (QSaveFile: the file appears only when commit() succeeds, so a
// full disk leaves no half-written log). Text logs are UTF-8 lines; CSV logs are RFC 4180 in UTF-8
// with a BOM (spreadsheets then read Chinese text right), every field quoted as needed, and a
// field that a spreadsheet would run as a formula ("=HYPERLINK(…)") made inert with a leading '.
// Once opening or a write fails, further writes do nothing and commit() returns false.
class LogFileWriter
{
public:
    explicit LogFileWriter(const QString &path);   // opens the file

    bool ok() const;                                // nothing has failed so far
    void write(const QByteArray &bytes);            // as they are
    void writeLine(const QByteArray &utf8);         // the line and "\n"
    void writeCsvRow(const QStringList &fields);    // quoted fields and "\r\n"; the first row gets the BOM
    bool commit();
    QString errorString() const;                    // why open, a write or commit failed

    static QString csvField(QString field);

private:
    QSaveFile m_file;
    bool m_ok = false;
    bool m_wroteCsv = false;
};
