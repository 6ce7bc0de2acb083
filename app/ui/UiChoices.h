#pragma once

#include "Framer.h"
#include "ReplyPolicy.h"
#include "TextCodec.h"

class QComboBox;

// The choice lists several tabs share (framing modes, reply modes), filled with translated
// labels and the value as item data, so a language change can refill them in place.
class UiChoices
{
public:
    static void fillFraming(QComboBox *combo);
    static Framer::Mode framing(const QComboBox *combo);
    static void setFraming(QComboBox *combo, Framer::Mode mode);

    static void fillReplyModes(QComboBox *combo);
    static ReplyPolicy::Mode replyMode(const QComboBox *combo);
    static void setReplyMode(QComboBox *combo, ReplyPolicy::Mode mode);
    // The policy a reply-mode combo and its text field stand for; the text sent in `encoding`.
    static ReplyPolicy replyPolicy(const QComboBox *modeCombo, const QString &text, TextCodec::Encoding encoding);
};
