#pragma once

#include <QWidget>

#include <memory>

#include "EmptyHint.h"
#include "LogFormat.h"
#include "TextCodec.h"
#include "TrafficEvent.h"
#include "TrafficModel.h"

namespace Ui { class TrafficView; }
class QAction;
class QSortFilterProxyModel;

// The shared traffic view used by the TCP and UDP tabs (forms/TrafficView.ui): a table of
// events over TrafficModel with a small toolbar (Text/Hex, encoding, peer filter, auto-scroll,
// copy, clear, save) and a detail pane showing the selected row in full (text + hex dump).
// Rows are coloured per peer; the view follows the newest row while scrolled to the bottom.
class TrafficView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultDetailLines = 11;  // the header, a three-line message and its hex dump

    explicit TrafficView(QWidget *parent = nullptr);
    ~TrafficView() override;

    TrafficModel *model() const;
    bool autoScroll() const;
    void setAutoScroll(bool on);
    QString peerFilter() const;                  // empty: all peers
    // What the empty log says will appear in it (and its link to the tab's quick start).
    void setEmptyHint(EmptyHint::Log log);
    // Where the table/detail splitter is remembered (e.g. "tcp/server/log"); unset: not remembered.
    // Until the user moves it, the detail pane is `detailLines` lines high.
    void setSettingsKey(const QString &key, int detailLines = DefaultDetailLines);

public slots:
    void appendEvents(const QList<TrafficEvent> &events);
    void clear();
    void setDisplayMode(TrafficModel::DisplayMode mode);
    void setEncoding(TextCodec::Encoding encoding);
    void setPeerFilter(const QString &peer);     // empty: all peers
    void copySelection();
    // Asks for a file name (QFileDialog) and saves as text or CSV; errors in a message box.
    void saveAsText();
    void saveAsCsv();

signals:
    void displayModeChanged(TrafficModel::DisplayMode mode);
    void encodingChanged(TextCodec::Encoding encoding);

protected:
    void changeEvent(QEvent *event) override;   // retranslate

private:
    void setUpTable();
    void setUpToolbar();
    void updatePeerCombo(const QStringList &peers);
    void updateCountLabel();
    void updateDetail();
    void retranslateDynamicTexts();
    QList<int> selectedSourceRows() const;
    QString detailText(int sourceRow) const;
    void save(LogFormat format);
    int detailHeight(int lines) const;

    std::unique_ptr<Ui::TrafficView> m_ui;
    TrafficModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_saveTextAction = nullptr;
    QAction *m_saveCsvAction = nullptr;
};
