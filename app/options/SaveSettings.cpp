#include "SaveSettings.h"

#include "CommandLineReader.h"

namespace {
const QString kSave = QStringLiteral("save");
const QString kSaveFormat = QStringLiteral("save-format");
} // namespace

OptionSpec SaveSettings::saveOption()
{
    return OptionSpec::value(kSave, QStringLiteral("FILE"), "SaveSettings",
                             QT_TR_NOOP("Write every byte received, from every peer, to FILE as it arrives (an existing "
                                        "FILE is replaced); it is complete when the command ends."));
}

OptionSpec SaveSettings::formatOption()
{
    return OptionSpec::value(kSaveFormat, QStringLiteral("FORMAT"), "SaveSettings",
                             QT_TR_NOOP("How --save writes: raw (the bytes as received) or hex (one text line per "
                                        "received chunk or datagram: time, sender, hex bytes)."))
        .withDefault(QStringLiteral("raw"))
        .withChoices(QStringLiteral("raw|hex"));
}

bool SaveSettings::read(const CommandLineReader &reader, SaveSettings *settings, QString *error)
{
    const QString format = reader.value(kSaveFormat);
    if (format == QLatin1String("raw")) {
        settings->format = ReceiveRecorder::Format::Raw;
    } else if (format == QLatin1String("hex")) {
        settings->format = ReceiveRecorder::Format::Hex;
    } else {
        *error = tr("Unknown save format “%1”: use raw or hex.").arg(format);
        return false;
    }
    if (reader.isSet(kSaveFormat) && !reader.isSet(kSave)) {
        *error = tr("--save-format needs --save FILE: it says how that file is written.");
        return false;
    }
    if (!reader.isSet(kSave)) {
        settings->path.clear();
        return true;
    }
    const QString path = reader.value(kSave);
    if (const std::optional<QString> unusable = ReceiveRecorder::unusablePath(path)) {
        *error = *unusable;
        return false;
    }
    settings->path = path;
    return true;
}
