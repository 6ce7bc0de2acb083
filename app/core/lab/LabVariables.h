#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include "LabDefinition.h"

// The ${name} values of one check while it runs: the lab's parameters (file=test.txt), the
// named groups a regex step captured (${size}), and, for explanations, the placeholders
// ${expected}, ${received}, ${sent}, ${timeout} and ${step}. Expansion is one pass: a value
// that itself contains "${…}" (a peer's bytes) is never expanded again; an unknown name stays
// as written so that a typo shows.
class LabVariables
{
public:
    void set(const QString &name, const QString &value);
    void insert(const QMap<QString, QString> &values);
    bool contains(const QString &name) const;
    QString value(const QString &name) const;
    const QMap<QString, QString> &values() const;

    QString expand(const QString &text) const;
    // The bytes of a Send step (or an Exact / Prefix expectation): the text with ${names}
    // filled, as UTF-8; the hex bytes; or the filler repeated to its count.
    QByteArray payload(const LabStep &step) const;

    // Bytes as an explanation or a step description shows them: UTF-8 text with line endings
    // and control characters visible (\r\n, \x00), invalid bytes as \xNN, at most maxChars
    // characters then "…".
    static QString shown(const QByteArray &bytes, int maxChars = 400);
    // shown() in quotes (“hello\r\n”), or, for no bytes at all, the word "nothing" in
    // `language` ("en", "zh_CN"): what ${received}, ${sent} and an expected ${expected} become
    // in a lab's explanation written in that language.
    static QString quoted(const QByteArray &bytes, const QString &language);

private:
    QMap<QString, QString> m_values;
};
