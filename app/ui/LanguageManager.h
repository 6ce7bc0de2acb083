#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

// Which language the window speaks: the system's (default), English or 简体中文, switchable at run
// time from the View menu. Installs SocketLab's catalogue (embedded under :/i18n) and Qt's own
// (standard dialogs, "OK"/"Cancel"); widgets then receive QEvent::LanguageChange and retranslate.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    static LanguageManager &instance();

    // "" = follow the system, "en", "zh_CN".
    static QStringList availableCodes();
    static QString displayName(const QString &code);   // "English", "简体中文", "System (English)"

    QString code() const;               // what was chosen ("" = system)
    QString effectiveCode() const;      // what is in use now ("en" or "zh_CN")
    void applySaved();                  // from QSettings, at start-up
    void setLanguage(const QString &code);

signals:
    void languageChanged(const QString &effectiveCode);

private:
    LanguageManager() = default;
    QString resolve(const QString &code) const;

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_code;
    QString m_effective = QStringLiteral("en");
};
