#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "FileLimit.h"

// Call at the start of initTestCase(): tests never read or write the user's real settings or
// folders, and may open many sockets.
class TestEnvironment
{
public:
    TestEnvironment()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SocketLabTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        FileLimit::raiseToMaximum();
    }

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
