#pragma once

#include <memory>

#include "ToolTab.h"

namespace Ui { class FileTab; }
class FileClientPanel;
class FileServerPanel;
class QMimeData;

// The file tab: a file server panel (classic download/upload and SocketLab protocol over a
// shared folder) and a client panel (browse, download, upload, transfers table), switched with
// the Role radio buttons; both may run at once. Files dropped onto the tab are uploaded with
// the client panel. Handles `--open file-server …`.
class FileTab final : public ToolTab
{
    Q_OBJECT

public:
    explicit FileTab(QWidget *parent = nullptr);
    ~FileTab() override;

    FileServerPanel *serverPanel() const;
    FileClientPanel *clientPanel() const;
    void showServer();
    void showClient();

    TrafficView *currentTrafficView() const override;
    QStringList statusSummaries() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;
    QStringList openCommands() const override;
    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;

public slots:
    // Uploads local files with the client panel (the file picker and drag-and-drop end here).
    void upload(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QStringList localFiles(const QMimeData *mime);

    std::unique_ptr<Ui::FileTab> m_ui;
};
