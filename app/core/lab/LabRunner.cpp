#include "LabRunner.h"

#include <QDateTime>

#include "Endpoint.h"
#include "LabConnection.h"
#include "LabListener.h"
#include "LabStepText.h"
#include "TextCodec.h"

namespace {

// A check's exchange is kept for the traffic view within these bounds (a flood must not fill
// the memory through the record of it).
constexpr qint64 MaxRecordedBytes = 1024 * 1024;
constexpr int MaxRecordedEvents = 4000;

} // namespace

LabRunner::LabRunner(const LabDefinition &lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
{
    qRegisterMetaType<LabCheckResult>();
    qRegisterMetaType<LabReport>();
    qRegisterMetaType<TrafficEvent>();
    for (QTimer *timer : {&m_stepTimer, &m_quietTimer, &m_pauseTimer})
        timer->setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &LabRunner::onStepTimeout);
    connect(&m_quietTimer, &QTimer::timeout, this, [this] {
        m_quiet = true;
        evaluate(false);
    });
    connect(&m_pauseTimer, &QTimer::timeout, this, &LabRunner::onPause);
    m_report.labId = lab.id;
    m_report.labTitle = lab.title;
    for (const LabCheck &check : lab.checks) {
        LabCheckResult result;
        result.id = check.id;
        result.title = check.title;
        result.required = check.required;
        m_report.checks.append(result);
    }
}

const LabDefinition &LabRunner::lab() const { return m_lab; }
bool LabRunner::isRunning() const { return m_running; }
const LabReport &LabRunner::report() const { return m_report; }

void LabRunner::setTarget(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
}

void LabRunner::setListen(const QHostAddress &address, quint16 port)
{
    m_listenAddress = address;
    m_listenPort = port;
}

void LabRunner::setClientWaitMs(int ms) { m_clientWaitMs = ms > 0 ? ms : 60000; }
void LabRunner::setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = qMax(0, ms); }
void LabRunner::setParameters(const QMap<QString, QString> &values) { m_parameters = values; }
void LabRunner::setName(const QString &name) { m_name = name; }

template<typename F> void LabRunner::later(F step)
{
    QTimer::singleShot(0, this, [this, generation = m_generation, step] {
        if (m_running && generation == m_generation)
            step();
    });
}

void LabRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_runClock.start();
    m_lastFailedTitle.clear();
    m_check = -1;
    m_report.name = m_name;
    m_report.startedAt = QDateTime::currentDateTime();
    m_report.elapsedMs = 0;
    for (int i = 0; i < m_report.checks.size(); ++i) {
        LabCheckResult fresh;
        fresh.id = m_report.checks.at(i).id;
        fresh.title = m_report.checks.at(i).title;
        fresh.required = m_report.checks.at(i).required;
        m_report.checks[i] = fresh;
    }

    if (m_lab.role == LabDefinition::Role::Client) {
        bool tcp = false;
        bool udp = false;
        for (const LabCheck &check : std::as_const(m_lab.checks))
            for (const LabStep &step : check.steps)
                if (step.kind == LabStep::Kind::Accept)
                    (step.protocol == LabStep::Protocol::Udp ? udp : tcp) = true;
        if (!tcp && !udp)
            tcp = true;
        const quint16 port = m_listenPort != 0 ? m_listenPort : m_lab.defaultPort;
        m_listener = new LabListener(this);
        connect(m_listener, &LabListener::clientArrived, this, &LabRunner::onClientArrived);
        QString reason;
        if (!m_listener->listen(m_listenAddress, port, tcp, udp, &reason)) {
            m_report.target = Endpoint::format(m_listenAddress, port);
            emit listenFailed(reason);
            notRunFrom(0, reason);
            return;
        }
        m_report.target = tr("listening on %1").arg(Endpoint::format(m_listenAddress, m_listener->port()));
        emit listening(m_listener->port());
    } else {
        m_report.target = Endpoint::format(m_host, m_port);
    }
    later([this] { startCheck(0); });
}

void LabRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    stopStep();
    closeConnections();
    const QString reason = tr("The run was stopped before this check finished.");
    for (int i = 0; i < m_report.checks.size(); ++i) {
        LabCheckResult &result = m_report.checks[i];
        if (result.isFinished())
            continue;
        result.outcome = LabCheckResult::Outcome::NotRun;
        result.reason = reason;
        if (i == m_check)
            result.elapsedMs = m_checkClock.elapsed();
        emit checkFinished(i, result);
    }
    finishRun();
}

void LabRunner::finishRun()
{
    m_running = false;
    ++m_generation;
    stopStep();
    closeConnections();
    if (m_listener) {
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_report.elapsedMs = m_runClock.elapsed();
    emit finished(m_report);
}

void LabRunner::notRunFrom(int index, const QString &reason)
{
    for (int i = index; i < m_report.checks.size(); ++i) {
        LabCheckResult &result = m_report.checks[i];
        result.outcome = LabCheckResult::Outcome::NotRun;
        result.reason = reason;
        if (i == m_check)
            result.elapsedMs = m_checkClock.elapsed();
        emit checkFinished(i, result);
    }
    finishRun();
}

const LabStep &LabRunner::currentStep() const
{
    return m_lab.checks.at(m_check).steps.at(m_step);
}

LabCheckResult &LabRunner::currentResult()
{
    return m_report.checks[m_check];
}

int LabRunner::timeoutFor(const LabStep &step) const
{
    if (step.timeoutMs > 0)
        return step.timeoutMs;
    if (step.kind == LabStep::Kind::Accept)
        return m_clientWaitMs;
    return m_defaultTimeoutMs > 0 ? m_defaultTimeoutMs : (m_lab.defaultTimeoutMs > 0 ? m_lab.defaultTimeoutMs : 3000);
}

void LabRunner::startCheck(int index)
{
    if (index >= m_lab.checks.size()) {
        finishRun();
        return;
    }
    m_check = index;
    m_step = 0;
    m_connectsInCheck = 0;
    m_recordedBytes = 0;
    m_recordedEvents = 0;
    m_recordingStopped = false;
    m_variables = LabVariables();
    for (const LabParameter &p : std::as_const(m_lab.parameters))
        m_variables.set(p.name, m_parameters.value(p.name, p.defaultValue));
    LabCheckResult &result = currentResult();
    result.outcome = LabCheckResult::Outcome::Running;
    m_checkClock.start();
    emit checkStarted(index);
    runStep();
}

void LabRunner::runStep()
{
    const LabCheck &check = m_lab.checks.at(m_check);
    if (m_step >= check.steps.size()) {
        finishCheck(LabCheckResult::Outcome::Passed);
        return;
    }
    const LabStep &step = currentStep();
    switch (step.kind) {
    case LabStep::Kind::Connect:
        doConnect(step);
        return;
    case LabStep::Kind::Accept:
        doAccept(step);
        return;
    case LabStep::Kind::Send:
        doSend(step);
        return;
    case LabStep::Kind::Expect:
        doExpect(step);
        return;
    case LabStep::Kind::Shutdown:
        if (LabConnection *c = openConnection(step)) {
            QString reason;
            if (c->shutdownWrite(&reason))
                stepDone();
            else
                failStep(reason);
        }
        return;
    case LabStep::Kind::Close:
        if (LabConnection *c = openConnection(step)) {
            c->close();
            stepDone();
        }
        return;
    case LabStep::Kind::Wait:
        m_pauseTimer.start(qMax(0, step.pauseMs));
        return;
    }
}

void LabRunner::stepDone()
{
    stopStep();
    ++m_step;
    later([this] { runStep(); });
}

void LabRunner::stopStep()
{
    m_stepTimer.stop();
    m_quietTimer.stop();
    m_pauseTimer.stop();
    m_active = nullptr;
    m_expectation.reset();
    m_quiet = false;
    m_pieces.clear();
}

void LabRunner::closeConnections()
{
    for (LabConnection *c : std::as_const(m_connections)) {
        disconnect(c, nullptr, this, nullptr);
        c->release();
    }
    m_connections.clear();
}

LabConnection *LabRunner::newConnection(const LabStep &step)
{
    if (LabConnection *old = m_connections.take(step.connection)) {
        disconnect(old, nullptr, this, nullptr);
        old->abort();
        old->deleteLater();
    }
    auto *c = new LabConnection(step.connection, step.protocol, this);
    m_connections.insert(step.connection, c);
    connect(c, &LabConnection::traffic, this, &LabRunner::record);
    connect(c, &LabConnection::connected, this, [this, c] {
        if (m_active == c && currentStep().kind == LabStep::Kind::Connect)
            stepDone();
    });
    connect(c, &LabConnection::connectFailed, this,
            [this, c](QAbstractSocket::SocketError error, const QString &reason) { onConnectFailed(c, error, reason); });
    const auto changed = [this, c] {
        if (m_active != c || !m_expectation)
            return;
        m_quiet = false;
        m_quietTimer.start(qMax(0, currentStep().quietMs));
        evaluate(false);
    };
    connect(c, &LabConnection::dataArrived, this, changed);
    connect(c, &LabConnection::peerClosed, this, [this, c] {
        if (m_active == c && m_expectation)
            evaluate(false);
    });
    return c;
}

LabConnection *LabRunner::openConnection(const LabStep &step)
{
    LabConnection *c = m_connections.value(step.connection);
    if (!c)
        failStep(tr("Connection %1 was not opened in this check (a connect or accept step must come first).")
                     .arg(step.connection));
    return c;
}

void LabRunner::doConnect(const LabStep &step)
{
    ++m_connectsInCheck;
    LabConnection *c = newConnection(step);
    m_active = c;
    m_stepTimer.start(timeoutFor(step));
    c->connectTo(m_host, m_port);
}

void LabRunner::onConnectFailed(LabConnection *connection, QAbstractSocket::SocketError error, const QString &reason)
{
    if (m_active != connection || currentStep().kind != LabStep::Kind::Connect)
        return;
    if (error == QAbstractSocket::ConnectionRefusedError && m_connectsInCheck == 1 && !m_lastFailedTitle.isEmpty()) {
        // Don't keep hammering a server that an earlier check brought down.
        LabCheckResult &result = currentResult();
        result.failedStep = m_step;
        result.step = LabStepText::describe(currentStep(), m_variables, m_lab.role);
        stopStep();
        closeConnections();
        notRunFrom(m_check, tr("The server stopped accepting connections after check “%1” failed.").arg(m_lastFailedTitle));
        return;
    }
    failStep(reason);
}

void LabRunner::doAccept(const LabStep &step)
{
    LabConnection *c = newConnection(step);
    if (m_listener && m_listener->adoptNext(c)) {
        stepDone();
        return;
    }
    m_active = c;
    m_stepTimer.start(timeoutFor(step));
    emit waitingForClient(m_check);
}

void LabRunner::onClientArrived()
{
    if (!m_running || !m_active || m_check < 0 || currentStep().kind != LabStep::Kind::Accept)
        return;
    if (m_listener->adoptNext(m_active))
        stepDone();
}

void LabRunner::doSend(const LabStep &step)
{
    LabConnection *c = openConnection(step);
    if (!c)
        return;
    const QByteArray bytes = m_variables.payload(step);
    c->setLastSent(bytes);
    qsizetype at = 0;
    for (int size : step.pieces) {
        if (at >= bytes.size())
            break;
        m_pieces.append(bytes.mid(at, qMax(0, size)));
        at += qMax(0, size);
    }
    if (at < bytes.size() || m_pieces.isEmpty())
        m_pieces.append(bytes.mid(at));
    m_active = c;
    sendNextPiece();
}

void LabRunner::sendNextPiece()
{
    LabConnection *c = m_active;
    const QByteArray piece = m_pieces.takeFirst();
    QString reason;
    if (!c->send(piece, &reason)) {
        // A peer that answered the first piece and closed (a server reading the request with
        // one recv()) is judged by what it answered, in the next step, not by the unsent rest.
        if (c->isPeerClosed() && !c->buffer().isEmpty()) {
            m_pieces.clear();
            record(TrafficEvent::state(c->name(), tr("The rest was not sent: the peer had answered and closed the connection.")));
            stepDone();
            return;
        }
        failStep(reason);
        return;
    }
    if (m_pieces.isEmpty())
        stepDone();
    else
        m_pauseTimer.start(qMax(0, currentStep().pauseMs));
}

void LabRunner::onPause()
{
    if (currentStep().kind == LabStep::Kind::Send)
        sendNextPiece();
    else
        stepDone();
}

void LabRunner::doExpect(const LabStep &step)
{
    LabConnection *c = openConnection(step);
    if (!c)
        return;
    QByteArray expected;
    qint64 count = 0;
    switch (step.match) {
    case LabStep::Match::Exact:
    case LabStep::Match::Prefix:
        expected = m_variables.payload(step);
        break;
    case LabStep::Match::Upper:
        expected = TextCodec::asciiUpper(c->lastSent());
        break;
    case LabStep::Match::Echo:
        expected = c->lastSent();
        break;
    case LabStep::Match::Count: {
        const QString text = m_variables.expand(step.count).trimmed();
        bool ok = false;
        count = text.toLongLong(&ok);
        if (!ok || count < 0) {
            failStep(tr("“%1” is not a number of bytes.").arg(text));
            return;
        }
        break;
    }
    default:
        break;
    }
    const bool silence = step.match == LabStep::Match::Silence;
    const int timeout = silence ? qMax(0, step.silenceMs) : timeoutFor(step);
    m_active = c;
    m_expectation.emplace(step, expected, count, timeout);
    m_quiet = false;
    m_stepTimer.start(timeout);
    if (!c->buffer().isEmpty())
        m_quietTimer.start(int(qMax<qint64>(0, step.quietMs - qMax<qint64>(0, c->msSinceLastData()))));
    evaluate(false);
}

void LabRunner::evaluate(bool timeUp)
{
    if (!m_expectation || !m_active)
        return;
    LabConnection *c = m_active;
    LabExpectation::Stream stream;
    stream.buffer = c->buffer();
    stream.chunkEnds = c->chunkEnds();
    stream.closed = c->isPeerClosed();
    stream.quiet = m_quiet;
    stream.timeUp = timeUp;
    stream.overflow = c->overflowed();
    const LabExpectation::Outcome outcome = m_expectation->evaluate(stream);
    switch (outcome.verdict) {
    case LabExpectation::Verdict::Pending:
        if (timeUp)
            failStep(tr("What was expected did not arrive within %1.").arg(LabStepText::duration(m_stepTimer.interval())),
                     m_expectation->expectedBytes(), m_expectation->expectedText(), c->buffer(),
                     c->buffer().size() + c->dropped());
        return;
    case LabExpectation::Verdict::Matched:
        c->consume(outcome.consumed);
        for (auto it = outcome.captures.cbegin(); it != outcome.captures.cend(); ++it)
            m_variables.set(it.key(), it.value());
        stepDone();
        return;
    case LabExpectation::Verdict::Failed: {
        // A UDP socket told "port unreachable" says so better than "closed".
        const QString reason = c->protocol() == LabStep::Protocol::Udp && c->isPeerClosed() && !c->errorText().isEmpty()
            ? c->errorText() : outcome.reason;
        failStep(reason, m_expectation->expectedBytes(), m_expectation->expectedText(), c->buffer(),
                 c->buffer().size() + c->dropped());
        return;
    }
    }
}

void LabRunner::onStepTimeout()
{
    if (!m_running || m_check < 0)
        return;
    const LabStep &step = currentStep();
    switch (step.kind) {
    case LabStep::Kind::Connect:
        failStep(tr("The server %1 did not answer within %2.")
                     .arg(Endpoint::format(m_host, m_port), LabStepText::duration(m_stepTimer.interval())));
        return;
    case LabStep::Kind::Accept:
        failStep(step.protocol == LabStep::Protocol::Udp
                     ? tr("No datagram from a new client arrived within %1.").arg(LabStepText::duration(m_stepTimer.interval()))
                     : tr("No client connected within %1.").arg(LabStepText::duration(m_stepTimer.interval())));
        return;
    case LabStep::Kind::Expect:
        evaluate(true);
        return;
    default:
        return;
    }
}

void LabRunner::failStep(const QString &reason, const QByteArray &expected, const QString &expectedText,
                         const QByteArray &received, qint64 receivedSize)
{
    const LabCheck &check = m_lab.checks.at(m_check);
    const LabStep &step = currentStep();
    LabCheckResult &result = currentResult();
    result.failedStep = m_step;
    result.step = LabStepText::describe(step, m_variables, m_lab.role);
    result.expected = expected;
    result.expectedText = expectedText;
    result.received = received.left(TrafficEvent::MaxStoredBytes);
    result.receivedSize = receivedSize;
    result.reason = reason;

    // Filled in each language of the explanation: the bytes are quoted, and "nothing" is a word.
    const LabConnection *c = m_connections.value(step.connection);
    const QByteArray sent = c ? c->lastSent() : QByteArray();
    const QString timeout = QString::number(step.kind == LabStep::Kind::Expect && step.match == LabStep::Match::Silence
                                                ? step.silenceMs : timeoutFor(step));
    const LocalizedText &explain = step.explain.isEmpty() ? check.explain : step.explain;
    result.explanation = LocalizedText();
    for (auto it = explain.byLanguage.cbegin(); it != explain.byLanguage.cend(); ++it) {
        LabVariables placeholders = m_variables;
        placeholders.set(QStringLiteral("expected"),
                         expected.isEmpty() ? expectedText : LabVariables::quoted(expected, it.key()));
        placeholders.set(QStringLiteral("received"), LabVariables::quoted(received, it.key()));
        placeholders.set(QStringLiteral("sent"), LabVariables::quoted(sent, it.key()));
        placeholders.set(QStringLiteral("timeout"), timeout);
        placeholders.set(QStringLiteral("step"), result.step);
        result.explanation.byLanguage.insert(it.key(), placeholders.expand(it.value()));
    }
    finishCheck(LabCheckResult::Outcome::Failed);
}

void LabRunner::finishCheck(LabCheckResult::Outcome outcome)
{
    stopStep();
    closeConnections();
    LabCheckResult &result = currentResult();
    result.outcome = outcome;
    result.elapsedMs = m_checkClock.elapsed();
    if (outcome == LabCheckResult::Outcome::Failed)
        m_lastFailedTitle = m_lab.checks.at(m_check).title.text();
    const int index = m_check;
    emit checkFinished(index, result);
    later([this, index] { startCheck(index + 1); });
}

void LabRunner::record(const TrafficEvent &event)
{
    if (m_check < 0 || !m_running || m_recordingStopped)
        return;
    if (m_recordedEvents >= MaxRecordedEvents || m_recordedBytes + event.bytes.size() > MaxRecordedBytes) {
        m_recordingStopped = true;
        currentResult().exchange.append(TrafficEvent::state(
            QString(), tr("SocketLab stopped recording this check's traffic here: there was too much of it.")));
        return;
    }
    ++m_recordedEvents;
    m_recordedBytes += event.bytes.size();
    currentResult().exchange.append(event);
}
