#pragma once

#include "FileClientPanel.h"
#include "FileServerPanel.h"
#include "RoleTabOf.h"

class QMimeData;

// The file tab: a file server panel (classic download/upload and SocketLab protocol over a
// shared folder) and a client panel (browse, download, upload, transfers table), switched with
// the Role radio buttons; both may run at once. Files dropped onto the tab are uploaded with
// the client panel. Handles `--open file-server …`.
class FileTab final : public RoleTabOf<FileServerPanel, FileClientPanel>
{
    Q_OBJECT

public:
    explicit FileTab(QWidget *parent = nullptr);

    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;

public slots:
    // Uploads local files with the client panel (the file picker and drag-and-drop end here).
    void upload(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QStringList localFiles(const QMimeData *mime);
};
