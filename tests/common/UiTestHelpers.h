#pragma once

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include "SendBox.h"
#include "TrafficEvent.h"
#include "TrafficModel.h"
#include "TypeText.h"

// Small helpers shared by the offscreen tab tests.
namespace UiTest {

// The named child widget; a missing one stops the test run with its name (a renamed widget in a
// form is a test bug, not a reason to crash on a null pointer).
template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Rows of a traffic model whose payload equals `bytes`, in the given direction.
inline int countData(const TrafficModel *model, TrafficEvent::Direction direction, const QByteArray &bytes)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &e = model->eventAt(row);
        if (e.kind == TrafficEvent::Kind::Data && e.direction == direction && e.bytes == bytes)
            ++n;
    }
    return n;
}

// Whether a row of the given kind has a text containing `text`.
inline bool hasEventContaining(const TrafficModel *model, TrafficEvent::Kind kind, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &e = model->eventAt(row);
        if (e.kind == kind && e.text.contains(text))
            return true;
    }
    return false;
}

// Types `text` into the send box's editor key by key and clicks Send.
inline void typeAndSend(SendBox *box, const QString &text)
{
    QPlainTextEdit *editor = child<QPlainTextEdit>(box, "editor");
    editor->clear();
    TestTyping::typeText(editor, text);
    QTest::mouseClick(child<QPushButton>(box, "sendButton"), Qt::LeftButton);
}

// Writes a test file (creating its folder); false when that fails.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A test file's bytes (test files are a few MiB at most); empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Closes every modal box (an error message the code under test shows) as soon as it appears,
// for as long as `timer` runs; `context` owns the connection. With `texts`, the text of each
// message box closed is appended to it.
inline void closeModalBoxes(QTimer *timer, QObject *context, QStringList *texts = nullptr)
{
    QObject::connect(timer, &QTimer::timeout, context, [texts] {
        QWidget *box = QApplication::activeModalWidget();
        if (!box)
            return;
        if (auto *message = qobject_cast<QMessageBox *>(box); message && texts)
            texts->append(message->text());
        box->close();
    });
    timer->start(20);
}

} // namespace UiTest
