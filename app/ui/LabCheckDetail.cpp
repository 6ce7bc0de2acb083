#include "LabCheckDetail.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "LabOutcomeLook.h"
#include "SplitterMemory.h"
#include "TextCodec.h"
#include "TrafficView.h"

namespace {
// The hex dump shows at most this many bytes (the text shows them all).
constexpr int MaxHexBytes = 1024;
}

LabCheckDetail::LabCheckDetail(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_text(new QTextBrowser(m_splitter))
    , m_traffic(new TrafficView(m_splitter))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_text->setObjectName(QStringLiteral("labCheckText"));
    m_text->setOpenLinks(false);
    m_traffic->setObjectName(QStringLiteral("labExchange"));
    m_traffic->setEmptyHint(EmptyHint::Log::LabExchange);
    connect(m_traffic, &TrafficView::encodingChanged, this, &LabCheckDetail::render);
    render();
}

void LabCheckDetail::setSettingsKey(const QString &key)
{
    SplitterMemory::remember(m_splitter, key + QStringLiteral("/splitter"), {260, 260});
    m_traffic->setSettingsKey(key + QStringLiteral("/exchange"), 4);
}

void LabCheckDetail::showResult(const LabCheckResult &result, const QString &student)
{
    const bool sameExchange = m_result && m_result->id == result.id && m_student == student
                              && m_result->exchange.size() == result.exchange.size();
    m_result = result;
    m_student = student;
    render();
    if (!sameExchange) {
        m_traffic->clear();
        m_traffic->appendEvents(result.exchange);
    }
}

void LabCheckDetail::clear()
{
    m_result.reset();
    m_student.clear();
    m_traffic->clear();
    render();
}

bool LabCheckDetail::hasResult() const
{
    return m_result.has_value();
}

const LabCheckResult &LabCheckDetail::result() const
{
    return *m_result;
}

TrafficView *LabCheckDetail::trafficView() const
{
    return m_traffic;
}

QString LabCheckDetail::text() const
{
    return m_text->toPlainText();
}

QString LabCheckDetail::bytesHtml(const QByteArray &bytes) const
{
    // As the traffic view's detail pane: the text with control characters visible (\r, \n),
    // a line break after each \n, then the hex dump.
    const TextCodec::Encoding encoding = m_traffic->model()->encoding();
    QString text;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        text += TextCodec::decode(bytes.mid(start, end - start), encoding, true);
        if (newline >= 0 && end < bytes.size())
            text += QLatin1Char('\n');
        start = end;
    }
    QString html = QStringLiteral("<pre style=\"margin-left:12px; margin-bottom:0\">%1</pre>").arg(text.toHtmlEscaped());
    QString hex = TextCodec::hexDump(bytes.left(MaxHexBytes));
    if (bytes.size() > MaxHexBytes)
        hex += QLatin1Char('\n') + tr("(the hex dump shows the first %1 bytes)").arg(QLocale().toString(MaxHexBytes));
    html += QStringLiteral("<pre style=\"margin-left:12px; margin-top:4px; color:#555\">%1</pre>").arg(hex.toHtmlEscaped());
    return html;
}

void LabCheckDetail::render()
{
    if (!m_result) {
        m_text->setHtml(QString());
        m_text->setPlaceholderText(tr("Select a check to see what SocketLab sent, what came back and, when it failed, why."));
        return;
    }
    const LabCheckResult &r = *m_result;
    const LabOutcomeLook::State state = LabOutcomeLook::state(r.outcome);
    const auto para = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    const auto heading = [](const QString &text) { return QStringLiteral("<p><b>%1</b></p>").arg(text.toHtmlEscaped()); };

    QString html;
    if (!m_student.isEmpty())
        html += heading(tr("Student: %1").arg(m_student));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("%1 — %2 (%3)")
                                                 .arg(r.title.text(), LabOutcomeLook::text(state), LabOutcomeLook::kind(r.required))
                                                 .toHtmlEscaped());
    switch (r.outcome) {
    case LabCheckResult::Outcome::Pending:
        html += para(tr("This check has not run yet."));
        break;
    case LabCheckResult::Outcome::Running:
        html += para(tr("This check is running."));
        break;
    case LabCheckResult::Outcome::Passed:
        html += para(tr("This check passed in %1 ms.").arg(QLocale().toString(r.elapsedMs)));
        break;
    case LabCheckResult::Outcome::Failed:
    case LabCheckResult::Outcome::NotRun: {
        // What went wrong and its likely cause first: that is what a student reads; the bytes follow.
        const auto indented = [](const QString &text) {
            return QStringLiteral("<p style=\"margin-left:12px\">%1</p>").arg(text.toHtmlEscaped());
        };
        if (!r.reason.isEmpty())
            html += heading(tr("What happened:")) + indented(r.reason);
        if (const QString why = r.explanation.text(); !why.isEmpty())
            html += heading(tr("The likely cause:")) + indented(why);
        if (r.failedStep >= 0 && !r.step.isEmpty())
            html += heading(tr("Step %1: %2").arg(r.failedStep + 1).arg(r.step));
        if (!r.expected.isEmpty()) {
            html += heading(tr("Expected (%n byte(s)):", "", int(r.expected.size())));
            html += bytesHtml(r.expected);
        } else if (!r.expectedText.isEmpty()) {
            html += heading(tr("Expected:")) + indented(r.expectedText);
        }
        if (r.outcome == LabCheckResult::Outcome::Failed) {
            if (r.receivedSize > 0) {
                html += heading(r.receivedSize > r.received.size()
                                    ? tr("Received (%1 bytes, the first %2 shown):")
                                          .arg(QLocale().toString(r.receivedSize), QLocale().toString(r.received.size()))
                                    : tr("Received (%n byte(s)):", "", int(r.receivedSize)));
                html += bytesHtml(r.received);
            } else {
                html += heading(tr("Received: nothing."));
            }
        }
        break;
    }
    }
    m_text->setHtml(html);
}

void LabCheckDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}
