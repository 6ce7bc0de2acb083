#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "TextCodec.h"

class ConsoleOutput;
class QCommandLineParser;

// The display options shared by the chat commands (--encoding, --hex, --quiet) and how typed
// input becomes bytes under them: with --hex a typed line is hex bytes ("68 69"), otherwise it
// is text (UTF-8 from the terminal) re-encoded in the chosen encoding.
struct ConsoleSettings
{
    TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
    bool hex = false;
    bool quiet = false;

    static void addOptions(QCommandLineParser *parser, bool withQuiet);
    // Reads the options added by addOptions(); false + a translated reason on a bad value.
    static bool read(const QCommandLineParser &parser, ConsoleSettings *settings, QString *error);

    void applyTo(ConsoleOutput *output) const;
    // The bytes to send for one typed line; nullopt + a translated reason for bad hex.
    std::optional<QByteArray> inputToBytes(const QByteArray &line, QString *error) const;
    // A text given on the command line (--greeting, --reply text:…) in the chosen encoding.
    QByteArray textToBytes(const QString &text) const;
};
