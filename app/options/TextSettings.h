#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

#include "Checksum.h"
#include "OptionSpec.h"
#include "TextCodec.h"

class CommandLineReader;

// How the chat commands (tcp-server, tcp-client, udp) show and send text: --encoding, --hex,
// --quiet and --checksum, and how a typed line or a text given on the command line becomes bytes under them.
// With --hex a typed line is hex bytes ("68 69"), otherwise it is text (UTF-8 from the
// terminal) re-encoded in the chosen encoding. The window applies the encoding to its send box
// and traffic view; the console (ConsoleOutput) all three.
struct TextSettings
{
    Q_DECLARE_TR_FUNCTIONS(TextSettings)

public:
    TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
    bool hex = false;
    bool quiet = false;   // only when the command's table has --quiet (each describes it itself)
    Checksum::Algorithm checksum = Checksum::Algorithm::None;   // appended to every message sent

    // The shared options, for the commands' tables.
    static OptionSpec encodingOption();
    static OptionSpec hexOption();
    static OptionSpec checksumOption();

    // Reads them; false + a translated reason on a bad value.
    static bool read(const CommandLineReader &reader, TextSettings *settings, QString *error);

    // The bytes to send for one typed line; nullopt + a translated reason for bad hex.
    std::optional<QByteArray> inputToBytes(const QByteArray &line, QString *error) const;
    // A text given on the command line (--greeting, --reply text:…) in the chosen encoding.
    QByteArray textToBytes(const QString &text) const;
    // A message as it goes out: its bytes (line ending included) followed by the --checksum of them.
    QByteArray withChecksum(const QByteArray &message) const;
};
