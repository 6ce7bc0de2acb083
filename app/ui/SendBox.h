#pragma once

#include <QWidget>

#include <memory>

#include "TextCodec.h"

namespace Ui { class SendBox; }
class QTimer;

// The send box shared by the TCP and UDP tabs (forms/SendBox.ui): a multi-line editor; Text or
// Hex input; line ending None / LF / CRLF appended (default None, because the seed servers compare
// whole recv() chunks); encoding for text (UTF-8 / GBK / Latin-1); Send button and Ctrl+Enter;
// a history of sent messages (combo, most recent first, persisted); timed repeat send (interval
// in ms and count, with Stop); "Send file…" that asks for a file and emits its path.
// Invalid hex is refused with the reason shown under the editor (nothing is sent).
class SendBox final : public QWidget
{
    Q_OBJECT

public:
    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    enum class LineEnding { None, Lf, CrLf };

    void setSendEnabled(bool enabled);        // e.g. only while connected / bound
    void setText(const QString &text);
    QString text() const;
    // The bytes the current input would send, or nullopt + reason (invalid hex).
    std::optional<QByteArray> payload(QString *error = nullptr) const;
    void setSettingsKey(const QString &key);  // QSettings group for history and choices
    bool isRepeating() const;

public slots:
    void send();                               // once (what the button and Ctrl+Enter do)
    void startRepeat();
    void stopRepeat();

signals:
    void sendRequested(const QByteArray &payload);
    void sendFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SendBox> m_ui;
    QTimer *m_repeatTimer;
    int m_repeatLeft = 0;
    QString m_settingsKey;
};
