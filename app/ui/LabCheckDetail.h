#pragma once

#include <QWidget>

#include <optional>

#include "LabCheckResult.h"

class QSplitter;
class QTextBrowser;
class TrafficView;

// The Lab tab's detail for the selected check: its result in words (which step failed, what was
// expected and what arrived, both as text with line endings visible and as hex, like the traffic
// view shows bytes; SocketLab's reason and the lab's explanation of the likely cause), and above
// all the check's whole exchange in a traffic view. Shown again in the current language and in
// the traffic view's encoding when either changes.
class LabCheckDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit LabCheckDetail(QWidget *parent = nullptr);

    // `student` is the name in class mode (shown as a heading), empty otherwise.
    void showResult(const LabCheckResult &result, const QString &student = QString());
    void clear();
    bool hasResult() const;
    const LabCheckResult &result() const;

    TrafficView *trafficView() const;
    QString text() const;                 // the result in words, as plain text
    // Where the text/exchange splitter is remembered ("lab/program/detail").
    void setSettingsKey(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString bytesHtml(const QByteArray &bytes) const;

    QSplitter *m_splitter;
    QTextBrowser *m_text;
    TrafficView *m_traffic;
    std::optional<LabCheckResult> m_result;
    QString m_student;
};
