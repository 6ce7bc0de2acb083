#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <deque>

#include "LogFormat.h"
#include "RequestLogEntry.h"

class LogFileWriter;

// The web tab's request log: one row per answered request, over a capped ring. Rows arrive in
// batches (WebServer::requestsLogged, at most ~10 a second): one beginInsertRows per batch, and
// the oldest rows leave in one beginRemoveRows when a cap is reached, so the table stays smooth
// under a load generator. Two caps bound the memory whatever the clients send: a row count and
// the bytes of the kept request/response heads (a head may be 16 KiB).
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ClientColumn, MethodColumn, TargetColumn, StatusColumn, BytesColumn,
                  DurationColumn, ColumnCount };

    static constexpr int DefaultMaxRows = 50000;
    static constexpr qint64 DefaultMaxTextBytes = 64 * 1024 * 1024;

    explicit RequestLogModel(QObject *parent = nullptr);

    void setLimits(int maxRows, qint64 maxTextBytes);
    int maxRows() const;
    qint64 textBytes() const;          // bytes of heads, targets and clients kept
    qint64 evictedRows() const;        // rows dropped to respect the caps since the last clear()
    const RequestLogEntry &entryAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole log (not only the rows a filter shows): text is one access-log line per request,
    // as `socketlab web` prints them; CSV has the columns time, client, method, target (as sent),
    // status, bytes, duration_ms. False and the reason in *error when the file cannot be written.
    bool save(const QString &path, LogFormat format, QString *error) const;

    void retranslate();
    // The percent-decoded target when it is printable UTF-8 text and has escapes; else empty.
    static QString decodedTarget(const QByteArray &target);

public slots:
    void appendEntries(const QList<RequestLogEntry> &entries);
    void clear();

private:
    void writeText(LogFileWriter &file) const;
    void writeCsv(LogFileWriter &file) const;
    static qint64 sizeOf(const RequestLogEntry &entry);
    QString statusText(const RequestLogEntry &entry) const;
    QString targetText(const QByteArray &target) const;

    std::deque<RequestLogEntry> m_rows;
    int m_maxRows = DefaultMaxRows;
    qint64 m_maxTextBytes = DefaultMaxTextBytes;
    qint64 m_textBytes = 0;
    qint64 m_evicted = 0;
};
