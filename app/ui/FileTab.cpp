#include "FileTab.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include "FileServerCommand.h"

namespace {
const RoleTab::Words TabWords{"FileTab", QT_TRANSLATE_NOOP("FileTab", "Files"),
                              QT_TRANSLATE_NOOP("FileTab", "&Server (share files, receive uploads)"),
                              QT_TRANSLATE_NOOP("FileTab", "&Client (download and upload)"),
                              QT_TRANSLATE_NOOP("FileTab", "Both can run at once: start the server here, then download from it as a client.")};
} // namespace

FileTab::FileTab(QWidget *parent)
    : RoleTabOf(TabWords, QStringLiteral("files"), {QStringLiteral("file-server")}, parent)
{
    setAcceptDrops(true);
}

bool FileTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    if (command != QLatin1String("file-server")) {
        *error = tr("The file tab cannot open “%1”.").arg(command);
        return false;
    }
    const std::optional<FileServerOptions> options = FileServerCommand::parseOptions(arguments, error);
    if (!options)
        return false;
    showServer();
    serverPanel()->applyOptions(*options);
    serverPanel()->start();
    return true;
}

void FileTab::upload(const QStringList &paths)
{
    showClient();
    clientPanel()->upload(paths);
}

QStringList FileTab::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void FileTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FileTab::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    upload(paths);
}
