#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "Checksum.h"
#include "SendBox.h"

class TestSendBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namedWidgetsExist();
    void payloads_data();
    void payloads();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void emptyInputSendsNothing();
    void ctrlEnterSends();
    void history();
    void historyIsCappedAndPersisted();
    void choicesArePersisted();
    void repeatSendsCountTimesThenStops();
    void repeatUntilStopped();
    void disablingStopsRepeatAndSending();
    void retranslateKeepsState();
    void switchConvertsBothWays_data();
    void switchConvertsBothWays();
    void switchIsRefusedWithReason_data();
    void switchIsRefusedWithReason();
    void undoAfterSwitch();
    void checksumChoices();
    void checksumPreviewAndPayload_data();
    void checksumPreviewAndPayload();
    void checksumWithoutMessage();
    void checksumIsRemembered();

private:
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_box->findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }

    SendBox *m_box = nullptr;
};

void TestSendBox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sendbox"));
}

void TestSendBox::init()
{
    QSettings().remove(QStringLiteral("tests/sendbox"));
    m_box = new SendBox;
}

void TestSendBox::cleanup()
{
    delete m_box;
    m_box = nullptr;
    QSettings().remove(QStringLiteral("tests/sendbox"));
}

void TestSendBox::namedWidgetsExist()
{
    const char *names[] = {"editor", "formatCombo", "eolCombo", "encodingCombo", "historyCombo", "sendButton",
                           "sendFileButton", "repeatIntervalSpin", "repeatCountSpin", "repeatButton",
                           "repeatStatusLabel", "errorLabel", "checksumCombo", "checksumPreviewLabel"};
    for (const char *name : names)
        QVERIFY2(m_box->findChild<QWidget *>(QLatin1String(name)), name);
    QCOMPARE(child<QComboBox>("eolCombo")->currentIndex(), 0);   // no line ending by default
    QCOMPARE(child<QComboBox>("encodingCombo")->currentText(), QStringLiteral("UTF-8"));
    QVERIFY(!m_box->isRepeating());
}

void TestSendBox::payloads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");     // 0 text, 1 hex
    QTest::addColumn<int>("eol");        // 0 none, 1 LF, 2 CRLF
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("text") << QStringLiteral("hello") << 0 << 0 << QStringLiteral("UTF-8") << QByteArray("hello");
    QTest::newRow("text lf") << QStringLiteral("hello") << 0 << 1 << QStringLiteral("UTF-8") << QByteArray("hello\n");
    QTest::newRow("text crlf") << QStringLiteral("hello") << 0 << 2 << QStringLiteral("UTF-8") << QByteArray("hello\r\n");
    QTest::newRow("two lines") << QStringLiteral("a\nb") << 0 << 0 << QStringLiteral("UTF-8") << QByteArray("a\nb");
    QTest::newRow("utf8 chinese") << QStringLiteral("你好") << 0 << 0 << QStringLiteral("UTF-8")
                                  << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd");
    QTest::newRow("gbk chinese") << QStringLiteral("你好") << 0 << 0 << QStringLiteral("GBK") << QByteArray("\xc4\xe3\xba\xc3");
    QTest::newRow("latin1") << QStringLiteral("café") << 0 << 0 << QStringLiteral("Latin-1") << QByteArray("caf\xe9");
    QTest::newRow("hex spaced") << QStringLiteral("48 65 6c") << 1 << 0 << QStringLiteral("UTF-8") << QByteArray("Hel");
    QTest::newRow("hex 0x lf") << QStringLiteral("0x48,0x69") << 1 << 1 << QStringLiteral("UTF-8") << QByteArray("Hi\n");
    QTest::newRow("hex nul") << QStringLiteral("00ff") << 1 << 0 << QStringLiteral("UTF-8") << QByteArray("\0\xff", 2);
    QTest::newRow("empty lf") << QString() << 0 << 1 << QStringLiteral("UTF-8") << QByteArray("\n");
    QTest::newRow("empty crlf") << QString() << 0 << 2 << QStringLiteral("UTF-8") << QByteArray("\r\n");
}

void TestSendBox::payloads()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(int, eol);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, expected);

    child<QComboBox>("formatCombo")->setCurrentIndex(format);
    child<QComboBox>("eolCombo")->setCurrentIndex(eol);
    auto *encodingCombo = child<QComboBox>("encodingCombo");
    encodingCombo->setCurrentIndex(encodingCombo->findText(encoding));
    m_box->setText(text);
    QCOMPARE(m_box->text(), text);
    QCOMPARE(m_box->payload().value_or(QByteArray("<none>")), expected);

    QSignalSpy spy(m_box, &SendBox::sendRequested);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), expected);
    QVERIFY(child<QLabel>("errorLabel")->text().isEmpty());
    QCOMPARE(m_box->text(), text);   // kept, so it can be sent again
}

void TestSendBox::invalidInputIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("not hex") << QStringLiteral("48 zz") << 1 << QStringLiteral("UTF-8") << QStringLiteral("zz");
    QTest::newRow("half byte") << QStringLiteral("48 6") << 1 << QStringLiteral("UTF-8") << QStringLiteral("half");
    QTest::newRow("chinese in latin1") << QStringLiteral("a中b") << 0 << QStringLiteral("Latin-1") << QStringLiteral("中");
    QTest::newRow("emoji in gbk") << QStringLiteral("ok😀") << 0 << QStringLiteral("GBK") << QStringLiteral("😀");
}

void TestSendBox::invalidInputIsRefused()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    QFETCH(QString, encoding);
    QFETCH(QString, reasonPart);

    child<QComboBox>("formatCombo")->setCurrentIndex(format);
    auto *encodingCombo = child<QComboBox>("encodingCombo");
    encodingCombo->setCurrentIndex(encodingCombo->findText(encoding));
    m_box->setText(text);
    QString error;
    QVERIFY(!m_box->payload(&error));
    QVERIFY2(error.contains(reasonPart), qPrintable(error));

    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->send();
    m_box->startRepeat();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!m_box->isRepeating());
    auto *label = child<QLabel>("errorLabel");
    QCOMPARE(label->text(), error);
    QVERIFY(!label->isHidden());
    QVERIFY(m_box->history().isEmpty());

    // Editing the input takes the message away.
    m_box->setText(QStringLiteral("41"));
    QVERIFY(label->text().isEmpty());
    QVERIFY(label->isHidden());
}

void TestSendBox::emptyInputSendsNothing()
{
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->send();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!child<QLabel>("errorLabel")->text().isEmpty());   // a hint says why
    QCOMPARE(m_box->payload().value_or(QByteArray("x")), QByteArray());
}

void TestSendBox::ctrlEnterSends()
{
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    auto *editor = child<QPlainTextEdit>("editor");
    m_box->setText(QStringLiteral("hi"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("hi"));
    QTest::keyClick(editor, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m_box->text(), QStringLiteral("hi"));   // Ctrl+Enter did not add a line

    // A plain Return is a new line in the message, not a send.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m_box->text(), QStringLiteral("hi\n"));
}

void TestSendBox::history()
{
    auto *combo = child<QComboBox>("historyCombo");
    for (const char *message : {"one", "two", "one"}) {
        m_box->setText(QString::fromUtf8(message));
        m_box->send();
    }
    QCOMPARE(m_box->history(), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(combo->itemText(0), QStringLiteral("one"));

    child<QComboBox>("formatCombo")->setCurrentIndex(1);
    m_box->setText(QStringLiteral("41 42"));
    m_box->send();
    QCOMPARE(combo->count(), 3);
    QVERIFY(combo->itemText(0).contains(QStringLiteral("41 42")));

    // Picking an entry puts it back in the editor, in its own format.
    m_box->setText(QString());
    emit combo->activated(2);
    QCOMPARE(m_box->text(), QStringLiteral("two"));
    QCOMPARE(child<QComboBox>("formatCombo")->currentIndex(), 0);
    QCOMPARE(combo->currentIndex(), -1);
    emit combo->activated(0);
    QCOMPARE(m_box->text(), QStringLiteral("41 42"));
    QCOMPARE(child<QComboBox>("formatCombo")->currentIndex(), 1);
}

void TestSendBox::historyIsCappedAndPersisted()
{
    m_box->setSettingsKey(QStringLiteral("tests/sendbox"));
    for (int i = 0; i < SendBox::MaxHistory + 10; ++i) {
        m_box->setText(QStringLiteral("message %1").arg(i));
        m_box->send();
    }
    QCOMPARE(m_box->history().size(), SendBox::MaxHistory);
    QCOMPARE(m_box->history().first(), QStringLiteral("message %1").arg(SendBox::MaxHistory + 9));
    QCOMPARE(m_box->history().last(), QStringLiteral("message 10"));

    SendBox other;
    QVERIFY(other.history().isEmpty());
    other.setSettingsKey(QStringLiteral("tests/sendbox"));
    QCOMPARE(other.history(), m_box->history());
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("historyCombo"))->count(), SendBox::MaxHistory);
}

void TestSendBox::choicesArePersisted()
{
    m_box->setSettingsKey(QStringLiteral("tests/sendbox"));
    child<QComboBox>("formatCombo")->setCurrentIndex(1);
    child<QComboBox>("eolCombo")->setCurrentIndex(2);
    auto *encodingCombo = child<QComboBox>("encodingCombo");
    encodingCombo->setCurrentIndex(encodingCombo->findText(QStringLiteral("GBK")));
    child<QSpinBox>("repeatIntervalSpin")->setValue(250);
    child<QSpinBox>("repeatCountSpin")->setValue(0);

    SendBox other;
    other.setSettingsKey(QStringLiteral("tests/sendbox"));
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("formatCombo"))->currentIndex(), 1);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("eolCombo"))->currentIndex(), 2);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("encodingCombo"))->currentText(), QStringLiteral("GBK"));
    QCOMPARE(other.findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"))->value(), 250);
    QCOMPARE(other.findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"))->value(), 0);
}

void TestSendBox::repeatSendsCountTimesThenStops()
{
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->setText(QStringLiteral("tick"));
    child<QSpinBox>("repeatIntervalSpin")->setValue(1);
    child<QSpinBox>("repeatCountSpin")->setValue(3);
    QTest::mouseClick(child<QPushButton>("repeatButton"), Qt::LeftButton);
    QVERIFY(spy.count() >= 1);   // the first one goes at once
    QTRY_COMPARE(spy.count(), 3);
    QTRY_VERIFY(!m_box->isRepeating());
    QCOMPARE(spy.count(), 3);
    for (const QList<QVariant> &call : spy)
        QCOMPARE(call.at(0).toByteArray(), QByteArray("tick"));
    QVERIFY(child<QLabel>("repeatStatusLabel")->text().contains(QStringLiteral("3")));
    QCOMPARE(child<QPushButton>("repeatButton")->text(), QStringLiteral("Start repeat"));
    QCOMPARE(m_box->history(), QStringList({QStringLiteral("tick")}));
}

void TestSendBox::repeatUntilStopped()
{
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->setText(QStringLiteral("again"));
    child<QSpinBox>("repeatIntervalSpin")->setValue(1);
    child<QSpinBox>("repeatCountSpin")->setValue(0);
    m_box->startRepeat();
    QVERIFY(m_box->isRepeating());
    QCOMPARE(child<QPushButton>("repeatButton")->text(), QStringLiteral("Stop"));
    QVERIFY(!child<QSpinBox>("repeatIntervalSpin")->isEnabled());
    QTRY_VERIFY(spy.count() >= 5);
    QTest::mouseClick(child<QPushButton>("repeatButton"), Qt::LeftButton);
    QVERIFY(!m_box->isRepeating());
    const int sent = spy.count();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), sent);
    QVERIFY(child<QSpinBox>("repeatIntervalSpin")->isEnabled());
}

void TestSendBox::disablingStopsRepeatAndSending()
{
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->setText(QStringLiteral("x"));
    child<QSpinBox>("repeatIntervalSpin")->setValue(1000);
    child<QSpinBox>("repeatCountSpin")->setValue(0);
    m_box->startRepeat();
    QVERIFY(m_box->isRepeating());
    QCOMPARE(spy.count(), 1);

    m_box->setSendEnabled(false);
    QVERIFY(!m_box->isRepeating());
    QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(!child<QPushButton>("repeatButton")->isEnabled());
    QVERIFY(!child<QPushButton>("sendFileButton")->isEnabled());
    m_box->send();
    m_box->startRepeat();
    QTest::keyClick(child<QPlainTextEdit>("editor"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_box->isRepeating());

    m_box->setSendEnabled(true);
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    QVERIFY(child<QPushButton>("repeatButton")->isEnabled());
    m_box->send();
    QCOMPARE(spy.count(), 2);
}

void TestSendBox::retranslateKeepsState()
{
    m_box->setText(QStringLiteral("keep me"));
    child<QComboBox>("eolCombo")->setCurrentIndex(1);
    child<QSpinBox>("repeatIntervalSpin")->setValue(1000);
    child<QSpinBox>("repeatCountSpin")->setValue(0);
    m_box->startRepeat();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_box, &change);
    QCOMPARE(m_box->text(), QStringLiteral("keep me"));
    QCOMPARE(child<QComboBox>("eolCombo")->currentIndex(), 1);
    QCOMPARE(child<QPushButton>("repeatButton")->text(), QStringLiteral("Stop"));
    m_box->stopRepeat();
}

void TestSendBox::switchConvertsBothWays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("hex");

    QTest::newRow("ascii utf8") << QStringLiteral("abc") << QStringLiteral("UTF-8") << QStringLiteral("61 62 63");
    QTest::newRow("ascii gbk") << QStringLiteral("abc") << QStringLiteral("GBK") << QStringLiteral("61 62 63");
    QTest::newRow("ascii latin1") << QStringLiteral("abc") << QStringLiteral("Latin-1") << QStringLiteral("61 62 63");
    QTest::newRow("chinese utf8") << QStringLiteral("你好") << QStringLiteral("UTF-8") << QStringLiteral("E4 BD A0 E5 A5 BD");
    QTest::newRow("chinese gbk") << QStringLiteral("你好") << QStringLiteral("GBK") << QStringLiteral("C4 E3 BA C3");
    QTest::newRow("latin1") << QStringLiteral("café") << QStringLiteral("Latin-1") << QStringLiteral("63 61 66 E9");
    QTest::newRow("lines and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("UTF-8") << QStringLiteral("61 0A 62 09 63");
    QTest::newRow("empty") << QString() << QStringLiteral("GBK") << QString();
}

void TestSendBox::switchConvertsBothWays()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QString, hex);

    auto *format = child<QComboBox>("formatCombo");
    auto *encodingCombo = child<QComboBox>("encodingCombo");
    encodingCombo->setCurrentIndex(encodingCombo->findText(encoding));
    child<QComboBox>("eolCombo")->setCurrentIndex(2);   // the line ending is not part of the text
    m_box->setText(text);
    const QByteArray bytes = m_box->payload().value_or(QByteArray("<none>"));

    format->setCurrentIndex(1);
    QCOMPARE(format->currentIndex(), 1);
    QCOMPARE(m_box->text(), hex);
    QVERIFY(child<QLabel>("errorLabel")->isHidden());
    QCOMPARE(m_box->payload().value_or(QByteArray("<none>")), bytes);   // the same bytes either way

    format->setCurrentIndex(0);
    QCOMPARE(format->currentIndex(), 0);
    QCOMPARE(m_box->text(), text);
    QCOMPARE(m_box->payload().value_or(QByteArray("<none>")), bytes);

    // Hex typed by hand in any accepted style converts too.
    if (!hex.isEmpty()) {
        format->setCurrentIndex(1);
        m_box->setText(QStringLiteral("0x") + hex.toLower().replace(QLatin1Char(' '), QStringLiteral(",0x")));
        format->setCurrentIndex(0);
        QCOMPARE(m_box->text(), text);
    }
}

void TestSendBox::switchIsRefusedWithReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");       // 0 text, 1 hex
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("not hex") << QStringLiteral("48 zz") << 1 << QStringLiteral("UTF-8") << QStringLiteral("“zz” at position 4");
    QTest::newRow("half byte") << QStringLiteral("48 6") << 1 << QStringLiteral("UTF-8") << QStringLiteral("half a byte");
    QTest::newRow("cut utf8") << QStringLiteral("61 E4 BD") << 1 << QStringLiteral("UTF-8")
                              << QStringLiteral("Byte 2 (E4) is not valid UTF-8 text");
    QTest::newRow("bad utf8") << QStringLiteral("61 62 FF") << 1 << QStringLiteral("UTF-8")
                              << QStringLiteral("Byte 3 (FF) is not valid UTF-8 text");
    QTest::newRow("bad gbk") << QStringLiteral("C4 E3 81") << 1 << QStringLiteral("GBK")
                             << QStringLiteral("Byte 3 (81) is not valid GBK text");
    QTest::newRow("carriage return") << QStringLiteral("61 0D 0A") << 1 << QStringLiteral("UTF-8")
                                     << QStringLiteral("Byte 2 (0D) is a control character");
    QTest::newRow("nul latin1") << QStringLiteral("00 41") << 1 << QStringLiteral("Latin-1")
                                << QStringLiteral("Byte 1 (00) is a control character");
    QTest::newRow("chinese in latin1") << QStringLiteral("你好") << 0 << QStringLiteral("Latin-1")
                                       << QStringLiteral("“你” cannot be written in Latin-1");
    QTest::newRow("emoji in gbk") << QStringLiteral("ok😀") << 0 << QStringLiteral("GBK")
                                  << QStringLiteral("“😀” cannot be written in GBK");
}

void TestSendBox::switchIsRefusedWithReason()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(QString, encoding);
    QFETCH(QString, reasonPart);

    auto *format = child<QComboBox>("formatCombo");
    format->setCurrentIndex(from);
    auto *encodingCombo = child<QComboBox>("encodingCombo");
    encodingCombo->setCurrentIndex(encodingCombo->findText(encoding));
    m_box->setText(text);

    QTest::keyClick(format, from == 1 ? Qt::Key_Up : Qt::Key_Down);   // the user picks the other format
    QCOMPARE(format->currentIndex(), from);   // refused: stays
    QCOMPARE(m_box->text(), text);            // untouched
    auto *label = child<QLabel>("errorLabel");
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(reasonPart), qPrintable(label->text()));

    // It still sends what it did (or refuses it the same way) in the format it stayed in.
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->send();
    QCOMPARE(spy.count(), m_box->payload().has_value() ? 1 : 0);
}

void TestSendBox::undoAfterSwitch()
{
    auto *format = child<QComboBox>("formatCombo");
    auto *editor = child<QPlainTextEdit>("editor");
    m_box->setText(QStringLiteral("abc"));
    format->setCurrentIndex(1);
    QCOMPARE(m_box->text(), QStringLiteral("61 62 63"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_box->text(), QStringLiteral("abc"));
    QCOMPARE(format->currentIndex(), 0);
    QCOMPARE(m_box->payload().value_or(QByteArray()), QByteArray("abc"));

    // Once the converted text is edited, Ctrl+Z is the editor's own undo again.
    format->setCurrentIndex(1);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" 64"));
    QCOMPARE(m_box->text(), QStringLiteral("61 62 63 64"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(format->currentIndex(), 1);
    QVERIFY(m_box->text() != QStringLiteral("abc"));
}

void TestSendBox::checksumChoices()
{
    auto *combo = child<QComboBox>("checksumCombo");
    const QStringList expected = {QStringLiteral("No checksum"), QStringLiteral("8-bit sum"), QStringLiteral("8-bit XOR"),
                                  QStringLiteral("CRC-16/MODBUS"), QStringLiteral("CRC-16/CCITT-FALSE"),
                                  QStringLiteral("CRC-32")};
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    QCOMPARE(items, expected);
    QCOMPARE(combo->currentIndex(), 0);   // none by default: nothing added to what is typed
    QCOMPARE(m_box->checksum(), Checksum::Algorithm::None);
    m_box->setText(QStringLiteral("123456789"));
    QVERIFY(child<QLabel>("checksumPreviewLabel")->text().isEmpty());
    QCOMPARE(m_box->payload().value_or(QByteArray()), QByteArray("123456789"));

    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_box, &change);
    QCOMPARE(combo->count(), expected.size());
    QCOMPARE(combo->itemText(3), QStringLiteral("CRC-16/MODBUS"));
}

void TestSendBox::checksumPreviewAndPayload_data()
{
    QTest::addColumn<QString>("checksum");      // the item picked in the combo
    QTest::addColumn<int>("eol");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("modbus") << QStringLiteral("CRC-16/MODBUS") << 0 << QStringLiteral("Appends 37 4B (CRC-16/MODBUS)")
                            << QByteArray("123456789\x37\x4b");
    QTest::newRow("crc32") << QStringLiteral("CRC-32") << 0 << QStringLiteral("Appends CB F4 39 26 (CRC-32)")
                           << QByteArray("123456789\xcb\xf4\x39\x26");
    QTest::newRow("ccitt") << QStringLiteral("CRC-16/CCITT-FALSE") << 0
                           << QStringLiteral("Appends 29 B1 (CRC-16/CCITT-FALSE)") << QByteArray("123456789\x29\xb1");
    QTest::newRow("sum8") << QStringLiteral("8-bit sum") << 0 << QStringLiteral("Appends DD (8-bit sum)")
                          << QByteArray("123456789\xdd");
    QTest::newRow("xor8") << QStringLiteral("8-bit XOR") << 0 << QStringLiteral("Appends 31 (8-bit XOR)")
                          << QByteArray("123456789\x31");
    // After the line ending, and covering it.
    const QByteArray lf("123456789\n");
    QTest::newRow("modbus lf") << QStringLiteral("CRC-16/MODBUS") << 1
                               << QStringLiteral("Appends %1 (CRC-16/MODBUS)")
                                      .arg(QString::fromLatin1(Checksum::appended(Checksum::Algorithm::Crc16Modbus, lf)
                                                                   .toHex(' ').toUpper()))
                               << lf + Checksum::appended(Checksum::Algorithm::Crc16Modbus, lf);
}

void TestSendBox::checksumPreviewAndPayload()
{
    QFETCH(QString, checksum);
    QFETCH(int, eol);
    QFETCH(QString, preview);
    QFETCH(QByteArray, expected);

    auto *combo = child<QComboBox>("checksumCombo");
    combo->setCurrentIndex(combo->findText(checksum));
    child<QComboBox>("eolCombo")->setCurrentIndex(eol);
    auto *label = child<QLabel>("checksumPreviewLabel");
    auto *editor = child<QPlainTextEdit>("editor");
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("123456789"));
    QCOMPARE(label->text(), preview);   // follows the typing
    QCOMPARE(m_box->payload().value_or(QByteArray()), expected);

    QSignalSpy spy(m_box, &SendBox::sendRequested);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), expected);
    QCOMPARE(m_box->text(), QStringLiteral("123456789"));   // the checksum is not typed into the message

    // The same bytes typed in hex give the same checksum; a repeat sends them too.
    child<QComboBox>("formatCombo")->setCurrentIndex(1);
    QCOMPARE(m_box->text(), QStringLiteral("31 32 33 34 35 36 37 38 39"));
    QCOMPARE(label->text(), preview);
    child<QSpinBox>("repeatCountSpin")->setValue(1);
    m_box->startRepeat();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toByteArray(), expected);

    // Typing more changes the preview.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" 30"));
    QVERIFY(label->text() != preview);
    QVERIFY(label->text().endsWith(QStringLiteral("(%1)").arg(checksum)));
}

void TestSendBox::checksumWithoutMessage()
{
    auto *combo = child<QComboBox>("checksumCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("CRC-32")));
    auto *label = child<QLabel>("checksumPreviewLabel");
    QCOMPARE(label->text(), QStringLiteral("Appends the CRC-32 of the message."));

    // Nothing typed: nothing is sent, not even a checksum of nothing.
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    m_box->send();
    QCOMPARE(spy.count(), 0);
    QVERIFY(!child<QLabel>("errorLabel")->text().isEmpty());

    // Invalid hex: the preview says what will be added once it is valid; sending is refused.
    child<QComboBox>("formatCombo")->setCurrentIndex(1);
    m_box->setText(QStringLiteral("31 zz"));
    QCOMPARE(label->text(), QStringLiteral("Appends the CRC-32 of the message."));
    QVERIFY(!m_box->payload());
    m_box->send();
    QCOMPARE(spy.count(), 0);

    combo->setCurrentIndex(0);
    QVERIFY(label->text().isEmpty());
}

void TestSendBox::checksumIsRemembered()
{
    m_box->setSettingsKey(QStringLiteral("tests/sendbox"));
    auto *combo = child<QComboBox>("checksumCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("CRC-16/MODBUS")));
    QCOMPARE(m_box->checksum(), Checksum::Algorithm::Crc16Modbus);

    SendBox other;
    other.setSettingsKey(QStringLiteral("tests/sendbox"));
    QCOMPARE(other.checksum(), Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("checksumCombo"))->currentText(), QStringLiteral("CRC-16/MODBUS"));
    other.setText(QStringLiteral("123456789"));
    QCOMPARE(other.payload().value_or(QByteArray()), QByteArray("123456789\x37\x4b"));

    // Another key keeps its own choice.
    SendBox third;
    third.setSettingsKey(QStringLiteral("tests/sendbox-other"));
    QCOMPARE(third.checksum(), Checksum::Algorithm::None);
    QSettings().remove(QStringLiteral("tests/sendbox-other"));
}

QTEST_MAIN(TestSendBox)
#include "tst_sendbox.moc"
