// ReceiveRecorder on its own ("receive to file"): the exact raw and hex output, the peer
// filter, how each end closes the file with everything in it, live progress, and the errors of
// a file that cannot be opened or written.
#include <QtTest>

#include <QTemporaryDir>

#include "ReceiveRecorder.h"
#include "WorkerThread.h"

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

ReceiveRecorder::Result resultOf(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<ReceiveRecorder::Result>();
}

} // namespace

class tst_ReceiveRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void rawIsEveryByteInOrder();
    void hexIsOneLinePerChunk();
    void hexLineFormat();
    void peerFilter();
    void peerClosedEndsOnlyThatPeersRecording();
    void sourceStoppedEndsAnyRecording();
    void sizeGrowsLiveBeforeTheEnd();
    void largeAmountsAreWrittenAsTheyCome();
    void newRecordingReplacesTheFile();
    void deletingTheRecorderCompletesTheFile();
    void fileThatCannotBeOpenedIsRefused();
    void unusablePaths();
    void writeErrorEndsTheRecording();
    void livesInAWorkerThread();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void tst_ReceiveRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ReceiveRecorder::rawIsEveryByteInOrder()
{
    ReceiveRecorder recorder;
    QSignalSpy started(&recorder, &ReceiveRecorder::started);
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = path(QStringLiteral("raw.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.constFirst().constFirst().toString(), file);
    QVERIFY(recorder.isRecording());

    QByteArray all;
    for (int i = 0; i < 256; ++i) {
        const QByteArray chunk = QByteArray(i, char(i)) + QByteArray("\0\r\n", 3);
        recorder.record(i % 2 ? QStringLiteral("127.0.0.1:1") : QStringLiteral("[::1]:2"), chunk);
        all += chunk;
    }
    recorder.record(QStringLiteral("127.0.0.1:1"), QByteArray());   // nothing, in raw bytes
    recorder.stop();
    QVERIFY(!recorder.isRecording());
    QCOMPARE(finished.size(), 1);
    const ReceiveRecorder::Result result = resultOf(finished);
    QCOMPARE(result.end, ReceiveRecorder::End::Stopped);
    QCOMPARE(result.path, file);
    QCOMPARE(result.received, qint64(all.size()));
    QCOMPARE(result.written, qint64(all.size()));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(contents(file), all);

    // Nothing more is written after the end.
    recorder.record(QStringLiteral("127.0.0.1:1"), QByteArrayLiteral("late"));
    recorder.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(contents(file), all);
}

void tst_ReceiveRecorder::hexIsOneLinePerChunk()
{
    ReceiveRecorder recorder;
    int tick = 0;
    recorder.setClock([&tick] { return QTime(14, 23, 3, 165).addMSecs(tick++); });
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = path(QStringLiteral("hex.txt"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Hex));
    recorder.record(QStringLiteral("127.0.0.1:53877"), QByteArrayLiteral("hello"));
    recorder.record(QStringLiteral("[::1]:9000"), QByteArray("\x00\xff\r\n", 4));
    recorder.record(QStringLiteral("127.0.0.1:53877"), QByteArray());   // an empty datagram is a line too
    recorder.stop();

    const QByteArray expected = "14:23:03.165 127.0.0.1:53877 68 65 6c 6c 6f\n"
                                "14:23:03.166 [::1]:9000 00 ff 0d 0a\n"
                                "14:23:03.167 127.0.0.1:53877\n";
    QCOMPARE(contents(file), expected);
    const ReceiveRecorder::Result result = resultOf(finished);
    QCOMPARE(result.format, ReceiveRecorder::Format::Hex);
    QCOMPARE(result.received, qint64(9));
    QCOMPARE(result.written, qint64(expected.size()));
}

void tst_ReceiveRecorder::hexLineFormat()
{
    QCOMPARE(ReceiveRecorder::hexLine(QTime(0, 0, 0, 7), QStringLiteral("10.0.0.1:80"), QByteArrayLiteral("ab")),
             QByteArrayLiteral("00:00:00.007 10.0.0.1:80 61 62\n"));
    // Every byte value as two lower-case digits.
    QByteArray all(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    const QByteArray line = ReceiveRecorder::hexLine(QTime(23, 59, 59, 999), QStringLiteral("p"), all);
    QVERIFY(line.startsWith("23:59:59.999 p 00 01 02"));
    QVERIFY(line.endsWith(" fe ff\n"));
    QCOMPARE(QByteArray::fromHex(line.mid(15)), all);
}

void tst_ReceiveRecorder::peerFilter()
{
    ReceiveRecorder recorder;
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = path(QStringLiteral("one.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw, QStringLiteral("127.0.0.1:5000")));
    QCOMPARE(recorder.peer(), QStringLiteral("127.0.0.1:5000"));
    recorder.record(QStringLiteral("127.0.0.1:5000"), QByteArrayLiteral("mine "));
    recorder.record(QStringLiteral("127.0.0.1:5001"), QByteArrayLiteral("other "));
    recorder.record(QStringLiteral("127.0.0.1:500"), QByteArrayLiteral("prefix "));
    recorder.record(QStringLiteral("127.0.0.1:5000"), QByteArrayLiteral("again"));
    recorder.stop();
    QCOMPARE(contents(file), QByteArrayLiteral("mine again"));
    QCOMPARE(resultOf(finished).received, qint64(10));
    QCOMPARE(resultOf(finished).peer, QStringLiteral("127.0.0.1:5000"));
}

void tst_ReceiveRecorder::peerClosedEndsOnlyThatPeersRecording()
{
    ReceiveRecorder recorder;
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = path(QStringLiteral("peer.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw, QStringLiteral("127.0.0.1:5000")));
    recorder.record(QStringLiteral("127.0.0.1:5000"), QByteArrayLiteral("abc"));
    recorder.peerClosed(QStringLiteral("127.0.0.1:5001"));   // another client left
    QVERIFY(recorder.isRecording());
    QCOMPARE(finished.size(), 0);
    recorder.peerClosed(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).end, ReceiveRecorder::End::PeerClosed);
    QCOMPARE(contents(file), QByteArrayLiteral("abc"));

    // Recording every peer: a peer that leaves ends nothing.
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    recorder.record(QStringLiteral("127.0.0.1:5000"), QByteArrayLiteral("x"));
    recorder.peerClosed(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(recorder.isRecording());
    recorder.record(QStringLiteral("127.0.0.1:5002"), QByteArrayLiteral("y"));
    recorder.stop();
    QCOMPARE(contents(file), QByteArrayLiteral("xy"));
}

void tst_ReceiveRecorder::sourceStoppedEndsAnyRecording()
{
    ReceiveRecorder recorder;
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = path(QStringLiteral("stop.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw, QStringLiteral("127.0.0.1:5000")));
    recorder.record(QStringLiteral("127.0.0.1:5000"), QByteArrayLiteral("all of it"));
    recorder.sourceStopped();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).end, ReceiveRecorder::End::SourceStopped);
    QCOMPARE(contents(file), QByteArrayLiteral("all of it"));
    recorder.sourceStopped();   // once only
    QCOMPARE(finished.size(), 1);

    // The command line's recording outlives the source (a client that reconnects): what came is
    // in the file at once, and the recording goes on until stop().
    recorder.setEndsWithSource(false);
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    recorder.record(QStringLiteral("127.0.0.1:5000"), QByteArrayLiteral("before, "));
    recorder.sourceStopped();
    QVERIFY(recorder.isRecording());
    QCOMPARE(contents(file), QByteArrayLiteral("before, "));
    recorder.record(QStringLiteral("127.0.0.1:5001"), QByteArrayLiteral("after"));
    recorder.stop();
    QCOMPARE(finished.size(), 2);
    QCOMPARE(resultOf(finished).end, ReceiveRecorder::End::Stopped);
    QCOMPARE(contents(file), QByteArrayLiteral("before, after"));
}

void tst_ReceiveRecorder::sizeGrowsLiveBeforeTheEnd()
{
    ReceiveRecorder recorder;
    QSignalSpy progress(&recorder, &ReceiveRecorder::progress);
    const QString file = path(QStringLiteral("live.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("first"));
    // Within the flush interval the bytes reach the file, while the recording goes on.
    QVERIFY(progress.wait(5000));
    QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(5));
    QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(5));
    QCOMPARE(QFileInfo(file).size(), qint64(5));
    QCOMPARE(contents(file), QByteArrayLiteral("first"));
    QVERIFY(recorder.isRecording());

    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral(" second"));
    QTRY_COMPARE(QFileInfo(file).size(), qint64(12));
    QTRY_COMPARE(progress.constLast().at(1).toLongLong(), qint64(12));
    QCOMPARE(recorder.written(), qint64(12));
    QCOMPARE(recorder.received(), qint64(12));
    recorder.stop();
}

void tst_ReceiveRecorder::largeAmountsAreWrittenAsTheyCome()
{
    // More than the buffer holds goes to the file at once, without waiting for the timer.
    ReceiveRecorder recorder;
    const QString file = path(QStringLiteral("big.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    const QByteArray chunk(64 * 1024, 'z');
    qint64 total = 0;
    while (total < ReceiveRecorder::BufferLimit + chunk.size()) {
        recorder.record(QStringLiteral("a:1"), chunk);
        total += chunk.size();
    }
    QVERIFY(QFileInfo(file).size() >= ReceiveRecorder::BufferLimit);
    recorder.stop();
    QCOMPARE(QFileInfo(file).size(), total);
}

void tst_ReceiveRecorder::newRecordingReplacesTheFile()
{
    const QString file = path(QStringLiteral("again.bin"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older and longer content");
    }
    ReceiveRecorder recorder;
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("new"));
    // Starting again ends the first recording (complete) and empties the file for the second.
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).received, qint64(3));
    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("newer"));
    recorder.stop();
    QCOMPARE(contents(file), QByteArrayLiteral("newer"));
    QCOMPARE(resultOf(finished).received, qint64(5));
}

void tst_ReceiveRecorder::deletingTheRecorderCompletesTheFile()
{
    const QString file = path(QStringLiteral("gone.bin"));
    {
        ReceiveRecorder recorder;
        QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
        recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("kept"));
    }
    QCOMPARE(contents(file), QByteArrayLiteral("kept"));
}

void tst_ReceiveRecorder::fileThatCannotBeOpenedIsRefused()
{
    ReceiveRecorder recorder;
    QSignalSpy failed(&recorder, &ReceiveRecorder::startFailed);
    QSignalSpy started(&recorder, &ReceiveRecorder::started);
    const QString file = path(QStringLiteral("no/such/folder/x.bin"));
    QString error;
    QVERIFY(!recorder.start(file, ReceiveRecorder::Format::Raw, QString(), &error));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(started.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), error);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot save the received bytes to “%1”: ").arg(file)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("No such file or directory")), qPrintable(error));

    // A folder is no file either.
    QVERIFY(!recorder.start(m_dir->path(), ReceiveRecorder::Format::Raw, QString(), &error));
    QVERIFY2(error.contains(m_dir->path()), qPrintable(error));
    QVERIFY(!recorder.start(QString(), ReceiveRecorder::Format::Raw, QString(), &error));
    QCOMPARE(error, QStringLiteral("No file name was given to save the received bytes into."));
    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("ignored"));
    QVERIFY(!recorder.isRecording());
}

void tst_ReceiveRecorder::unusablePaths()
{
    QVERIFY(!ReceiveRecorder::unusablePath(path(QStringLiteral("fine.bin"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("fine.bin"))));   // only looked at, not created
    QCOMPARE(ReceiveRecorder::unusablePath(QString()).value_or(QString()),
             QStringLiteral("No file name was given to save the received bytes into."));
    QCOMPARE(ReceiveRecorder::unusablePath(m_dir->path()).value_or(QString()),
             QStringLiteral("“%1” is a folder: give the name of a file to save the received bytes into.").arg(m_dir->path()));
    const QString missing = path(QStringLiteral("missing/x.bin"));
    QCOMPARE(ReceiveRecorder::unusablePath(missing).value_or(QString()),
             QStringLiteral("The folder “%1” does not exist, so “%2” cannot be created.")
                 .arg(QDir::toNativeSeparators(path(QStringLiteral("missing"))), missing));
    const QString plain = path(QStringLiteral("plain"));
    {
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString under = plain + QStringLiteral("/x.bin");
    QCOMPARE(ReceiveRecorder::unusablePath(under).value_or(QString()),
             QStringLiteral("“%1” is not a folder, so “%2” cannot be created.").arg(QDir::toNativeSeparators(plain), under));
}

void tst_ReceiveRecorder::writeErrorEndsTheRecording()
{
    // /dev/full opens, and every write to it fails with ENOSPC: a full disk.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    ReceiveRecorder recorder;
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    QVERIFY(recorder.start(QStringLiteral("/dev/full"), ReceiveRecorder::Format::Raw));
    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("lost"));
    QTRY_COMPARE(finished.size(), 1);   // at the next flush
    const ReceiveRecorder::Result result = resultOf(finished);
    QCOMPARE(result.end, ReceiveRecorder::End::WriteFailed);
    QVERIFY2(result.error.contains(QStringLiteral("No space left on device")), qPrintable(result.error));
    QCOMPARE(result.received, qint64(4));
    QCOMPARE(result.written, qint64(0));
    QVERIFY(!recorder.isRecording());
    recorder.record(QStringLiteral("a:1"), QByteArrayLiteral("more"));   // ignored, no second end
    recorder.stop();
    QCOMPARE(finished.size(), 1);

    // The same when the buffer fills up: the error comes at once.
    QVERIFY(recorder.start(QStringLiteral("/dev/full"), ReceiveRecorder::Format::Raw));
    recorder.record(QStringLiteral("a:1"), QByteArray(ReceiveRecorder::BufferLimit, 'x'));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(resultOf(finished).end, ReceiveRecorder::End::WriteFailed);
}

void tst_ReceiveRecorder::livesInAWorkerThread()
{
    // As in the window: the recorder moves into the engine's thread and is driven by queued calls.
    WorkerThread thread(QStringLiteral("recorder-test"));
    auto *recorder = new ReceiveRecorder;
    thread.adopt(recorder);
    thread.start();
    // Queued into this (the main) thread, as the window receives them.
    int started = 0;
    qint64 written = -1;
    std::optional<ReceiveRecorder::Result> result;
    connect(recorder, &ReceiveRecorder::started, this, [&] { ++started; });
    connect(recorder, &ReceiveRecorder::progress, this, [&](qint64, qint64 w) { written = w; });
    connect(recorder, &ReceiveRecorder::finished, this, [&](const ReceiveRecorder::Result &r) { result = r; });
    const QString file = path(QStringLiteral("thread.bin"));
    QMetaObject::invokeMethod(recorder, [recorder, file] {
        recorder->start(file, ReceiveRecorder::Format::Raw);
        recorder->record(QStringLiteral("a:1"), QByteArrayLiteral("from the worker"));
    });
    QTRY_COMPARE(started, 1);
    QTRY_COMPARE(written, qint64(15));
    QMetaObject::invokeMethod(recorder, &ReceiveRecorder::stop);
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->written, qint64(15));
    QCOMPARE(contents(file), QByteArrayLiteral("from the worker"));
}

QTEST_GUILESS_MAIN(tst_ReceiveRecorder)
#include "tst_receiverecorder.moc"
