#include "FileTab.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include "FileServerCommandLine.h"

FileTab::FileTab(QWidget *parent)
    : RoleTabOf({"FileTab", QT_TRANSLATE_NOOP("FileTab", "Files"),
                 QT_TRANSLATE_NOOP("FileTab", "Both can run at once: start the server here, then download from it as a client.")},
                QStringLiteral("files"), {QStringLiteral("file-server")}, parent)
{
    setAcceptDrops(true);
}

bool FileTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    if (command != QLatin1String("file-server")) {
        *error = tr("The file tab cannot open “%1”.").arg(command);
        return false;
    }
    const std::optional<FileServerOptions> options = FileServerCommandLine::parse(arguments, error);
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
