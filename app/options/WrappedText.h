#pragma once

#include <QString>
#include <QStringList>

// Breaks a paragraph into lines for a terminal, for --help: at most `width` columns a line where
// the words allow it, breaking only where a line may break (between words, and between Chinese
// characters but never before "，" or "。"; in an English sentence a quoted Chinese word stays
// whole). Chinese and other wide characters take two columns.
class WrappedText
{
public:
    static QStringList lines(const QString &paragraph, int width);
    // The columns `text` takes in a terminal.
    static int columns(const QString &text);
};
