#pragma once

#include <QString>

// A sentence that cannot be worded again in another language: an engine's reason for a failure,
// worded in the language the window spoke when it happened (it may hold the system's own
// message or the name of a program). Kept with that language, so that a panel shows it only
// while the window speaks it, and words a stand-in of its own after a language switch.
class WordedReason
{
public:
    void set(const QString &text);   // worded in the current language
    void clear();
    bool isEmpty() const;
    // The sentence while the window speaks the language it was worded in; empty otherwise.
    QString current() const;

private:
    QString m_text;
    QString m_language;
};
