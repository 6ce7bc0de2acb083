#include "SystemTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

SystemTranslator::SystemTranslator()
{
    if (m_app.load(QLocale(), QStringLiteral("socketlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || m_app.load(QStringLiteral(":/i18n/socketlab_en.qm")))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

SystemTranslator::~SystemTranslator()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
}

QString SystemTranslator::catalogue() const
{
    return m_appInstalled ? m_app.filePath() : QString();
}
