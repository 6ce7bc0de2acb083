#include "LocalizedText.h"

#include <QCoreApplication>

QString LocalizedText::in(const QString &language) const
{
    if (const auto it = byLanguage.constFind(language); it != byLanguage.cend() && !it->isEmpty())
        return *it;
    // "zh" asks for any Chinese the file has.
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        if (!it->isEmpty() && language.section(QLatin1Char('_'), 0, 0) == it.key().section(QLatin1Char('_'), 0, 0))
            return *it;
    if (const QString en = byLanguage.value(QStringLiteral("en")); !en.isEmpty())
        return en;
    for (const QString &any : byLanguage)
        if (!any.isEmpty())
            return any;
    return {};
}

QString LocalizedText::text() const
{
    return in(currentLanguage());
}

bool LocalizedText::isEmpty() const
{
    for (const QString &t : byLanguage)
        if (!t.isEmpty())
            return false;
    return true;
}

LocalizedText LocalizedText::english(const QString &text)
{
    LocalizedText t;
    t.byLanguage.insert(QStringLiteral("en"), text);
    return t;
}

QString LocalizedText::currentLanguage()
{
    //: The language code of this translation, exactly "en" or "zh_CN": lab files carry their
    //: own texts in several languages and SocketLab picks the one matching this code.
    return QCoreApplication::translate("LocalizedText", "en");
}
