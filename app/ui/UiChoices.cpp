#include "UiChoices.h"

#include <QComboBox>
#include <QCoreApplication>

namespace {
void refill(QComboBox *combo, const QList<QPair<QString, int>> &items)
{
    const int current = combo->currentIndex() >= 0 ? combo->currentData().toInt() : items.first().second;
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
} // namespace

void UiChoices::fillFraming(QComboBox *combo)
{
    refill(combo, {
        {QCoreApplication::translate("UiChoices", "Raw: each received chunk is a message"), int(Framer::Mode::Raw)},
        {QCoreApplication::translate("UiChoices", "Lines: a message ends with LF or CRLF"), int(Framer::Mode::Lines)},
        {QCoreApplication::translate("UiChoices", "Length-prefixed: 4-byte big-endian length"), int(Framer::Mode::LengthPrefixed)},
    });
}

Framer::Mode UiChoices::framing(const QComboBox *combo)
{
    return Framer::Mode(combo->currentData().toInt());
}

void UiChoices::setFraming(QComboBox *combo, Framer::Mode mode)
{
    combo->setCurrentIndex(qMax(0, combo->findData(int(mode))));
}

void UiChoices::fillReplyModes(QComboBox *combo)
{
    refill(combo, {
        {QCoreApplication::translate("UiChoices", "None"), int(ReplyPolicy::Mode::None)},
        {QCoreApplication::translate("UiChoices", "Echo: send each message back"), int(ReplyPolicy::Mode::Echo)},
        {QCoreApplication::translate("UiChoices", "Upper-case: send it back in capitals"), int(ReplyPolicy::Mode::Upper)},
        // The default text is Chinese (the seed server's answer): the English UI says what it means.
        {QCoreApplication::translate("UiChoices", "Fixed text (default 已送达, “delivered”)"), int(ReplyPolicy::Mode::Text)},
    });
}

ReplyPolicy::Mode UiChoices::replyMode(const QComboBox *combo)
{
    return ReplyPolicy::Mode(combo->currentData().toInt());
}

void UiChoices::setReplyMode(QComboBox *combo, ReplyPolicy::Mode mode)
{
    combo->setCurrentIndex(qMax(0, combo->findData(int(mode))));
}

ReplyPolicy UiChoices::replyPolicy(const QComboBox *modeCombo, const QString &text, TextCodec::Encoding encoding)
{
    ReplyPolicy reply;
    reply.mode = replyMode(modeCombo);
    reply.text = TextCodec::encode(text, encoding);
    return reply;
}
