#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::availableCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::displayName(const QString &code)
{
    // Language names are shown in their own language, so anyone can find theirs.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QCoreApplication::translate("LanguageManager", "System language");
}

QString LanguageManager::code() const
{
    return m_code;
}

QString LanguageManager::effectiveCode() const
{
    return m_effective;
}

QString LanguageManager::resolve(const QString &code) const
{
    if (!code.isEmpty())
        return code;
    const QStringList ui = QLocale().uiLanguages();
    for (const QString &lang : ui) {
        if (lang.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (lang.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

void LanguageManager::applySaved()
{
    setLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
}

void LanguageManager::setLanguage(const QString &code)
{
    m_code = code;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    const QString effective = resolve(code);

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::make_unique<QTranslator>();
    m_qtTranslator = std::make_unique<QTranslator>();

    if (m_appTranslator->load(QStringLiteral(":/i18n/socketlab_%1.qm").arg(effective)))
        QCoreApplication::installTranslator(m_appTranslator.get());
    if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(effective),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QLocale::setDefault(QLocale(effective));

    const bool changed = effective != m_effective;
    m_effective = effective;
    if (changed)
        emit languageChanged(effective);
}
