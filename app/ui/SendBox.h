#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include "Checksum.h"
#include "QuickSendItem.h"
#include "TextCodec.h"

namespace Ui { class SendBox; }
class QTimer;
class QuickSendList;
class QuickSendPanel;

// The send box shared by the TCP and UDP tabs (forms/SendBox.ui): a multi-line editor; Text or
// Hex input; line ending None / LF / CRLF appended (default None, because the seed servers compare
// whole recv() chunks); encoding for text (UTF-8 / GBK / Latin-1); Send button and Ctrl+Enter;
// a history of sent messages (combo, most recent first, persisted); timed repeat send (interval
// in ms and count, with Stop); "Send file…" that asks for a file and emits its path; a checksum
// appended after the line ending (Checksum), with a preview of the bytes it adds; beside the
// editor, the quick-send list (QuickSendPanel), whose messages go out through sendRequested too.
// Invalid hex is refused with the reason shown under the editor (nothing is sent). Switching
// between Text and Hex converts what is typed ("abc" <-> "61 62 63" in the chosen encoding), or
// refuses the switch with the reason when that would lose a byte; Ctrl+Z right after undoes it.
class SendBox final : public QWidget
{
    Q_OBJECT

public:
    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    using LineEnding = QuickSendItem::LineEnding;

    void setSendEnabled(bool enabled);        // e.g. only while connected / bound
    void setText(const QString &text);
    QString text() const;
    // The bytes the current input would send (message, line ending, checksum), or nullopt +
    // reason (invalid hex, a character the encoding cannot hold).
    std::optional<QByteArray> payload(QString *error = nullptr) const;
    // The checksum appended after the line ending, computed over the message and line ending.
    Checksum::Algorithm checksum() const;
    void setChecksum(Checksum::Algorithm algorithm);
    void setSettingsKey(const QString &key);  // QSettings group for history and choices
    bool isRepeating() const;
    QStringList history() const;              // sent messages, most recent first
    // The encoding text is sent in (the TCP server and UDP tabs send their reply texts in it too).
    TextCodec::Encoding encoding() const;
    void setEncoding(TextCodec::Encoding encoding);
    // The editor's message with the choices under it, as a quick-send item (without a name).
    QuickSendItem currentItem() const;
    // The quick-send list beside the editor (for auto-sends and servers' replies).
    QuickSendList *quickSendList() const;
    QuickSendPanel *quickSendPanel() const;
    // Adds a row of controls under the send box's own (the TCP client's auto-send).
    void addRow(QWidget *row);

    static constexpr int MaxHistory = 50;

public slots:
    void send();                               // once (what the button and Ctrl+Enter do)
    void startRepeat();
    void stopRepeat();

signals:
    void sendRequested(const QByteArray &payload);
    void sendFileRequested(const QString &path);
    void encodingChanged(TextCodec::Encoding encoding);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;   // Ctrl+Enter in the editor

private:
    struct HistoryEntry
    {
        QString text;
        bool hex = false;
    };

    struct FormatSwitch                       // what Ctrl+Z right after a Text/Hex switch restores
    {
        QString text;
        int format = 0;
        QString converted;
    };

    bool isHex() const;
    // The message and its line ending, without the checksum.
    std::optional<QByteArray> message(QString *error = nullptr) const;
    void retranslateChecksumCombo();
    void updateChecksumPreview();              // "Appends 37 4B (CRC-16/MODBUS)"
    // The Text/Hex combo changed: convert the input, or refuse (combo put back) with the reason.
    void switchFormat(int index);
    bool undoSwitch();
    void setFormatWithoutConverting(int index);
    LineEnding lineEnding() const;
    // The payload, or nullopt with the reason shown; an empty payload only gets a hint.
    std::optional<QByteArray> checkedPayload();
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    void repeatTick();
    void updateRepeatUi();
    void addToHistory(const HistoryEntry &entry);
    void rebuildHistoryCombo();
    void restoreHistoryEntry(int index);
    void chooseFile();
    void loadSettings();
    void saveChoices() const;
    void saveHistory() const;

    std::unique_ptr<Ui::SendBox> m_ui;
    QTimer *m_repeatTimer;
    int m_repeatLeft = 0;                     // -1: until stopped
    int m_repeatSent = 0;
    bool m_repeatFinished = false;            // a repeat ran since the last change
    QByteArray m_repeatPayload;
    bool m_sendEnabled = true;
    QList<HistoryEntry> m_history;
    QString m_settingsKey;
    int m_format = 0;                         // 0 text, 1 hex: the format the editor holds
    bool m_restoring = false;
    std::optional<FormatSwitch> m_lastSwitch;
};
