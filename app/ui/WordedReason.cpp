#include "WordedReason.h"

#include "LanguageManager.h"

void WordedReason::set(const QString &text)
{
    m_text = text;
    m_language = LanguageManager::instance().effectiveCode();
}

void WordedReason::clear()
{
    m_text.clear();
    m_language.clear();
}

bool WordedReason::isEmpty() const
{
    return m_text.isEmpty();
}

QString WordedReason::current() const
{
    return m_language == LanguageManager::instance().effectiveCode() ? m_text : QString();
}
