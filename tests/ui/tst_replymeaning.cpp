// The TCP server's fixed reply defaults to the seed's Chinese text 已送达: an English window
// says what it means beside the field (the English UI shows no unexplained Chinese default);
// in 中文, or with another reply text, nothing is added.
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

#include "LanguageManager.h"
#include "TcpServerPanel.h"
#include "TestEnvironment.h"

class TestReplyMeaning : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void seedReplyIsExplainedInEnglish();

private:
    TestEnvironment m_env;
};

void TestReplyMeaning::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestReplyMeaning::seedReplyIsExplainedInEnglish()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    TcpServerPanel panel;
    panel.resize(1024, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("replyTextEdit"));
    auto *meaning = panel.findChild<QLabel *>(QStringLiteral("replyMeaningLabel"));
    QVERIFY(edit && meaning);
    QCOMPARE(edit->text(), QStringLiteral("已送达"));
    QVERIFY(meaning->isVisible());
    QCOMPARE(meaning->text(), QStringLiteral("(“delivered”)"));
    QVERIFY(meaning->geometry().right() <= edit->parentWidget()->width());

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(!meaning->isVisible());
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(meaning->isVisible());
    edit->setText(QStringLiteral("got it"));
    QVERIFY(!meaning->isVisible());
}

QTEST_MAIN(TestReplyMeaning)
#include "tst_replymeaning.moc"
