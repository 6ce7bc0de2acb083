#include "LabVariables.h"

#include "LabPlaceholders.h"

#include "TextCodec.h"

void LabVariables::set(const QString &name, const QString &value)
{
    m_values.insert(name, value);
}

void LabVariables::insert(const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_values.insert(it.key(), it.value());
}

bool LabVariables::contains(const QString &name) const
{
    return m_values.contains(name);
}

QString LabVariables::value(const QString &name) const
{
    return m_values.value(name);
}

const QMap<QString, QString> &LabVariables::values() const
{
    return m_values;
}

QString LabVariables::expand(const QString &text) const
{
    // The same ${name} grammar the parser checked the lab against.
    return LabPlaceholders::fill(text, m_values);
}

QByteArray LabVariables::payload(const LabStep &step) const
{
    if (step.isHex)
        return step.bytes;
    if (step.fillCount > 0) {
        const QByteArray unit = step.fillText.toUtf8();
        if (unit.isEmpty())
            return {};
        QByteArray out;
        out.reserve(step.fillCount + unit.size());
        while (out.size() < step.fillCount)
            out += unit;
        out.truncate(step.fillCount);
        return out;
    }
    if (step.text.isEmpty() && !step.bytes.isEmpty())
        return step.bytes;
    return expand(step.text).toUtf8();
}

QString LabVariables::shown(const QByteArray &bytes, int maxChars)
{
    // Decode a little more than needed (a UTF-8 character is at most 4 bytes, an escaped byte
    // 4 characters), so that huge buffers are never decoded whole.
    const qsizetype take = qMin<qsizetype>(bytes.size(), qsizetype(maxChars) * 4 + 4);
    QString text = TextCodec::decode(bytes.left(take), TextCodec::Encoding::Utf8, true);
    if (text.size() > maxChars || take < bytes.size()) {
        text.truncate(maxChars);
        text += QChar(0x2026);
    }
    return text;
}

QString LabVariables::quoted(const QByteArray &bytes, const QString &language)
{
    // The lab's own texts are in the lab file, not in the catalogue, so the one word they
    // share with SocketLab is given here in each language a lab file may use.
    const bool chinese = language.startsWith(QLatin1String("zh"));
    if (bytes.isEmpty())
        return chinese ? QStringLiteral("空内容") : QStringLiteral("nothing");
    return QChar(0x201C) + shown(bytes) + QChar(0x201D);
}
