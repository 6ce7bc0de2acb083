#pragma once

#include <QMap>
#include <QString>

// A text a lab file gives in several languages ({"en": "...", "zh_CN": "..."}). Lab texts are
// not in the .ts catalogue (teachers write them), so the language is picked when shown.
struct LocalizedText
{
    QMap<QString, QString> byLanguage;   // "en", "zh_CN"

    // The text in `language`, else in English, else any; empty when there is none.
    QString in(const QString &language) const;
    // in(currentLanguage()).
    QString text() const;
    bool isEmpty() const;
    // Every language's text with `replace` applied (placeholders filled the same way in each).
    template<typename F> LocalizedText mapped(F replace) const
    {
        LocalizedText out;
        for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
            out.byLanguage.insert(it.key(), replace(it.value()));
        return out;
    }
    static LocalizedText english(const QString &text);

    // The language SocketLab speaks now ("en" or "zh_CN"): the installed catalogue's own
    // translation of the language code, so it follows the window's language switch.
    static QString currentLanguage();
};
