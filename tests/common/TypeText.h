#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace TestTyping {

// Types text into a widget key by key. QTest::keyClicks only maps ASCII to keys (it asserts on
// anything else), so other characters arrive as key events that carry the text, as an input
// method would deliver them.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

} // namespace TestTyping
