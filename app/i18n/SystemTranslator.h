#pragma once

#include <QString>
#include <QTranslator>

// Installs SocketLab's catalogue for the system language, and Qt's own (QCommandLineParser's
// "Unknown option …"), for as long as it lives; the command line uses it, the window has
// LanguageManager. The catalogues are compiled into this library (socketlab_translations) under
// :/i18n, so a build without the window has them too. A language without a catalogue gets
// English, whose catalogue carries the plural forms: a C locale prints "1 byte", not "1 byte(s)".
// Needs a QCoreApplication.
class SystemTranslator
{
public:
    SystemTranslator();
    ~SystemTranslator();
    SystemTranslator(const SystemTranslator &) = delete;
    SystemTranslator &operator=(const SystemTranslator &) = delete;

    // The catalogue in use (":/i18n/socketlab_zh_CN.qm"); empty when none could be loaded.
    QString catalogue() const;

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
