#pragma once

#include <QDialog>

#include "QuickSendItem.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits one quick-send message: its name, the message (text or hex), line ending,
// encoding and checksum, with the bytes it will send shown live. OK is only possible for a
// message that can be sent; otherwise the reason is shown (invalid hex, a character the encoding
// cannot hold, nothing to send). Switching between Text and Hex converts what is typed, as the
// send box does, or refuses with the reason when a byte would be lost.
class QuickSendItemDialog final : public QDialog
{
    Q_OBJECT

public:
    QuickSendItemDialog(const QuickSendItem &item, bool adding, QWidget *parent = nullptr);

    QuickSendItem item() const;

private:
    void switchFormat(int index);
    void updatePreview();

    QLineEdit *m_name;
    QPlainTextEdit *m_message;
    QComboBox *m_format;
    QComboBox *m_eol;
    QComboBox *m_encoding;
    QComboBox *m_checksum;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    int m_shownFormat = 0;   // 0 text, 1 hex: the format the message box holds
};
