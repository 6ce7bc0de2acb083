#pragma once

#include <QWidget>

#include <memory>

#include "Checksum.h"
#include "ConversationDiagram.h"
#include "DiagramExport.h"
#include "EmptyHint.h"
#include "LogFormat.h"
#include "TextCodec.h"
#include "TrafficEvent.h"
#include "TrafficModel.h"

namespace Ui { class TrafficView; }
class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class ChangeCoalescer;
class DiagramView;
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
//
// The conversation diagram (DiagramView, drawn by DiagramPainter) shows the same events as a
// textbook picture, instead of the log or beside it (View menu: Log, Diagram, Log and diagram;
// remembered). It follows the log's peer filter, encoding, Hex choice (previews) and Pause (sent
// data is drawn even while the log hides it: the picture is of the wire), and
// draws the newest DiagramMaxArrows arrows among the log's newest DiagramWindowEvents events of
// that peer (older ones are counted on the picture as not shown), so a flood costs a bounded
// rebuild, at most DiagramRebuildsPerSecond times a second and only while the diagram is on
// screen. It follows the newest arrow while scrolled to the bottom with auto-scroll on.
// Selecting an arrow selects its row in the log and the other way round. The Save menu exports
// the diagram (SVG or PNG) and saves the log as events (JSON Lines, docs/events.md).
class TrafficView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultDetailLines = 11;  // the header, a three-line message and its hex dump
    static constexpr int WrappedRowLines = 3;      // lines of a row while long rows are wrapped
    static constexpr int DiagramMaxArrows = 500;
    static constexpr int DiagramWindowEvents = 2000;
    static constexpr int DiagramRebuildsPerSecond = 4;

    // What the view shows under its toolbar: the log (table and detail pane), the diagram, or
    // both side by side.
    enum class Layout { Log, Diagram, Both };
    Q_ENUM(Layout)

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
    // The key also names who recorded, for a log saved as events ("tcp/server/log": tcp-server).
    void setSettingsKey(const QString &key, int detailLines = DefaultDetailLines);

    Layout layout() const;
    DiagramView *diagramView() const;
    // The diagram of what the log shows now (peer filter, encoding, Hex, Pause), built at once;
    // `sequences` (optional) gets each event's TrafficModel sequence number by its index in
    // the list the diagram was built from (ConversationDiagram::Arrow::eventIndex).
    ConversationDiagram buildDiagram(QList<qint64> *sequences = nullptr) const;
    // Writes that diagram as SVG or PNG; false with a translated reason.
    bool exportDiagramTo(const QString &path, DiagramExport::Format format, QString *error) const;

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
    void setLayout(TrafficView::Layout layout);
    void copySelection();
    // Asks for a file name (QFileDialog) and saves as text or CSV; errors in a message box.
    void saveAsText();
    void saveAsCsv();
    void saveAsEvents();
    // Asks for a file (SVG or PNG by the filter or the suffix) and exports the diagram there;
    // errors in a message box.
    void exportDiagram();
    // Rebuilds the diagram now when it is on screen (else when it is shown next).
    void refreshDiagram();

signals:
    void displayModeChanged(TrafficModel::DisplayMode mode);
    void encodingChanged(TextCodec::Encoding encoding);
    void layoutChanged(TrafficView::Layout layout);

protected:
    void changeEvent(QEvent *event) override;   // retranslate
    bool eventFilter(QObject *watched, QEvent *event) override;   // the table's width: Both rows

private:
    void setUpTable();
    void setUpToolbar();
    void setUpViewMenu();
    void setUpDiagram();
    void diagramChanged();                    // something it draws changed: rebuild when due
    void selectRowOfArrow(int arrow);
    void selectArrowOfRow();
    int arrowOfCurrentRow() const;            // the diagram's arrow of the log's current row, or -1
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
    QAction *m_saveEventsAction = nullptr;
    QAction *m_exportDiagramAction = nullptr;
    QActionGroup *m_layoutGroup = nullptr;
    QAction *m_showLogAction = nullptr;
    QAction *m_showDiagramAction = nullptr;
    QAction *m_showBothAction = nullptr;
    Layout m_layout = Layout::Log;
    QSplitter *m_diagramSplitter = nullptr;
    DiagramView *m_diagram = nullptr;
    ChangeCoalescer *m_diagramRebuild = nullptr;
    bool m_diagramStale = false;              // something changed while the diagram was hidden
    bool m_syncingSelection = false;
    QList<qint64> m_diagramSequences;         // the shown diagram's event index -> model sequence
    QString m_firstLocal;                     // our first address the events said since the clear
    QMenu *m_viewMenu = nullptr;
    QAction *m_autoScrollAction = nullptr;
    QAction *m_showTimeAction = nullptr;
    QAction *m_showSentAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QMenu *m_checksumMenu = nullptr;
    QActionGroup *m_checksumGroup = nullptr;
};
