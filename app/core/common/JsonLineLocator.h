#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// Where each value of a JSON text is, by JSON pointer ("/checks/2/steps/5/expect"), so that a
// lab file's errors can say "line N": QJsonDocument keeps no positions. One tokenizer pass over
// text QJsonDocument has already accepted; on anything else it records what it could read and
// stops. An object member is located at its key, an array element where the element starts.
// It also notices a key given twice in one object, which QJsonDocument silently merges.
class JsonLineLocator
{
public:
    explicit JsonLineLocator(const QByteArray &json);

    // The 1-based line of the value at `pointer`; for a pointer it did not record, the line of
    // the nearest ancestor it did (1 for the root).
    int line(const QString &pointer) const;
    // The first key given twice in one object: its pointer (empty when none) and the line of
    // its second appearance.
    QString duplicateKey() const;
    int duplicateLine() const;

    // The 1-based line of the byte at `offset` (QJsonParseError::offset).
    static int lineAt(const QByteArray &json, qsizetype offset);
    // One level deeper: "/checks" + 2 -> "/checks/2"; "" + "a/b" -> "/a~1b" (RFC 6901 escapes).
    static QString child(const QString &pointer, const QString &key);
    static QString child(const QString &pointer, int index);

private:
    class Scanner;

    QHash<QString, int> m_lines;
    QString m_duplicate;
    int m_duplicateLine = 0;
};
