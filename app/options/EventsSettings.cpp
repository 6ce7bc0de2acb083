#include "EventsSettings.h"

#include <QDir>
#include <QFileInfo>

#include "CommandLineReader.h"

namespace {
const QString kEvents = QStringLiteral("events");
} // namespace

OptionSpec EventsSettings::eventsOption()
{
    return OptionSpec::value(kEvents, QStringLiteral("FILE"), "EventsSettings",
                             QT_TR_NOOP("Write every event (connections, data sent and received, closes, errors) to "
                                        "FILE as JSON Lines as it happens (an existing FILE is replaced); it is "
                                        "complete when the command ends. socketlab diagram FILE draws it."));
}

bool EventsSettings::read(const CommandLineReader &reader, EventsSettings *settings, QString *error)
{
    if (!reader.isSet(kEvents)) {
        if (settings)
            settings->path.clear();
        return true;
    }
    if (!settings) {
        *error = tr("--events is for the commands without a window (socketlab tcp-server …); the window does not "
                    "write an events file.");
        return false;
    }
    const QString path = reader.value(kEvents);
    if (const std::optional<QString> unusable = unusablePath(path)) {
        *error = *unusable;
        return false;
    }
    settings->path = path;
    return true;
}

std::optional<QString> EventsSettings::unusablePath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("No file name was given to write the events into.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("“%1” is a folder: give the name of a file to write the events into.").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("The folder “%1” does not exist, so “%2” cannot be created.")
            .arg(QDir::toNativeSeparators(folder.filePath()), path);
    if (!folder.isDir())
        return tr("“%1” is not a folder, so “%2” cannot be created.").arg(QDir::toNativeSeparators(folder.filePath()), path);
    if (info.exists() ? !info.isWritable() : !folder.isWritable())
        return tr("“%1” cannot be written: permission denied.").arg(path);
    return std::nullopt;
}
