#pragma once

#include <QWidget>

#include <functional>
#include <optional>

#include "QuickSendItem.h"

class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QuickSendDelegate;
class QuickSendList;
class QuickSendLoop;

// The quick-send list beside the send box's editor (the assistants' 快捷指令 / 多条发送): saved
// messages, each with its own Send button, the first nine also on Alt+1…Alt+9 (only in the send
// box that is shown); add the editor's message, edit (a small dialog), reorder, delete (with
// Undo); import and export a file (QuickSendFile) so a teacher can hand out an exercise's
// messages; loop through the list with a pause between messages (QuickSendLoop), highlighting
// the one sent.
// Each message keeps its own format, line ending, encoding and checksum. What it sends goes out
// through sendRequested (the send box's own), its notes through messageShown.
class QuickSendPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QuickSendPanel(QWidget *parent = nullptr);
    ~QuickSendPanel() override;

    QuickSendList *list() const;
    // The list and the loop's pause are kept under `key` (the send box's settings group).
    void setSettingsKey(const QString &key);
    // Off: the Send buttons and shortcuts send nothing (they say why), and a loop stops.
    void setSendEnabled(bool enabled);
    // Where "Add" takes the message from: the send box's editor and its choices.
    void setCurrentMessageSource(std::function<QuickSendItem()> source);
    bool isLooping() const;

public slots:
    void sendRow(int row);
    void addCurrentMessage();      // the dialog, filled with the editor's message
    void editRow(int row);
    void deleteRow(int row);
    void undoDelete();
    void moveRow(int row, int delta);
    void startLoop();
    void stopLoop();
    void chooseImportFile();
    void chooseExportFile();
    // Reads `path`; when the list already has messages, asks whether to add or replace.
    void importFrom(const QString &path);
    bool exportTo(const QString &path);

signals:
    void sendRequested(const QByteArray &payload);
    // A note for the send box's message line: a refused message, an import's result, a loop that stopped.
    void messageShown(const QString &text, bool isError);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;   // keys and context menu in the list

private:
    struct Deleted
    {
        int row = -1;
        QString id;
        QuickSendItem item;
    };

    void retranslate();
    int currentRow() const;
    void updateButtons();
    void updatePage();
    void updateLoopUi();
    void openItemDialog(const QuickSendItem &item, int row);   // row -1: add
    void applyImport(const QList<QuickSendItem> &items, bool replace, const QString &fileName);
    void showContextMenu(const QPoint &pos);
    QString folder() const;
    void rememberFolder(const QString &path);
    void forgetUndo();

    QuickSendList *m_list;
    QuickSendDelegate *m_delegate;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    QListView *m_view;
    QPushButton *m_addButton;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QToolButton *m_undoButton;
    QToolButton *m_moreButton;
    QMenu *m_moreMenu;
    QAction *m_importAction;
    QAction *m_exportAction;
    QPushButton *m_loopButton;
    QLabel *m_pauseLabel;
    QSpinBox *m_pauseSpin;
    QLabel *m_loopStatus;
    QuickSendLoop *m_loop;
    std::function<QuickSendItem()> m_currentMessage;
    QString m_settingsKey;
    bool m_sendEnabled = true;
    std::optional<Deleted> m_deleted;
};
