#include "QuickSendFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

#include <cmath>

#include "JsonLineLocator.h"

namespace {

QString keyList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(QStringLiteral("“%1”").arg(n));
    return quoted.join(QLatin1String(", "));
}

QString quotedValues(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(QStringLiteral("\"%1\"").arg(v));
    return quoted.join(QLatin1String(", "));
}

// One reading of a file: the first problem found, at its line.
class Reader
{
public:
    explicit Reader(const QByteArray &json) : m_json(json), m_locator(json) {}

    std::optional<QList<QuickSendItem>> read(QuickSendFile::Error *error);

private:
    bool fail(const QString &pointer, const QString &reason)
    {
        m_error = {m_locator.line(pointer), reason};
        return false;
    }
    bool onlyKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed, const QString &message);
    bool readString(const QJsonObject &object, const QString &pointer, const QString &key, int maxChars, QString *out);
    bool readItem(const QJsonValue &value, int index, QuickSendItem *item);

    QByteArray m_json;
    JsonLineLocator m_locator;
    QuickSendFile::Error m_error;
};

const QStringList &fileKeys()
{
    static const QStringList keys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("items")};
    return keys;
}

const QStringList &itemKeys()
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("text"), QStringLiteral("hex"),
                                  QStringLiteral("eol"), QStringLiteral("encoding"), QStringLiteral("checksum")};
    return keys;
}

bool Reader::onlyKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed, const QString &message)
{
    // The unknown key written first in the file, so that fixing errors goes top to bottom.
    QString first;
    int firstLine = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const int line = m_locator.line(JsonLineLocator::child(pointer, it.key()));
        if (first.isNull() || line < firstLine) {
            first = it.key();
            firstLine = line;
        }
    }
    if (first.isNull())
        return true;
    return fail(JsonLineLocator::child(pointer, first), message.arg(first, keyList(allowed)));
}

bool Reader::readString(const QJsonObject &object, const QString &pointer, const QString &key, int maxChars, QString *out)
{
    const QString at = JsonLineLocator::child(pointer, key);
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(at, QuickSendFile::tr("“%1” must be a text in quotes.").arg(key));
    const QString text = value.toString();
    if (text.size() > maxChars)
        return fail(at, QuickSendFile::tr("“%1” is %2 characters long; at most %3 are allowed.").arg(key).arg(text.size()).arg(maxChars));
    *out = text;
    return true;
}

bool Reader::readItem(const QJsonValue &value, int index, QuickSendItem *item)
{
    const QString pointer = JsonLineLocator::child(QStringLiteral("/items"), index);
    if (!value.isObject())
        return fail(pointer, QuickSendFile::tr("Each message must be an object: {\"name\": \"Ping\", \"text\": \"ping\"}."));
    const QJsonObject object = value.toObject();
    if (!onlyKeys(object, pointer, itemKeys(), QuickSendFile::tr("Unknown key “%1” in a message; a message has the keys %2.")))
        return false;
    for (const char *required : {"name", "text"}) {
        if (!object.contains(QLatin1String(required)))
            return fail(pointer, QuickSendFile::tr("Message %1 has no “%2”; every message needs one.").arg(index + 1).arg(QLatin1String(required)));
    }
    if (!readString(object, pointer, QStringLiteral("name"), QuickSendFile::MaxNameChars, &item->name)
        || !readString(object, pointer, QStringLiteral("text"), QuickSendFile::MaxTextChars, &item->text))
        return false;
    if (object.contains(QLatin1String("hex"))) {
        const QJsonValue hex = object.value(QLatin1String("hex"));
        if (!hex.isBool())
            return fail(JsonLineLocator::child(pointer, QStringLiteral("hex")), QuickSendFile::tr("“hex” must be true or false."));
        item->hex = hex.toBool();
    }
    QString word;
    if (object.contains(QLatin1String("eol"))) {
        if (!readString(object, pointer, QStringLiteral("eol"), 100, &word))
            return false;
        const std::optional<QuickSendItem::LineEnding> eol = QuickSendItem::lineEndingFromKey(word.trimmed().toLower());
        if (!eol)
            return fail(JsonLineLocator::child(pointer, QStringLiteral("eol")),
                        QuickSendFile::tr("“%1” is not a line ending; “eol” must be \"none\", \"lf\" or \"crlf\".").arg(word));
        item->lineEnding = *eol;
    }
    if (object.contains(QLatin1String("encoding"))) {
        if (!readString(object, pointer, QStringLiteral("encoding"), 100, &word))
            return false;
        const std::optional<TextCodec::Encoding> encoding = TextCodec::fromName(word);
        if (!encoding)
            return fail(JsonLineLocator::child(pointer, QStringLiteral("encoding")),
                        QuickSendFile::tr("“%1” is not an encoding SocketLab knows; use \"UTF-8\", \"GBK\" or \"Latin-1\".").arg(word));
        item->encoding = *encoding;
    }
    if (object.contains(QLatin1String("checksum"))) {
        if (!readString(object, pointer, QStringLiteral("checksum"), 100, &word))
            return false;
        const std::optional<Checksum::Algorithm> checksum = Checksum::fromKey(word);
        if (!checksum) {
            QStringList names{Checksum::key(Checksum::Algorithm::None)};
            for (const Checksum::Algorithm a : Checksum::algorithms())
                names.append(Checksum::key(a));
            return fail(JsonLineLocator::child(pointer, QStringLiteral("checksum")),
                        QuickSendFile::tr("“%1” is not a checksum SocketLab knows; use one of %2.").arg(word, quotedValues(names)));
        }
        item->checksum = *checksum;
    }
    QString reason;
    if (!item->payload(&reason))
        return fail(JsonLineLocator::child(pointer, QStringLiteral("text")),
                    QuickSendFile::tr("Message %1 (“%2”) cannot be sent: %3").arg(index + 1).arg(item->displayName(), reason));
    return true;
}

std::optional<QList<QuickSendItem>> Reader::read(QuickSendFile::Error *error)
{
    auto failed = [&]() -> std::optional<QList<QuickSendItem>> {
        if (error)
            *error = m_error;
        return std::nullopt;
    };
    if (m_json.size() > QuickSendFile::MaxFileBytes) {
        m_error = {0, QuickSendFile::tr("The file is larger than 1 MiB; a quick-send file must be at most 1 MiB.")};
        return failed();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = {JsonLineLocator::lineAt(m_json, parseError.offset),
                   QuickSendFile::tr("This is not valid JSON: %1.").arg(parseError.errorString())};
        return failed();
    }
    const QString formatHint = QuickSendFile::tr("This is not a SocketLab quick-send file: it must be a JSON object with "
                                                 "“format”: \"%1\".").arg(QuickSendFile::formatName());
    if (!document.isObject()) {
        m_error = {1, formatHint};
        return failed();
    }
    if (!m_locator.duplicateKey().isEmpty()) {
        const QString key = m_locator.duplicateKey().section(QLatin1Char('/'), -1);
        m_error = {m_locator.duplicateLine(), QuickSendFile::tr("The key “%1” is given twice in the same object; keep only one.").arg(key)};
        return failed();
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")) != QJsonValue(QuickSendFile::formatName())) {
        fail(root.contains(QLatin1String("format")) ? QStringLiteral("/format") : QString(), formatHint);
        return failed();
    }
    if (!onlyKeys(root, QString(), fileKeys(), QuickSendFile::tr("Unknown key “%1”; a quick-send file has the keys %2.")))
        return failed();
    const QJsonValue version = root.value(QLatin1String("version"));
    const double v = version.toDouble();
    if (!version.isDouble() || std::floor(v) != v || v < 1 || v > 1e6) {
        fail(root.contains(QLatin1String("version")) ? QStringLiteral("/version") : QString(),
             QuickSendFile::tr("“version” must be the format's version number, %1.").arg(QuickSendFile::Version));
        return failed();
    }
    if (int(v) != QuickSendFile::Version) {
        fail(QStringLiteral("/version"), QuickSendFile::tr("This file is version %1 of the quick-send format, but this SocketLab "
                                                           "reads version %2. Use a newer SocketLab, or export the messages "
                                                           "again from the version that wrote them.").arg(int(v)).arg(QuickSendFile::Version));
        return failed();
    }
    const QJsonValue itemsValue = root.value(QLatin1String("items"));
    if (!itemsValue.isArray()) {
        fail(root.contains(QLatin1String("items")) ? QStringLiteral("/items") : QString(),
             QuickSendFile::tr("“items” must be a list of messages: [ {\"name\": \"Ping\", \"text\": \"ping\"}, … ]."));
        return failed();
    }
    const QJsonArray array = itemsValue.toArray();
    if (array.size() > QuickSendFile::MaxItems) {
        fail(QStringLiteral("/items"), QuickSendFile::tr("The file has %1 messages; at most %2 are allowed.").arg(array.size()).arg(QuickSendFile::MaxItems));
        return failed();
    }
    QList<QuickSendItem> items;
    for (int i = 0; i < array.size(); ++i) {
        QuickSendItem item;
        if (!readItem(array.at(i), i, &item))
            return failed();
        items.append(item);
    }
    return items;
}

} // namespace

QString QuickSendFile::Error::text() const
{
    if (line <= 0)
        return reason;
    return QuickSendFile::tr("Line %1: %2").arg(line).arg(reason);
}

QString QuickSendFile::formatName()
{
    return QStringLiteral("socketlab-quick-send");
}

QByteArray QuickSendFile::toJson(const QList<QuickSendItem> &items)
{
    QJsonArray array;
    for (const QuickSendItem &item : items) {
        array.append(QJsonObject{
            {QStringLiteral("name"), item.name},
            {QStringLiteral("text"), item.text},
            {QStringLiteral("hex"), item.hex},
            {QStringLiteral("eol"), QuickSendItem::lineEndingKey(item.lineEnding)},
            {QStringLiteral("encoding"), TextCodec::name(item.encoding)},
            {QStringLiteral("checksum"), Checksum::key(item.checksum)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), Version},
        {QStringLiteral("items"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<QuickSendItem>> QuickSendFile::fromJson(const QByteArray &json, Error *error)
{
    return Reader(json).read(error);
}

bool QuickSendFile::write(const QString &path, const QList<QuickSendItem> &items, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = toJson(items);
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<QuickSendItem>> QuickSendFile::read(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {0, tr("Cannot open %1: %2.").arg(path, file.errorString())};
        return std::nullopt;
    }
    // One byte more than allowed tells a file that is too large without reading all of it.
    return fromJson(file.read(MaxFileBytes + 1), error);
}
