// ClassRun over a class of 50 local upper-case servers, a few of them broken (one echoes instead
// of upper-casing, one is not running at all): every report is in the targets' order, with the
// right outcome per check, and the CSV table says the same. Cancelling reports what ran.
#include <QtTest>

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

#include "ClassRun.h"

using namespace Qt::StringLiterals;

namespace {

enum class Peer { Upper, Echo, Down, Silent };

// A student's server: upper-cases (or echoes, or says nothing) whatever arrives.
class StudentServer : public QObject
{
public:
    StudentServer(Peer peer, QObject *parent)
        : QObject(parent)
        , m_peer(peer)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        if (peer == Peer::Down) {
            m_server.close();   // nothing listens on this port any more
            return;
        }
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray bytes = socket->readAll();
                    if (m_peer == Peer::Upper)
                        socket->write(bytes.toUpper());
                    else if (m_peer == Peer::Echo)
                        socket->write(bytes);
                });
            }
        });
    }

    quint16 port() const { return m_port; }

private:
    Peer m_peer;
    QTcpServer m_server;
    quint16 m_port = 0;
};

LabStep step(LabStep::Kind kind)
{
    LabStep s;
    s.kind = kind;
    s.connection = u"a"_s;
    return s;
}

// "connect": connects; "upper": one message answered upper-cased; "again" (a lesson): a second
// message on a new connection.
LabDefinition upperLab()
{
    LabDefinition lab;
    lab.id = u"mini-upper"_s;
    lab.title = LocalizedText::english(u"Mini upper-case server"_s);
    lab.defaultTimeoutMs = 1000;

    LabCheck connectCheck;
    connectCheck.id = u"connect"_s;
    connectCheck.title = LocalizedText::english(u"Accepts a connection"_s);
    connectCheck.steps = {step(LabStep::Kind::Connect), step(LabStep::Kind::Close)};

    LabStep send = step(LabStep::Kind::Send);
    send.text = u"hello"_s;
    LabStep expect = step(LabStep::Kind::Expect);
    expect.match = LabStep::Match::Upper;
    LabCheck upper;
    upper.id = u"upper"_s;
    upper.title = LocalizedText::english(u"Answers in upper case"_s);
    upper.steps = {step(LabStep::Kind::Connect), send, expect, step(LabStep::Kind::Close)};

    LabCheck again = upper;
    again.id = u"again"_s;
    again.title = LocalizedText::english(u"Answers again, as a lesson"_s);
    again.required = false;

    lab.checks = {connectCheck, upper, again};
    return lab;
}

using Outcome = LabCheckResult::Outcome;

} // namespace

class TestClassRun : public QObject
{
    Q_OBJECT

private slots:
    void pendingBeforeTheRun();
    void fiftyServers();
    void cancelReportsWhatRan();
};

void TestClassRun::pendingBeforeTheRun()
{
    const QList<ClassTarget> targets{{u"wang"_s, u"127.0.0.1"_s, 9001, 1}, {u"li, \"lei\""_s, u"127.0.0.1"_s, 9002, 2}};
    ClassRun run(upperLab(), targets);
    QVERIFY(!run.isRunning());
    QCOMPARE(run.targets().size(), 2);
    QCOMPARE(run.reports().size(), 2);
    QCOMPARE(run.reports().at(1).name, u"li, \"lei\""_s);
    QCOMPARE(run.reports().at(1).target, u"127.0.0.1:9002"_s);
    QCOMPARE(run.reports().at(1).checks.size(), 3);
    QCOMPARE(run.reports().at(1).checks.at(2).outcome, Outcome::Pending);
    // RFC 4180: a field with a comma or a quote is quoted, its quotes doubled; CRLF line ends.
    QCOMPARE(run.csv(), QByteArray("name,target,connect,upper,again,passed\r\n"
                                   "wang,127.0.0.1:9001,,,,\r\n"
                                   "\"li, \"\"lei\"\"\",127.0.0.1:9002,,,,\r\n"));
}

void TestClassRun::fiftyServers()
{
    constexpr int Students = 50;
    QList<Peer> peers(Students, Peer::Upper);
    peers[3] = Peer::Echo;
    peers[17] = Peer::Down;
    peers[31] = Peer::Echo;
    peers[49] = Peer::Down;

    QObject owner;
    QList<ClassTarget> targets;
    for (int i = 0; i < Students; ++i) {
        auto *server = new StudentServer(peers.at(i), &owner);
        targets.append(ClassTarget{u"student-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"127.0.0.1"_s, server->port(), i + 1});
    }

    ClassRun run(upperLab(), targets);
    run.setParallel(10);
    QSignalSpy started(&run, &ClassRun::targetStarted);
    QSignalSpy targetFinished(&run, &ClassRun::targetFinished);
    QSignalSpy checkFinished(&run, &ClassRun::checkFinished);
    QSignalSpy finished(&run, &ClassRun::finished);
    run.start();
    QVERIFY(run.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(!run.isRunning());
    QCOMPARE(started.size(), Students);
    QCOMPARE(targetFinished.size(), Students);
    QCOMPARE(checkFinished.size(), Students * 3);

    QCOMPARE(run.reports().size(), Students);
    QStringList expectedCsv{u"name,target,connect,upper,again,passed"_s};
    for (int i = 0; i < Students; ++i) {
        const LabReport &report = run.reports().at(i);
        QCOMPARE(report.name, targets.at(i).name);
        QCOMPARE(report.target, u"127.0.0.1:%1"_s.arg(targets.at(i).port));
        QCOMPARE(report.checks.size(), 3);
        QList<Outcome> expected;
        QString row;
        switch (peers.at(i)) {
        case Peer::Upper:
            expected = {Outcome::Passed, Outcome::Passed, Outcome::Passed};
            row = u"passed,passed,passed,yes"_s;
            break;
        case Peer::Echo:
            expected = {Outcome::Passed, Outcome::Failed, Outcome::Failed};
            row = u"passed,failed,failed,no"_s;
            break;
        case Peer::Down:
            expected = {Outcome::Failed, Outcome::NotRun, Outcome::NotRun};
            row = u"failed,not run,not run,no"_s;
            break;
        case Peer::Silent:
            break;
        }
        for (int c = 0; c < 3; ++c)
            QVERIFY2(report.checks.at(c).outcome == expected.at(c), qPrintable(u"%1 check %2"_s.arg(report.name).arg(c)));
        QCOMPARE(report.passed(), peers.at(i) == Peer::Upper);
        if (peers.at(i) == Peer::Echo)
            QCOMPARE(report.checks.at(1).received, QByteArray("hello"));
        expectedCsv << u"%1,127.0.0.1:%2,%3"_s.arg(report.name).arg(targets.at(i).port).arg(row);
    }
    QCOMPARE(QString::fromUtf8(run.csv()), expectedCsv.join(u"\r\n"_s) + u"\r\n"_s);
}

void TestClassRun::cancelReportsWhatRan()
{
    // Servers that accept and never answer: each target spends its step timeout on "upper".
    QObject owner;
    QList<ClassTarget> targets;
    for (int i = 0; i < 6; ++i) {
        auto *server = new StudentServer(Peer::Silent, &owner);
        targets.append(ClassTarget{u"s%1"_s.arg(i), u"127.0.0.1"_s, server->port(), i + 1});
    }
    LabDefinition lab = upperLab();
    ClassRun run(lab, targets);
    run.setParallel(2);
    run.setDefaultTimeoutMs(60000);
    QSignalSpy checkFinished(&run, &ClassRun::checkFinished);
    QSignalSpy finished(&run, &ClassRun::finished);
    run.start();
    // Both running targets have connected (check 1 passed); both now wait for an answer.
    QTRY_COMPARE(checkFinished.size(), 2);
    run.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!run.isRunning());
    for (int i = 0; i < 2; ++i) {
        const LabReport &report = run.reports().at(i);
        QCOMPARE(report.checks.at(0).outcome, Outcome::Passed);
        QCOMPARE(report.checks.at(1).outcome, Outcome::NotRun);
        QCOMPARE(report.checks.at(2).outcome, Outcome::NotRun);
    }
    for (int i = 2; i < 6; ++i) {
        for (const LabCheckResult &check : run.reports().at(i).checks) {
            QCOMPARE(check.outcome, Outcome::NotRun);
            QCOMPARE(check.reason, u"The class run was stopped before this target's turn."_s);
        }
    }
    QVERIFY(run.csv().endsWith("s5,127.0.0.1:" + QByteArray::number(targets.at(5).port) + ",not run,not run,not run,no\r\n"));
}

QTEST_GUILESS_MAIN(TestClassRun)
#include "tst_classrun.moc"
