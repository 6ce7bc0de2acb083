// A UDP datagram's size note ("[12 bytes]", "auto-reply, 12 bytes") is worded when it is shown,
// so it follows a language switch like the rest of the window (it used to be translated once,
// in the engine's thread, and "备注: 7 bytes" / "[12 bytes]" stayed English in 中文). The CLI's
// formatter words it the same way.
#include <QtTest>

#include "LanguageManager.h"
#include "TestEnvironment.h"
#include "TrafficEventFormatter.h"
#include "TrafficModel.h"

class TestTrafficNotes : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void sizeNoteFollowsTheLanguage();

private:
    TestEnvironment m_env;
};

void TestTrafficNotes::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestTrafficNotes::sizeNoteFollowsTheLanguage()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    TrafficEvent in = TrafficEvent::data(QStringLiteral("127.0.0.1:5000"), TrafficEvent::Direction::In, "hello world!");
    in.note = TrafficEvent::Note::Size;
    TrafficEvent reply = TrafficEvent::data(QStringLiteral("127.0.0.1:5000"), TrafficEvent::Direction::Out, "ok");
    reply.note = TrafficEvent::Note::AutoReplySize;
    TrafficModel model;
    model.appendEvents({in, reply});
    QCOMPARE(model.rowCount(), 2);
    auto cell = [&model](int row) {
        return model.data(model.index(row, TrafficModel::DataColumn), Qt::DisplayRole).toString();
    };
    QCOMPARE(cell(0), QStringLiteral("hello world!  [12 bytes]"));
    QCOMPARE(cell(1), QStringLiteral("ok  [auto-reply, 2 bytes]"));
    QVERIFY(TrafficEventFormatter::body(in, TextCodec::Encoding::Utf8, false).endsWith(QLatin1String("[12 bytes]")));

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QVERIFY2(!cell(0).contains(QLatin1String("bytes")), qPrintable(cell(0)));
    QVERIFY2(cell(0).startsWith(QLatin1String("hello world!  [12 ")) && cell(0).contains(QStringLiteral("字节")), qPrintable(cell(0)));
    QVERIFY2(!cell(1).contains(QLatin1String("auto-reply")), qPrintable(cell(1)));
    QVERIFY(!TrafficEventFormatter::body(in, TextCodec::Encoding::Utf8, false).contains(QLatin1String("bytes")));

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCOMPARE(cell(0), QStringLiteral("hello world!  [12 bytes]"));
}

QTEST_MAIN(TestTrafficNotes)
#include "tst_trafficnotes.moc"
