// The quick-send list beside the send box's editor, driven through its real widgets offscreen:
// add the editor's message (dialog), edit, reorder, delete and Undo; each row's Send button, Enter
// and Alt+1…Alt+9 send the right bytes through SendBox::sendRequested (only the shown send box
// answers a shortcut); a message that cannot be sent is refused in the dialog; the loop with a
// pause (real timer), highlighting the row it sends and stopping when sending is disabled; import
// and export through the real file dialog, with the add-or-replace question; a hostile file is
// refused with its line and nothing is imported; the list persists per send box.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "QuickSendDelegate.h"
#include "QuickSendFile.h"
#include "QuickSendItemDialog.h"
#include "QuickSendList.h"
#include "QuickSendPanel.h"
#include "SendBox.h"
#include "TestEnvironment.h"
#include "UiTestHelpers.h"

using UiTest::child;

namespace {

QuickSendItem make(const QString &name, const QString &text, bool hex = false,
                   QuickSendItem::LineEnding eol = QuickSendItem::LineEnding::None)
{
    QuickSendItem item;
    item.name = name;
    item.text = text;
    item.hex = hex;
    item.lineEnding = eol;
    return item;
}

QStringList names(const QuickSendList *list)
{
    QStringList result;
    for (const QuickSendItem &item : list->items())
        result.append(item.name);
    return result;
}

QList<QByteArray> sent(const QSignalSpy &spy)
{
    QList<QByteArray> result;
    for (const QList<QVariant> &call : spy)
        result.append(call.at(0).toByteArray());
    return result;
}

// The item dialog the panel has open (a closed one may wait for its deletion).
QuickSendItemDialog *openDialog(QWidget *panel)
{
    const QList<QuickSendItemDialog *> dialogs = panel->findChildren<QuickSendItemDialog *>();
    for (QuickSendItemDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

template <typename T>
T *openChild(QWidget *parent, const char *name)
{
    const QList<T *> found = parent->findChildren<T *>(QLatin1String(name));
    for (T *widget : found) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

void clickOk(QDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

QPoint sendButtonOf(QListView *view, int row)
{
    const auto *delegate = qobject_cast<QuickSendDelegate *>(view->itemDelegate());
    return delegate->buttonRect(view->visualRect(view->model()->index(row, 0)), view).center();
}

} // namespace

class TestQuickSendPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyListShowsTheHint();
    void addTheEditorsMessage();
    void dialogRefusesWhatCannotBeSent();
    void editConvertsAndKeepsTheRow();
    void reorderDeleteAndUndo();
    void sendButtonEnterAndShortcuts();
    void shortcutsOnlyInTheShownSendBox();
    void disabledSendingSendsNothing();
    void loopWithPause();
    void loopStopsWhenSendingIsDisabled();
    void loopNeedsMessages();
    void exportAndImportThroughTheFileDialog();
    void hostileFileImportsNothing();
    void listPersistsPerSendBox();
    void retranslateKeepsTheList();

private:
    QuickSendPanel *panel() const { return m_box->quickSendPanel(); }
    QuickSendList *list() const { return m_box->quickSendList(); }
    QListView *view() const { return child<QListView>(m_box, "quickSendView"); }
    QString message() const
    {
        auto *label = child<QLabel>(m_box, "errorLabel");
        return label->isHidden() ? QString() : label->text();
    }
    void fill(const QList<QuickSendItem> &items)
    {
        for (const QuickSendItem &item : items)
            QVERIFY(list()->append(item));
    }

    std::unique_ptr<TestEnvironment> m_env;
    SendBox *m_box = nullptr;
    const QString m_key = QStringLiteral("tests/quicksend");
};

void TestQuickSendPanel::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
}

void TestQuickSendPanel::init()
{
    QSettings().remove(QStringLiteral("tests"));
    m_box = new SendBox;
    m_box->setSettingsKey(m_key);
    m_box->resize(900, 320);
    m_box->show();
    QVERIFY(QTest::qWaitForWindowActive(m_box));
}

void TestQuickSendPanel::cleanup()
{
    delete m_box;
    m_box = nullptr;
}

void TestQuickSendPanel::emptyListShowsTheHint()
{
    QLabel *hint = child<QLabel>(m_box, "quickSendHint");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Alt+1")));
    QVERIFY(!view()->isVisible());
    QVERIFY(!child<QPushButton>(m_box, "quickSendLoopButton")->isEnabled());
    fill({make(QStringLiteral("a"), QStringLiteral("a"))});
    QVERIFY(!hint->isVisible());
    QVERIFY(view()->isVisible());
}

void TestQuickSendPanel::addTheEditorsMessage()
{
    // The editor's message with the choices under it: hex, CRLF, CRC-16/MODBUS.
    child<QComboBox>(m_box, "formatCombo")->setCurrentIndex(1);
    m_box->setText(QStringLiteral("01 03 00 00 00 0A"));
    child<QComboBox>(m_box, "eolCombo")->setCurrentIndex(2);
    m_box->setChecksum(Checksum::Algorithm::Crc16Modbus);
    const QByteArray expected = *m_box->payload();

    QTest::mouseClick(child<QPushButton>(m_box, "quickSendAddButton"), Qt::LeftButton);
    QuickSendItemDialog *dialog = openDialog(panel());
    QVERIFY(dialog);
    QCOMPARE(child<QPlainTextEdit>(dialog, "itemMessageEdit")->toPlainText(), QStringLiteral("01 03 00 00 00 0A"));
    QCOMPARE(child<QComboBox>(dialog, "itemFormatCombo")->currentIndex(), 1);
    QVERIFY(child<QLabel>(dialog, "itemPreviewLabel")->text().contains(QString::fromLatin1(expected.toHex(' ').toUpper())));
    QLineEdit *name = child<QLineEdit>(dialog, "itemNameEdit");
    name->clear();
    TestTyping::typeText(name, QStringLiteral("Read registers"));
    clickOk(dialog);

    QCOMPARE(list()->count(), 1);
    QCOMPARE(list()->item(0).name, QStringLiteral("Read registers"));
    QCOMPARE(list()->item(0).payload().value_or(QByteArray()), expected);
    QCOMPARE(view()->currentIndex().row(), 0);

    // Cancel adds nothing.
    QTest::mouseClick(child<QPushButton>(m_box, "quickSendAddButton"), Qt::LeftButton);
    dialog = openDialog(panel());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(list()->count(), 1);
}

void TestQuickSendPanel::dialogRefusesWhatCannotBeSent()
{
    m_box->setText(QString());
    QTest::mouseClick(child<QPushButton>(m_box, "quickSendAddButton"), Qt::LeftButton);
    QuickSendItemDialog *dialog = openDialog(panel());
    QVERIFY(dialog);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QLabel *preview = child<QLabel>(dialog, "itemPreviewLabel");
    QVERIFY(!ok->isEnabled());   // nothing to send
    QVERIFY(preview->text().contains(QStringLiteral("Nothing to send")));

    child<QComboBox>(dialog, "itemFormatCombo")->setCurrentIndex(1);
    TestTyping::typeText(child<QPlainTextEdit>(dialog, "itemMessageEdit"), QStringLiteral("41 zz"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(preview->text().contains(QStringLiteral("zz")), qPrintable(preview->text()));

    child<QComboBox>(dialog, "itemFormatCombo")->setCurrentIndex(0);   // not convertible: stays hex, says why
    QCOMPARE(child<QComboBox>(dialog, "itemFormatCombo")->currentIndex(), 1);

    child<QPlainTextEdit>(dialog, "itemMessageEdit")->setPlainText(QStringLiteral("41 42"));
    QVERIFY(ok->isEnabled());
    QVERIFY(preview->text().contains(QStringLiteral("41 42")));
    dialog->reject();
    QCOMPARE(list()->count(), 0);
}

void TestQuickSendPanel::editConvertsAndKeepsTheRow()
{
    fill({make(QStringLiteral("first"), QStringLiteral("one")), make(QStringLiteral("Hello"), QStringLiteral("hello"))});
    const QString id = list()->id(1);
    view()->setCurrentIndex(list()->index(1));
    QTest::mouseClick(child<QToolButton>(m_box, "quickSendEditButton"), Qt::LeftButton);
    QuickSendItemDialog *dialog = openDialog(panel());
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "itemNameEdit")->text(), QStringLiteral("Hello"));
    // Text -> Hex converts what is typed; CRLF; another name.
    child<QComboBox>(dialog, "itemFormatCombo")->setCurrentIndex(1);
    QCOMPARE(child<QPlainTextEdit>(dialog, "itemMessageEdit")->toPlainText(), QStringLiteral("68 65 6C 6C 6F"));
    child<QComboBox>(dialog, "itemEolCombo")->setCurrentIndex(2);
    child<QLineEdit>(dialog, "itemNameEdit")->setText(QStringLiteral("Hello CRLF"));
    clickOk(dialog);

    QCOMPARE(list()->count(), 2);
    QCOMPARE(list()->id(1), id);   // the same message, edited in place
    QCOMPARE(list()->item(1).name, QStringLiteral("Hello CRLF"));
    QVERIFY(list()->item(1).hex);
    QCOMPARE(list()->item(1).payload().value_or(QByteArray()), QByteArray("hello\r\n"));

    // A double-click on the row (not on its button) edits too.
    const QRect row = view()->visualRect(list()->index(0));
    const QPoint onName(row.left() + 60, row.center().y());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, onName);   // a double-click's first click
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, onName);
    dialog = openDialog(panel());
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "itemNameEdit")->text(), QStringLiteral("first"));
    dialog->reject();
}

void TestQuickSendPanel::reorderDeleteAndUndo()
{
    fill({make(QStringLiteral("a"), QStringLiteral("1")), make(QStringLiteral("b"), QStringLiteral("2")),
          make(QStringLiteral("c"), QStringLiteral("3"))});
    auto *up = child<QToolButton>(m_box, "quickSendUpButton");
    auto *down = child<QToolButton>(m_box, "quickSendDownButton");
    auto *del = child<QToolButton>(m_box, "quickSendDeleteButton");
    auto *undo = child<QToolButton>(m_box, "quickSendUndoButton");
    QVERIFY(!del->isEnabled());   // nothing chosen yet

    view()->setCurrentIndex(list()->index(2));
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(names(list()), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(names(list()), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(view()->currentIndex().row(), 0);   // the moved message stays chosen
    QVERIFY(!up->isEnabled());
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(names(list()), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));

    // Delete the chosen one ("c"); Undo brings it back where it was, with its id.
    const QString id = list()->id(1);
    QVERIFY(!undo->isVisible());
    QTest::mouseClick(del, Qt::LeftButton);
    QCOMPARE(names(list()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(undo->isVisible());
    QVERIFY(message().contains(QStringLiteral("“c”")));
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(names(list()), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
    QCOMPARE(list()->id(1), id);
    QVERIFY(!undo->isVisible());

    // The Delete key in the list deletes the chosen one too.
    view()->setFocus();
    view()->setCurrentIndex(list()->index(0));
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(names(list()), (QStringList{QStringLiteral("c"), QStringLiteral("b")}));
}

void TestQuickSendPanel::sendButtonEnterAndShortcuts()
{
    QuickSendItem gbk = make(QStringLiteral("你好"), QStringLiteral("你好"), false, QuickSendItem::LineEnding::CrLf);
    gbk.encoding = TextCodec::Encoding::Gbk;
    QuickSendItem modbus = make(QStringLiteral("Read"), QStringLiteral("01 03 00 00 00 0A"), true);
    modbus.checksum = Checksum::Algorithm::Crc16Modbus;
    fill({make(QStringLiteral("hello"), QStringLiteral("hello")), gbk, modbus});
    // The send box's own choices do not change a message's bytes.
    child<QComboBox>(m_box, "eolCombo")->setCurrentIndex(1);
    m_box->setChecksum(Checksum::Algorithm::Crc32);

    QSignalSpy spy(m_box, &SendBox::sendRequested);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, sendButtonOf(view(), 1));
    QCOMPARE(sent(spy), QList<QByteArray>{QByteArray("\xc4\xe3\xba\xc3\r\n")});

    view()->setFocus();
    view()->setCurrentIndex(list()->index(2));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toByteArray(), QByteArray::fromHex("01030000000AC5CD"));

    // Alt+1 from the editor, Alt+3 from anywhere in the window.
    child<QPlainTextEdit>(m_box, "editor")->setFocus();
    QTest::keyClick(child<QPlainTextEdit>(m_box, "editor"), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toByteArray(), QByteArray("hello"));
    QTest::keyClick(m_box, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(3).at(0).toByteArray(), QByteArray::fromHex("01030000000AC5CD"));
    QVERIFY(m_box->text().isEmpty());   // the editor kept nothing of it

    // Alt+9 with three messages: nothing sent, and the line says why.
    QTest::keyClick(m_box, Qt::Key_9, Qt::AltModifier);
    QCOMPARE(spy.count(), 4);
    QVERIFY2(message().contains(QStringLiteral("no message 9")), qPrintable(message()));

    // The row's tooltip names the shortcut.
    QCOMPARE(QuickSendDelegate::shortcutText(0), QStringLiteral("Alt+1"));
    QCOMPARE(QuickSendDelegate::shortcutText(9), QString());
}

void TestQuickSendPanel::shortcutsOnlyInTheShownSendBox()
{
    delete m_box;
    m_box = nullptr;
    QTabWidget tabs;
    auto *first = new SendBox;
    auto *second = new SendBox;
    first->setSettingsKey(m_key + QStringLiteral("/first"));
    second->setSettingsKey(m_key + QStringLiteral("/second"));
    first->quickSendList()->append(make(QStringLiteral("one"), QStringLiteral("from first")));
    second->quickSendList()->append(make(QStringLiteral("one"), QStringLiteral("from second")));
    tabs.addTab(first, QStringLiteral("first"));
    tabs.addTab(second, QStringLiteral("second"));
    tabs.show();
    QVERIFY(QTest::qWaitForWindowActive(&tabs));
    QSignalSpy firstSpy(first, &SendBox::sendRequested);
    QSignalSpy secondSpy(second, &SendBox::sendRequested);

    QTest::keyClick(&tabs, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(firstSpy.count(), 1);
    QCOMPARE(secondSpy.count(), 0);
    tabs.setCurrentIndex(1);
    QTest::keyClick(&tabs, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(firstSpy.count(), 1);
    QCOMPARE(secondSpy.count(), 1);
    QCOMPARE(secondSpy.at(0).at(0).toByteArray(), QByteArray("from second"));
}

void TestQuickSendPanel::disabledSendingSendsNothing()
{
    fill({make(QStringLiteral("a"), QStringLiteral("a"))});
    m_box->setSendEnabled(false);
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, sendButtonOf(view(), 0));
    QTest::keyClick(m_box, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(spy.count(), 0);
    QVERIFY2(message().contains(QStringLiteral("was not sent")), qPrintable(message()));
    m_box->setSendEnabled(true);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, sendButtonOf(view(), 0));
    QCOMPARE(spy.count(), 1);
}

void TestQuickSendPanel::loopWithPause()
{
    fill({make(QStringLiteral("a"), QStringLiteral("A")), make(QStringLiteral("b"), QStringLiteral("B")),
          make(QStringLiteral("c"), QStringLiteral("C"))});
    child<QSpinBox>(m_box, "quickSendPauseSpin")->setValue(20);
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    QPushButton *loop = child<QPushButton>(m_box, "quickSendLoopButton");
    QCOMPARE(loop->text(), QStringLiteral("Loop"));
    QTest::mouseClick(loop, Qt::LeftButton);
    QVERIFY(panel()->isLooping());
    QCOMPARE(spy.count(), 1);   // the first at once
    QCOMPARE(list()->activeRow(), 0);
    QVERIFY(list()->index(0).data(QuickSendList::ActiveRole).toBool());
    QCOMPARE(loop->text(), QStringLiteral("Stop loop"));
    QVERIFY(!child<QSpinBox>(m_box, "quickSendPauseSpin")->isEnabled());
    QTRY_VERIFY(spy.count() >= 5);
    QTest::mouseClick(loop, Qt::LeftButton);
    QVERIFY(!panel()->isLooping());
    QCOMPARE(list()->activeRow(), -1);
    const QList<QByteArray> order = sent(spy);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(order.at(i), QByteArray(1, "ABC"[i % 3]));   // in list order, round after round
    // Stopped means stopped: nothing more once the pause is over.
    QSignalSpy more(m_box, &SendBox::sendRequested);
    QTimer afterThePause;
    afterThePause.setSingleShot(true);
    QSignalSpy over(&afterThePause, &QTimer::timeout);
    afterThePause.start(100);
    QVERIFY(over.wait(5000));
    QCOMPARE(more.count(), 0);
}

void TestQuickSendPanel::loopStopsWhenSendingIsDisabled()
{
    fill({make(QStringLiteral("a"), QStringLiteral("A")), make(QStringLiteral("b"), QStringLiteral("B"))});
    child<QSpinBox>(m_box, "quickSendPauseSpin")->setValue(10);
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    panel()->startLoop();
    QTRY_VERIFY(spy.count() >= 3);
    m_box->setSendEnabled(false);   // the connection went
    QVERIFY(!panel()->isLooping());
    QCOMPARE(list()->activeRow(), -1);
    QVERIFY2(message().contains(QStringLiteral("loop stopped")), qPrintable(message()));
    QVERIFY(!child<QPushButton>(m_box, "quickSendLoopButton")->isEnabled());
    panel()->startLoop();   // and it does not start again until sending is possible
    QVERIFY(!panel()->isLooping());
}

void TestQuickSendPanel::loopNeedsMessages()
{
    QSignalSpy spy(m_box, &SendBox::sendRequested);
    panel()->startLoop();
    QVERIFY(!panel()->isLooping());
    QVERIFY(message().contains(QStringLiteral("empty")));
    QCOMPARE(spy.count(), 0);
}

void TestQuickSendPanel::exportAndImportThroughTheFileDialog()
{
    QTemporaryDir dir;
    QuickSendItem modbus = make(QStringLiteral("Read"), QStringLiteral("01 03 00 00 00 0A"), true);
    modbus.checksum = Checksum::Algorithm::Crc16Modbus;
    fill({make(QStringLiteral("Hello"), QStringLiteral("hello"), false, QuickSendItem::LineEnding::CrLf), modbus});

    // Export: the menu's action, the file dialog, the file.
    const QString path = dir.filePath(QStringLiteral("exercise.json"));
    child<QAction>(m_box, "quickSendImportAction");   // both are in the "⋯" menu
    child<QAction>(m_box, "quickSendExportAction")->trigger();
    QFileDialog *fileDialog = openChild<QFileDialog>(panel(), "quickSendFileDialog");
    QVERIFY(fileDialog);
    QCOMPARE(fileDialog->acceptMode(), QFileDialog::AcceptSave);
    fileDialog->selectFile(path);
    static_cast<QDialog *>(fileDialog)->accept();   // what its Save/Open button does
    QTRY_VERIFY(QFile::exists(path));
    QVERIFY2(message().contains(QStringLiteral("exercise.json")), qPrintable(message()));
    QVERIFY(*QuickSendFile::read(path) == list()->items());

    // Import into another send box, whose list is empty: no question.
    SendBox other;
    other.setSettingsKey(m_key + QStringLiteral("/other"));
    other.show();
    child<QAction>(&other, "quickSendImportAction")->trigger();
    fileDialog = openChild<QFileDialog>(other.quickSendPanel(), "quickSendFileDialog");
    QVERIFY(fileDialog);
    QCOMPARE(fileDialog->fileMode(), QFileDialog::ExistingFile);
    fileDialog->selectFile(path);
    static_cast<QDialog *>(fileDialog)->accept();   // what its Save/Open button does
    QTRY_COMPARE(other.quickSendList()->count(), 2);
    QVERIFY(other.quickSendList()->items() == list()->items());

    // Import again: asked whether to add or replace. Add, then replace.
    other.quickSendPanel()->importFrom(path);
    auto *question = openChild<QMessageBox>(other.quickSendPanel(), "quickSendImportQuestion");
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("exercise.json")));
    QTest::mouseClick(child<QPushButton>(question, "appendButton"), Qt::LeftButton);
    QTRY_COMPARE(other.quickSendList()->count(), 4);
    other.quickSendList()->remove(0);
    other.quickSendPanel()->importFrom(path);
    question = openChild<QMessageBox>(other.quickSendPanel(), "quickSendImportQuestion");
    QVERIFY(question);
    QTest::mouseClick(child<QPushButton>(question, "replaceButton"), Qt::LeftButton);
    QTRY_COMPARE(other.quickSendList()->count(), 2);
    QVERIFY(other.quickSendList()->items() == list()->items());
    // Cancel changes nothing.
    other.quickSendPanel()->importFrom(path);
    question = openChild<QMessageBox>(other.quickSendPanel(), "quickSendImportQuestion");
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QCOMPARE(other.quickSendList()->count(), 2);
}

void TestQuickSendPanel::hostileFileImportsNothing()
{
    fill({make(QStringLiteral("mine"), QStringLiteral("m"))});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(UiTest::writeFile(path, "{\n  \"format\": \"socketlab-quick-send\",\n  \"version\": 1,\n  \"items\": [\n"
                                    "    {\"name\": \"ok\", \"text\": \"ok\"},\n"
                                    "    {\"name\": \"bad\", \"text\": \"01 zz\", \"hex\": true}\n  ]\n}\n"));
    panel()->importFrom(path);
    QVERIFY(!openChild<QMessageBox>(panel(), "quickSendImportQuestion"));   // refused before asking
    QCOMPARE(names(list()), QStringList{QStringLiteral("mine")});
    QVERIFY2(message().contains(QStringLiteral("Nothing was imported from bad.json")), qPrintable(message()));
    QVERIFY2(message().contains(QStringLiteral("Line 6")), qPrintable(message()));

    QVERIFY(UiTest::writeFile(path, "{\"format\": \"socketlab-quick-send\", \"version\": 7, \"items\": []}"));
    panel()->importFrom(path);
    QVERIFY2(message().contains(QStringLiteral("version 7")), qPrintable(message()));
    QCOMPARE(list()->count(), 1);
}

void TestQuickSendPanel::listPersistsPerSendBox()
{
    fill({make(QStringLiteral("a"), QStringLiteral("1")), make(QStringLiteral("b"), QStringLiteral("2"))});
    list()->move(1, 0);
    child<QSpinBox>(m_box, "quickSendPauseSpin")->setValue(250);
    SendBox again;
    again.setSettingsKey(m_key);
    QCOMPARE(names(again.quickSendList()), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(child<QSpinBox>(&again, "quickSendPauseSpin")->value(), 250);
    SendBox elsewhere;
    elsewhere.setSettingsKey(m_key + QStringLiteral("/elsewhere"));
    QCOMPARE(elsewhere.quickSendList()->count(), 0);
}

void TestQuickSendPanel::retranslateKeepsTheList()
{
    fill({make(QStringLiteral("a"), QStringLiteral("1"))});
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(panel(), &change);
    QCOMPARE(list()->count(), 1);
    QCOMPARE(child<QPushButton>(m_box, "quickSendAddButton")->text(), QStringLiteral("+ Add"));
}

QTEST_MAIN(TestQuickSendPanel)
#include "tst_quicksendpanel.moc"
