#include "JsonLineLocator.h"

#include <QSet>

// A recursive-descent walk over the bytes. Depth is capped (QJsonDocument refuses deeper text
// anyway), so hostile input cannot exhaust the stack.
class JsonLineLocator::Scanner
{
public:
    Scanner(const QByteArray &json, JsonLineLocator &out)
        : m_p(json.constData()), m_end(json.constData() + json.size()), m_out(out)
    {
        if (json.startsWith("\xEF\xBB\xBF"))
            m_p += 3;
    }

    void run() { value(QString(), 0, true); }

private:
    static constexpr int MaxDepth = 1100;

    void whitespace()
    {
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_p;
        }
    }

    void flush(QString *out, QByteArray &run)
    {
        if (out && !run.isEmpty())
            out->append(QString::fromUtf8(run));
        run.clear();
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // At the opening quote; decodes into `out` (when given) the way QJsonDocument does.
    bool string(QString *out)
    {
        ++m_p;
        QByteArray run;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"') {
                flush(out, run);
                return true;
            }
            if (c == '\n')
                ++m_line;
            if (c != '\\') {
                if (out)
                    run.append(c);
                continue;
            }
            if (m_p >= m_end)
                return false;
            const char e = *m_p++;
            char16_t unit = 0;
            switch (e) {
            case 'b': unit = u'\b'; break;
            case 'f': unit = u'\f'; break;
            case 'n': unit = u'\n'; break;
            case 'r': unit = u'\r'; break;
            case 't': unit = u'\t'; break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(m_p[i]);
                    if (d < 0)
                        return false;
                    unit = char16_t(unit << 4 | d);
                }
                m_p += 4;
                break;
            }
            default: unit = char16_t(uchar(e)); break;   // \" \\ \/
            }
            flush(out, run);
            if (out)
                out->append(QChar(unit));
        }
        return false;
    }

    void record(const QString &pointer, int line) { m_out.m_lines.insert(pointer, line); }

    // `recordHere` is false for an object member: the caller recorded it at its key.
    bool value(const QString &pointer, int depth, bool recordHere)
    {
        whitespace();
        if (m_p >= m_end || depth > MaxDepth)
            return false;
        if (recordHere)
            record(pointer, m_line);
        switch (*m_p) {
        case '{':
            return object(pointer, depth);
        case '[':
            return array(pointer, depth);
        case '"':
            return string(nullptr);
        default:
            while (m_p < m_end && !QByteArrayView(",]} \t\r\n").contains(*m_p))
                ++m_p;
            return true;
        }
    }

    bool object(const QString &pointer, int depth)
    {
        ++m_p;
        whitespace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QSet<QString> keys;
        while (m_p < m_end) {
            whitespace();
            if (m_p >= m_end || *m_p != '"')
                return false;
            const int keyLine = m_line;
            QString key;
            if (!string(&key))
                return false;
            const QString member = child(pointer, key);
            if (keys.contains(key)) {
                if (m_out.m_duplicate.isNull()) {
                    m_out.m_duplicate = member;
                    m_out.m_duplicateLine = keyLine;
                }
            } else {
                keys.insert(key);
                record(member, keyLine);
            }
            whitespace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            if (!value(member, depth + 1, false))
                return false;
            whitespace();
            if (m_p >= m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
        }
        return false;
    }

    bool array(const QString &pointer, int depth)
    {
        ++m_p;
        whitespace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (int index = 0; m_p < m_end; ++index) {
            if (!value(child(pointer, index), depth + 1, true))
                return false;
            whitespace();
            if (m_p >= m_end)
                return false;
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
    int m_line = 1;
    JsonLineLocator &m_out;
};

JsonLineLocator::JsonLineLocator(const QByteArray &json)
{
    Scanner(json, *this).run();
}

int JsonLineLocator::line(const QString &pointer) const
{
    QString p = pointer;
    while (!p.isEmpty()) {
        if (const auto it = m_lines.constFind(p); it != m_lines.cend())
            return *it;
        p.truncate(p.lastIndexOf(QLatin1Char('/')));
    }
    return m_lines.value(QString(), 1);
}

QString JsonLineLocator::duplicateKey() const
{
    return m_duplicate;
}

int JsonLineLocator::duplicateLine() const
{
    return m_duplicateLine;
}

int JsonLineLocator::lineAt(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    return int(QByteArrayView(json.constData(), offset).count('\n')) + 1;
}

QString JsonLineLocator::child(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + escaped;
}

QString JsonLineLocator::child(const QString &pointer, int index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}
