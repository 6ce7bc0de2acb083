#include "ConsoleSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "ConsoleOutput.h"

namespace {
const QString kEncoding = QStringLiteral("encoding");
const QString kHex = QStringLiteral("hex");
const QString kQuiet = QStringLiteral("quiet");
} // namespace

void ConsoleSettings::addOptions(QCommandLineParser *parser, bool withQuiet)
{
    parser->addOption(QCommandLineOption(kEncoding,
        QCoreApplication::translate("ConsoleSettings", "Text encoding for display and sending: utf-8, gbk or latin-1."),
        QStringLiteral("name"), QStringLiteral("utf-8")));
    parser->addOption(QCommandLineOption(kHex,
        QCoreApplication::translate("ConsoleSettings", "Show data as hex bytes; typed lines are hex bytes too.")));
    if (withQuiet)
        parser->addOption(QCommandLineOption(kQuiet,
            QCoreApplication::translate("ConsoleSettings", "Do not print messages, only connections and errors.")));
}

bool ConsoleSettings::read(const QCommandLineParser &parser, ConsoleSettings *settings, QString *error)
{
    const QString encodingName = parser.value(kEncoding);
    const std::optional<TextCodec::Encoding> encoding = TextCodec::fromName(encodingName);
    if (!encoding) {
        *error = QCoreApplication::translate("ConsoleSettings",
                     "Unknown encoding “%1”: use utf-8, gbk or latin-1.").arg(encodingName);
        return false;
    }
    settings->encoding = *encoding;
    settings->hex = parser.isSet(kHex);
    settings->quiet = parser.optionNames().contains(kQuiet) && parser.isSet(kQuiet);
    return true;
}

void ConsoleSettings::applyTo(ConsoleOutput *output) const
{
    output->setEncoding(encoding);
    output->setHex(hex);
    output->setQuiet(quiet);
}

std::optional<QByteArray> ConsoleSettings::inputToBytes(const QByteArray &line, QString *error) const
{
    if (hex)
        return TextCodec::fromHex(QString::fromUtf8(line), error);
    if (encoding == TextCodec::Encoding::Utf8)
        return line;   // exactly the bytes typed, even when they are not valid UTF-8
    return TextCodec::encode(QString::fromUtf8(line), encoding);
}

QByteArray ConsoleSettings::textToBytes(const QString &text) const
{
    return TextCodec::encode(text, encoding);
}
