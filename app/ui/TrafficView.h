#pragma once

#include <QWidget>

#include <memory>

#include "Checksum.h"
#include "EmptyHint.h"
#include "LogFormat.h"
#include "TextCodec.h"
#include "TrafficEvent.h"
#include "TrafficModel.h"

namespace Ui { class TrafficView; }
class QAction;
class QActionGroup;
class QMenu;
class TrafficFilterModel;
class WrappedTextDelegate;

// The shared traffic view used by the TCP and UDP tabs (forms/TrafficView.ui): a table of
// events over TrafficModel with a small toolbar (Text/Hex/Both, encoding, peer filter, a View
// menu, Pause, copy, clear, save) and a detail pane showing the selected row in full (text + hex
// dump, or the hex-editor rows in Both mode).
// The View menu holds the display switches: auto-scroll, timestamps (the Time column), sent data,
// wrapped rows (taller rows, still one uniform height) and the checksum received data is verified
// with (the Check column). Pause stops the display, not the log: events keep arriving into the
// model and are counted; a bar says how many are waiting, and resuming shows them.
// Rows are coloured per peer; the view follows the newest row while scrolled to the bottom.
// With a settings key, the display mode and the View menu's switches are remembered (Pause is not:
// a new session always shows live traffic).
class TrafficView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultDetailLines = 11;  // the header, a three-line message and its hex dump
    static constexpr int WrappedRowLines = 3;      // lines of a row while long rows are wrapped

    explicit TrafficView(QWidget *parent = nullptr);
    ~TrafficView() override;

    TrafficModel *model() const;
    bool autoScroll() const;
    void setAutoScroll(bool on);
    QString peerFilter() const;                  // empty: all peers
    bool showsTime() const;
    bool showsSent() const;
    bool wrapsRows() const;
    bool isPaused() const;
    Checksum::Algorithm verifiedChecksum() const;
    // What the empty log says will appear in it (and its link to the tab's quick start).
    void setEmptyHint(EmptyHint::Log log);
    // Where the table/detail splitter, the display mode and the View menu's switches are
    // remembered (e.g. "tcp/server/log"); unset: not remembered. Until the user moves the splitter,
    // the detail pane is `detailLines` lines high.
    void setSettingsKey(const QString &key, int detailLines = DefaultDetailLines);

public slots:
    void appendEvents(const QList<TrafficEvent> &events);
    void clear();
    void setDisplayMode(TrafficModel::DisplayMode mode);
    void setEncoding(TextCodec::Encoding encoding);
    void setPeerFilter(const QString &peer);     // empty: all peers
    void setShowTime(bool show);
    void setShowSent(bool show);
    void setWrapRows(bool wrap);
    void setPaused(bool paused);
    void setVerifiedChecksum(Checksum::Algorithm algorithm);
    void copySelection();
    // Asks for a file name (QFileDialog) and saves as text or CSV; errors in a message box.
    void saveAsText();
    void saveAsCsv();

signals:
    void displayModeChanged(TrafficModel::DisplayMode mode);
    void encodingChanged(TextCodec::Encoding encoding);

protected:
    void changeEvent(QEvent *event) override;   // retranslate
    bool eventFilter(QObject *watched, QEvent *event) override;   // the table's width: Both rows

private:
    void setUpTable();
    void setUpToolbar();
    void setUpViewMenu();
    void updatePeerCombo(const QStringList &peers);
    void updateCountLabel();
    void updatePauseBar();
    void updateDetail();
    void updateRowHeight();
    void fitBothRows();
    void retranslateDynamicTexts();
    void remember(const QString &name, const QVariant &value) const;
    QList<int> selectedSourceRows() const;
    QString detailText(int sourceRow) const;
    void save(LogFormat format);
    int detailHeight(int lines) const;

    std::unique_ptr<Ui::TrafficView> m_ui;
    TrafficModel *m_model;
    TrafficFilterModel *m_proxy;
    WrappedTextDelegate *m_wrapDelegate;
    QString m_settingsKey;
    QAction *m_saveTextAction = nullptr;
    QAction *m_saveCsvAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_autoScrollAction = nullptr;
    QAction *m_showTimeAction = nullptr;
    QAction *m_showSentAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QMenu *m_checksumMenu = nullptr;
    QActionGroup *m_checksumGroup = nullptr;
};
