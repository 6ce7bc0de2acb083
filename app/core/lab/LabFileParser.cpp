#include "LabFileParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>
#include <optional>

#include "JsonLineLocator.h"
#include "LabPlaceholders.h"
#include "TextCodec.h"

namespace {

constexpr int MaxChecks = 100;
constexpr int MaxSteps = 200;
constexpr int MaxParameters = 50;
constexpr int MaxPieces = 1000;
constexpr int MaxFillBytes = 1024 * 1024;
constexpr int MaxTimeoutMs = 120000;
constexpr int MaxCountBytes = 1024 * 1024 * 1024;
constexpr int MaxIdLength = 64;

const QString FormatName = QStringLiteral("socketlab-lab/1");

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QLatin1String(n));
    return out;
}

// "“text”, “hex”, “fill”": key names as they are written in the file.
QString keyList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(QStringLiteral("“%1”").arg(n));
    return quoted.join(QLatin1String(", "));
}

// The names an explanation may use besides parameters and captures (LabRunner fills them).
const QStringList &explanationNames()
{
    static const QStringList names = keys({"expected", "received", "sent", "timeout", "step"});
    return names;
}

// The last segment of a JSON pointer, unescaped: the key a message talks about.
QString lastKey(const QString &pointer)
{
    QString k = pointer.mid(pointer.lastIndexOf(QLatin1Char('/')) + 1);
    return k.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
}

bool isId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return true;
}

bool isConnectionName(const QString &name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_'))
            return false;
    }
    return true;
}

bool isLanguage(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return re.match(code).hasMatch();
}

bool isHeaderName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return re.match(name).hasMatch();
}

// Reads one parsed document into a LabDefinition, stopping at the first problem, which it
// words with the line the locator finds for the offending value.
class LabFileReader
{
    Q_DECLARE_TR_FUNCTIONS(LabFileParser)

public:
    explicit LabFileReader(const QByteArray &json) : m_locator(json) { }

    bool read(const QJsonObject &root, LabDefinition *lab);
    LabFileParser::Error error() const { return m_error; }

private:
    struct Connection
    {
        LabStep::Protocol protocol = LabStep::Protocol::Tcp;
        bool shutDown = false;
        bool sent = false;
    };
    // What a check has set up so far: open connections and regex captures.
    struct CheckScope
    {
        QHash<QString, Connection> connections;
        QSet<QString> captures;
    };

    bool fail(const QString &pointer, const QString &reason);
    bool failAtLine(int line, const QString &reason);
    // The member of `keysFound` written first in the file (the error to report first).
    QString firstInFile(const QString &pointer, const QStringList &keysFound) const;

    // Refuses a key not in `allowed` with `unknownMessage` (%1: the key, %2: the keys `shown`,
    // all of `allowed` when empty).
    bool onlyKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed,
                  const QString &unknownMessage, const QStringList &shown = {});
    bool requireKeys(const QJsonObject &object, const QString &pointer, const QStringList &required,
                     const QString &missingMessage);
    // The one key of `candidates` that `object` has. None (after fail()) when it has none of
    // them (`noneMessage`) or several (`bothMessage` for the first two written in the file).
    std::optional<QString> oneKeyOf(const QJsonObject &object, const QString &pointer,
                                    const QStringList &candidates, const QString &noneMessage,
                                    const std::function<QString(const QString &, const QString &)> &bothMessage);

    bool readString(const QJsonValue &value, const QString &pointer, QString *out, bool nonEmpty = true);
    bool readInt(const QJsonValue &value, const QString &pointer, int min, int max, int *out);
    bool readMs(const QJsonValue &value, const QString &pointer, int *out);
    bool readBool(const QJsonValue &value, const QString &pointer, bool *out);
    bool readTrue(const QJsonValue &value, const QString &pointer);
    bool readText(const QJsonValue &value, const QString &pointer, bool required, LocalizedText *out);
    bool checkPlaceholders(const QString &text, const QString &pointer, const QSet<QString> &known,
                           bool explanation);
    bool readExplanation(const QJsonObject &object, const QString &pointer, const QSet<QString> &captures,
                         LocalizedText *out);

    bool readParameters(const QJsonValue &value, const QString &pointer, QList<LabParameter> *out);
    bool readCheck(const QJsonValue &value, const QString &pointer, LabCheck *out);
    bool readStep(const QJsonValue &value, const QString &pointer, CheckScope &scope, LabStep *out);
    bool readOpen(const QJsonObject &step, const QString &pointer, const QString &kind, CheckScope &scope,
                  LabStep *out);
    bool readSend(const QJsonObject &step, const QString &pointer, CheckScope &scope, LabStep *out);
    bool readExpect(const QJsonObject &step, const QString &pointer, CheckScope &scope, LabStep *out);
    bool readHttp(const QJsonValue &value, const QString &pointer, LabStep *out);
    bool readCount(const QJsonValue &value, const QString &pointer, const QSet<QString> &known, QString *out);
    // The connection a step acts on, which must be open.
    bool openConnection(const QJsonObject &step, const QString &pointer, const QString &kind,
                        CheckScope &scope, QString *name);
    QSet<QString> textVariables(const QSet<QString> &captures) const;

    JsonLineLocator m_locator;
    LabFileParser::Error m_error;
    LabDefinition::Role m_role = LabDefinition::Role::Server;
    QSet<QString> m_parameters;
    QSet<QString> m_checkIds;
};

bool LabFileReader::fail(const QString &pointer, const QString &reason)
{
    return failAtLine(m_locator.line(pointer), reason);
}

bool LabFileReader::failAtLine(int line, const QString &reason)
{
    m_error.line = line;
    m_error.reason = reason;
    return false;
}

QString LabFileReader::firstInFile(const QString &pointer, const QStringList &keysFound) const
{
    QString first;
    int firstLine = 0;
    for (const QString &k : keysFound) {
        const int line = m_locator.line(JsonLineLocator::child(pointer, k));
        if (first.isNull() || line < firstLine) {
            first = k;
            firstLine = line;
        }
    }
    return first;
}

std::optional<QString> LabFileReader::oneKeyOf(const QJsonObject &object, const QString &pointer,
                                               const QStringList &candidates, const QString &noneMessage,
                                               const std::function<QString(const QString &, const QString &)> &bothMessage)
{
    QStringList found;
    for (const QString &k : candidates)
        if (object.contains(k))
            found.append(k);
    if (found.isEmpty()) {
        fail(pointer, noneMessage);
        return std::nullopt;
    }
    if (found.size() > 1) {
        const QString first = firstInFile(pointer, found);
        found.removeOne(first);
        const QString second = firstInFile(pointer, found);
        fail(JsonLineLocator::child(pointer, second), bothMessage(first, second));
        return std::nullopt;
    }
    return found.first();
}

bool LabFileReader::onlyKeys(const QJsonObject &object, const QString &pointer, const QStringList &allowed,
                             const QString &unknownMessage, const QStringList &shown)
{
    QStringList unknown;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            unknown.append(it.key());
    if (unknown.isEmpty())
        return true;
    const QString k = firstInFile(pointer, unknown);
    return fail(JsonLineLocator::child(pointer, k), unknownMessage.arg(k, keyList(shown.isEmpty() ? allowed : shown)));
}

bool LabFileReader::requireKeys(const QJsonObject &object, const QString &pointer, const QStringList &required,
                                const QString &missingMessage)
{
    for (const QString &k : required)
        if (!object.contains(k))
            return fail(pointer, missingMessage.arg(k));
    return true;
}

bool LabFileReader::readString(const QJsonValue &value, const QString &pointer, QString *out, bool nonEmpty)
{
    if (!value.isString())
        return fail(pointer, tr("“%1” must be a text in quotes.").arg(lastKey(pointer)));
    if (nonEmpty && value.toString().isEmpty())
        return fail(pointer, tr("“%1” must not be empty.").arg(lastKey(pointer)));
    *out = value.toString();
    return true;
}

bool LabFileReader::readInt(const QJsonValue &value, const QString &pointer, int min, int max, int *out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || std::floor(d) != d || d < min || d > max)
        return fail(pointer, tr("“%1” must be a whole number from %2 to %3.").arg(lastKey(pointer)).arg(min).arg(max));
    *out = int(d);
    return true;
}

bool LabFileReader::readMs(const QJsonValue &value, const QString &pointer, int *out)
{
    const double d = value.toDouble();
    if (!value.isDouble() || std::floor(d) != d || d < 1 || d > MaxTimeoutMs)
        return fail(pointer, tr("“%1” must be a time in milliseconds, a whole number from 1 to %2.")
                                 .arg(lastKey(pointer)).arg(MaxTimeoutMs));
    *out = int(d);
    return true;
}

bool LabFileReader::readBool(const QJsonValue &value, const QString &pointer, bool *out)
{
    if (!value.isBool())
        return fail(pointer, tr("“%1” must be true or false.").arg(lastKey(pointer)));
    *out = value.toBool();
    return true;
}

bool LabFileReader::readTrue(const QJsonValue &value, const QString &pointer)
{
    if (value != QJsonValue(true))
        return fail(pointer, tr("“%1” must be true (leave the key out otherwise).").arg(lastKey(pointer)));
    return true;
}

bool LabFileReader::readText(const QJsonValue &value, const QString &pointer, bool required, LocalizedText *out)
{
    if (!value.isObject())
        return fail(pointer, tr("“%1” must be texts by language, e.g. {\"en\": \"Echo server\", \"zh_CN\": \"回显服务器\"}.")
                                 .arg(lastKey(pointer)));
    const QJsonObject texts = value.toObject();
    LocalizedText text;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString member = JsonLineLocator::child(pointer, it.key());
        if (!isLanguage(it.key()))
            return fail(member, tr("“%1” is not a language code; use codes such as “en” and “zh_CN”.").arg(it.key()));
        if (!it->isString())
            return fail(member, tr("The “%1” text must be a text in quotes.").arg(it.key()));
        text.byLanguage.insert(it.key(), it->toString());
    }
    if (required && text.isEmpty())
        return fail(pointer, tr("“%1” needs a text in at least one language.").arg(lastKey(pointer)));
    *out = text;
    return true;
}

bool LabFileReader::checkPlaceholders(const QString &text, const QString &pointer, const QSet<QString> &known,
                                      bool explanation)
{
    QStringList used;
    QString bad;
    if (!LabPlaceholders::names(text, &used, &bad))
        return fail(pointer, tr("“%1” is not a valid placeholder; write ${name}, with letters, digits and _ in the name.")
                                 .arg(bad));
    for (const QString &name : std::as_const(used)) {
        if (known.contains(name))
            continue;
        if (explanation)
            return fail(pointer, tr("${%1} is not defined here; an explanation may use ${expected}, ${received}, "
                                    "${sent}, ${timeout}, ${step}, the lab's parameters and the named groups "
                                    "of a regex in the same check.").arg(name));
        return fail(pointer, tr("${%1} is not defined here; a text may use the lab's parameters and the named "
                                "groups of a regex earlier in the same check.").arg(name));
    }
    return true;
}

bool LabFileReader::readExplanation(const QJsonObject &object, const QString &pointer, const QSet<QString> &captures,
                                    LocalizedText *out)
{
    const QString member = JsonLineLocator::child(pointer, key("explain"));
    if (!object.contains(key("explain")))
        return true;
    if (!readText(object.value(key("explain")), member, false, out))
        return false;
    QSet<QString> known = textVariables(captures);
    for (const QString &n : explanationNames())
        known.insert(n);
    for (auto it = out->byLanguage.cbegin(); it != out->byLanguage.cend(); ++it)
        if (!checkPlaceholders(*it, JsonLineLocator::child(member, it.key()), known, true))
            return false;
    return true;
}

QSet<QString> LabFileReader::textVariables(const QSet<QString> &captures) const
{
    return m_parameters + captures;
}

bool LabFileReader::read(const QJsonObject &root, LabDefinition *lab)
{
    if (const QString duplicate = m_locator.duplicateKey(); !duplicate.isEmpty())
        return failAtLine(m_locator.duplicateLine(),
                          tr("The key “%1” is given twice in the same object; keep only one.").arg(lastKey(duplicate)));

    if (!root.contains(key("format")))
        return failAtLine(1, tr("This is not a SocketLab lab file: it has no “format”: \"%1\".").arg(FormatName));
    if (root.value(key("format")) != QJsonValue(FormatName))
        return fail(QStringLiteral("/format"),
                    tr("This lab file is not in a format this SocketLab reads: “format” must be \"%1\".").arg(FormatName));
    if (!onlyKeys(root, QString(),
                  keys({"format", "id", "title", "description", "script", "role", "port", "timeout", "parameters", "checks"}),
                  tr("Unknown key “%1” in the lab; a lab has the keys %2.")))
        return false;
    // Required keys are asked for in the order they are read, so errors come in file order.
    const QString missing = tr("The lab has no “%1”; every lab needs one.");
    if (!requireKeys(root, QString(), keys({"id"}), missing) || !readString(root.value(key("id")), QStringLiteral("/id"), &lab->id))
        return false;
    if (!isId(lab->id))
        return fail(QStringLiteral("/id"), tr("The id “%1” may only use a-z, 0-9 and -, at most %2 characters.")
                                               .arg(lab->id).arg(MaxIdLength));
    if (!requireKeys(root, QString(), keys({"title"}), missing)
        || !readText(root.value(key("title")), QStringLiteral("/title"), true, &lab->title))
        return false;
    if (root.contains(key("description"))
        && !readText(root.value(key("description")), QStringLiteral("/description"), false, &lab->description))
        return false;
    if (root.contains(key("script")) && !readString(root.value(key("script")), QStringLiteral("/script"), &lab->script, false))
        return false;

    if (!requireKeys(root, QString(), keys({"role"}), missing))
        return false;
    const QJsonValue role = root.value(key("role"));
    if (role == QJsonValue(QStringLiteral("server")))
        lab->role = LabDefinition::Role::Server;
    else if (role == QJsonValue(QStringLiteral("client")))
        lab->role = LabDefinition::Role::Client;
    else
        return fail(QStringLiteral("/role"), tr("“role” must be \"server\" (the student wrote a server) or \"client\" "
                                                "(the student wrote a client)."));
    m_role = lab->role;

    int port = 0;
    if (!requireKeys(root, QString(), keys({"port"}), missing)
        || !readInt(root.value(key("port")), QStringLiteral("/port"), 1, 65535, &port))
        return false;
    lab->defaultPort = quint16(port);
    if (root.contains(key("timeout")) && !readMs(root.value(key("timeout")), QStringLiteral("/timeout"), &lab->defaultTimeoutMs))
        return false;
    if (root.contains(key("parameters"))
        && !readParameters(root.value(key("parameters")), QStringLiteral("/parameters"), &lab->parameters))
        return false;

    if (!requireKeys(root, QString(), keys({"checks"}), missing))
        return false;
    const QJsonValue checks = root.value(key("checks"));
    if (!checks.isArray())
        return fail(QStringLiteral("/checks"), tr("“checks” must be a list of checks: [ {…}, {…} ]."));
    const QJsonArray list = checks.toArray();
    if (list.isEmpty())
        return fail(QStringLiteral("/checks"), tr("The lab has no checks; it needs at least one."));
    if (list.size() > MaxChecks)
        return fail(QStringLiteral("/checks"), tr("The lab has %1 checks; at most %2 are allowed.").arg(list.size()).arg(MaxChecks));
    for (int i = 0; i < list.size(); ++i) {
        LabCheck check;
        if (!readCheck(list.at(i), JsonLineLocator::child(QStringLiteral("/checks"), i), &check))
            return false;
        lab->checks.append(check);
    }
    return true;
}

bool LabFileReader::readParameters(const QJsonValue &value, const QString &pointer, QList<LabParameter> *out)
{
    if (!value.isArray())
        return fail(pointer, tr("“parameters” must be a list: [ {\"name\": \"file\", \"default\": \"test.txt\"} ]."));
    const QJsonArray list = value.toArray();
    if (list.size() > MaxParameters)
        return fail(pointer, tr("The lab has %1 parameters; at most %2 are allowed.").arg(list.size()).arg(MaxParameters));
    for (int i = 0; i < list.size(); ++i) {
        const QString at = JsonLineLocator::child(pointer, i);
        if (!list.at(i).isObject())
            return fail(at, tr("Each parameter must be an object: {\"name\": \"file\", \"default\": \"test.txt\"}."));
        const QJsonObject p = list.at(i).toObject();
        if (!onlyKeys(p, at, keys({"name", "default", "description"}),
                      tr("Unknown key “%1” in a parameter; a parameter has the keys %2.")))
            return false;
        if (!requireKeys(p, at, keys({"name"}), tr("The parameter has no “%1”; every parameter needs one.")))
            return false;
        LabParameter parameter;
        const QString nameAt = JsonLineLocator::child(at, key("name"));
        if (!readString(p.value(key("name")), nameAt, &parameter.name))
            return false;
        if (!LabPlaceholders::isName(parameter.name))
            return fail(nameAt, tr("The name “%1” may only use letters, digits and _, and must not start with a digit.")
                                    .arg(parameter.name));
        if (explanationNames().contains(parameter.name))
            return fail(nameAt, tr("The name “%1” is reserved for explanations; choose another one.").arg(parameter.name));
        if (m_parameters.contains(parameter.name))
            return fail(nameAt, tr("Two parameters are named “%1”; each needs its own name.").arg(parameter.name));
        if (p.contains(key("default"))
            && !readString(p.value(key("default")), JsonLineLocator::child(at, key("default")), &parameter.defaultValue, false))
            return false;
        if (p.contains(key("description"))
            && !readText(p.value(key("description")), JsonLineLocator::child(at, key("description")), false,
                         &parameter.description))
            return false;
        m_parameters.insert(parameter.name);
        out->append(parameter);
    }
    return true;
}

bool LabFileReader::readCheck(const QJsonValue &value, const QString &pointer, LabCheck *out)
{
    out->line = m_locator.line(pointer);
    if (!value.isObject())
        return fail(pointer, tr("Each check must be an object: {\"id\": …, \"title\": …, \"steps\": […]}."));
    const QJsonObject check = value.toObject();
    if (!onlyKeys(check, pointer, keys({"id", "title", "required", "explain", "steps"}),
                  tr("Unknown key “%1” in a check; a check has the keys %2.")))
        return false;
    const QString missing = tr("The check has no “%1”; every check needs one.");
    const QString idAt = JsonLineLocator::child(pointer, key("id"));
    if (!requireKeys(check, pointer, keys({"id"}), missing) || !readString(check.value(key("id")), idAt, &out->id))
        return false;
    if (!isId(out->id))
        return fail(idAt, tr("The id “%1” may only use a-z, 0-9 and -, at most %2 characters.").arg(out->id).arg(MaxIdLength));
    if (m_checkIds.contains(out->id))
        return fail(idAt, tr("Two checks have the id “%1”; each check needs its own.").arg(out->id));
    m_checkIds.insert(out->id);
    if (!requireKeys(check, pointer, keys({"title"}), missing)
        || !readText(check.value(key("title")), JsonLineLocator::child(pointer, key("title")), true, &out->title))
        return false;
    if (check.contains(key("required"))
        && !readBool(check.value(key("required")), JsonLineLocator::child(pointer, key("required")), &out->required))
        return false;

    if (!requireKeys(check, pointer, keys({"steps"}), missing))
        return false;
    const QString stepsAt = JsonLineLocator::child(pointer, key("steps"));
    const QJsonValue steps = check.value(key("steps"));
    if (!steps.isArray())
        return fail(stepsAt, tr("“steps” must be a list of steps: [ {\"connect\": \"a\"}, … ]."));
    const QJsonArray list = steps.toArray();
    if (list.isEmpty())
        return fail(stepsAt, tr("The check has no steps; it needs at least one."));
    if (list.size() > MaxSteps)
        return fail(stepsAt, tr("The check has %1 steps; at most %2 are allowed.").arg(list.size()).arg(MaxSteps));
    CheckScope scope;
    for (int i = 0; i < list.size(); ++i) {
        LabStep step;
        if (!readStep(list.at(i), JsonLineLocator::child(stepsAt, i), scope, &step))
            return false;
        out->steps.append(step);
    }
    // The check's explanation is shown after any step failed: every capture of the check may appear.
    return readExplanation(check, pointer, scope.captures, &out->explain);
}

bool LabFileReader::readStep(const QJsonValue &value, const QString &pointer, CheckScope &scope, LabStep *out)
{
    out->line = m_locator.line(pointer);
    if (!value.isObject())
        return fail(pointer, tr("Each step must be an object, e.g. {\"send\": \"a\", \"text\": \"hello\"}."));
    const QJsonObject step = value.toObject();
    static const QStringList kinds = keys({"connect", "accept", "send", "expect", "shutdown", "close", "wait"});
    static const QStringList others = keys({"protocol", "timeout", "explain", "text", "hex", "fill", "pieces", "pause",
                                            "prefix", "regex", "upper", "echo", "count", "http", "closed", "silence",
                                            "quiet", "alone", "allowData"});
    if (!onlyKeys(step, pointer, kinds + others,
                  tr("Unknown key “%1” in a step; a step has one of the keys %2 and the keys that go with it."),
                  kinds))
        return false;
    const std::optional<QString> found = oneKeyOf(
        step, pointer, kinds, tr("This step does nothing; it needs one of the keys %1.").arg(keyList(kinds)),
        [](const QString &first, const QString &second) {
            return tr("This step has both “%1” and “%2”; a step does one thing, so split it in two.").arg(first, second);
        });
    if (!found)
        return false;
    const QString kind = *found;

    QStringList allowed{kind, key("explain")};
    if (kind == key("connect") || kind == key("accept"))
        allowed << key("protocol") << key("timeout");
    else if (kind == key("send"))
        allowed << keys({"text", "hex", "fill", "pieces", "pause"});
    else if (kind == key("expect"))
        allowed << keys({"timeout", "text", "hex", "prefix", "regex", "upper", "echo", "count", "http", "closed",
                         "silence", "quiet", "alone", "allowData"});
    QStringList misplaced;
    for (auto it = step.constBegin(); it != step.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            misplaced.append(it.key());
    if (!misplaced.isEmpty()) {
        const QString k = firstInFile(pointer, misplaced);
        allowed.removeOne(kind);
        return fail(JsonLineLocator::child(pointer, k),
                    tr("“%1” does not belong in a “%2” step; that step may have %3.").arg(k, kind, keyList(allowed)));
    }

    // The explanation sees the captures of earlier steps only (this one failed if it is shown).
    if (!readExplanation(step, pointer, scope.captures, &out->explain))
        return false;

    if (kind == key("connect") || kind == key("accept"))
        return readOpen(step, pointer, kind, scope, out);
    if (kind == key("send"))
        return readSend(step, pointer, scope, out);
    if (kind == key("expect"))
        return readExpect(step, pointer, scope, out);
    if (kind == key("wait")) {
        out->kind = LabStep::Kind::Wait;
        return readMs(step.value(kind), JsonLineLocator::child(pointer, kind), &out->pauseMs);
    }
    out->kind = kind == key("shutdown") ? LabStep::Kind::Shutdown : LabStep::Kind::Close;
    if (!openConnection(step, pointer, kind, scope, &out->connection))
        return false;
    Connection &connection = scope.connections[out->connection];
    out->protocol = connection.protocol;
    if (out->kind == LabStep::Kind::Close) {
        scope.connections.remove(out->connection);
        return true;
    }
    if (connection.protocol == LabStep::Protocol::Udp)
        return fail(JsonLineLocator::child(pointer, kind),
                    tr("“%1” needs a TCP connection; connection “%2” is UDP.").arg(kind, out->connection));
    connection.shutDown = true;
    return true;
}

bool LabFileReader::openConnection(const QJsonObject &step, const QString &pointer, const QString &kind,
                                   CheckScope &scope, QString *name)
{
    const QString at = JsonLineLocator::child(pointer, kind);
    const QJsonValue value = step.value(kind);
    if (!value.isString() || !isConnectionName(value.toString()))
        return fail(at, tr("“%1” must name a connection, e.g. \"a\": letters, digits, - and _, at most 32 characters.")
                            .arg(kind));
    *name = value.toString();
    if (!scope.connections.contains(*name)) {
        if (m_role == LabDefinition::Role::Server)
            return fail(at, tr("Connection “%1” is not open here; a check starts with no connection, so open it "
                               "first with {\"connect\": \"%1\"}.").arg(*name));
        return fail(at, tr("Connection “%1” is not open here; a check starts with no connection, so wait for the "
                           "client first with {\"accept\": \"%1\"}.").arg(*name));
    }
    return true;
}

bool LabFileReader::readOpen(const QJsonObject &step, const QString &pointer, const QString &kind, CheckScope &scope,
                             LabStep *out)
{
    const QString at = JsonLineLocator::child(pointer, kind);
    const bool connect = kind == key("connect");
    out->kind = connect ? LabStep::Kind::Connect : LabStep::Kind::Accept;
    if (connect && m_role == LabDefinition::Role::Client)
        return fail(at, tr("“connect” is for server labs; in a client lab SocketLab waits for the student's client "
                           "with “accept”."));
    if (!connect && m_role == LabDefinition::Role::Server)
        return fail(at, tr("“accept” is for client labs; in a server lab SocketLab connects to the student's server "
                           "with “connect”."));
    const QJsonValue value = step.value(kind);
    if (!value.isString() || !isConnectionName(value.toString()))
        return fail(at, tr("“%1” must name a connection, e.g. \"a\": letters, digits, - and _, at most 32 characters.")
                            .arg(kind));
    out->connection = value.toString();
    if (scope.connections.contains(out->connection))
        return fail(at, tr("Connection “%1” is already open; close it before opening it again.").arg(out->connection));

    if (step.contains(key("protocol"))) {
        const QJsonValue protocol = step.value(key("protocol"));
        if (protocol == QJsonValue(QStringLiteral("udp")))
            out->protocol = LabStep::Protocol::Udp;
        else if (protocol != QJsonValue(QStringLiteral("tcp")))
            return fail(JsonLineLocator::child(pointer, key("protocol")), tr("“protocol” must be \"tcp\" or \"udp\"."));
    }
    if (step.contains(key("timeout"))
        && !readMs(step.value(key("timeout")), JsonLineLocator::child(pointer, key("timeout")), &out->timeoutMs))
        return false;
    scope.connections.insert(out->connection, Connection{out->protocol, false, false});
    return true;
}

bool LabFileReader::readSend(const QJsonObject &step, const QString &pointer, CheckScope &scope, LabStep *out)
{
    out->kind = LabStep::Kind::Send;
    if (!openConnection(step, pointer, key("send"), scope, &out->connection))
        return false;
    Connection &connection = scope.connections[out->connection];
    out->protocol = connection.protocol;
    if (connection.shutDown)
        return fail(JsonLineLocator::child(pointer, key("send")),
                    tr("Connection “%1” was shut down for sending earlier in this check; nothing more can be sent on it.")
                        .arg(out->connection));

    const std::optional<QString> payload = oneKeyOf(
        step, pointer, keys({"text", "hex", "fill"}),
        tr("This send step has nothing to send; give one of “text”, “hex” or “fill”."),
        [](const QString &first, const QString &second) {
            return tr("This send step has both “%1” and “%2”; give only one of “text”, “hex” or “fill”.").arg(first, second);
        });
    if (!payload)
        return false;
    const QString what = *payload;
    const QString at = JsonLineLocator::child(pointer, what);
    if (what == key("text")) {
        if (!readString(step.value(what), at, &out->text)
            || !checkPlaceholders(out->text, at, textVariables(scope.captures), false))
            return false;
    } else if (what == key("hex")) {
        QString hex;
        if (!readString(step.value(what), at, &hex))
            return false;
        QString why;
        const std::optional<QByteArray> bytes = TextCodec::fromHex(hex, &why);
        if (!bytes)
            return fail(at, tr("“hex” is not valid: %1").arg(why));
        if (bytes->isEmpty())
            return fail(at, tr("“hex” must give at least one byte."));
        out->bytes = *bytes;
        out->isHex = true;
    } else {
        const QJsonValue fill = step.value(what);
        if (!fill.isObject())
            return fail(at, tr("“fill” must be an object: {\"text\": \"abcdefghij\", \"count\": 3000}."));
        const QJsonObject f = fill.toObject();
        if (!onlyKeys(f, at, keys({"text", "count"}), tr("Unknown key “%1” in “fill”; it has the keys %2."))
            || !requireKeys(f, at, keys({"text", "count"}), tr("“fill” has no “%1”; it needs both “text” and “count”.")))
            return false;
        const QString textAt = JsonLineLocator::child(at, key("text"));
        if (!readString(f.value(key("text")), textAt, &out->fillText))
            return false;
        if (out->fillText.contains(QLatin1String("${")))
            return fail(textAt, tr("The text of “fill” is repeated as written; it cannot use ${placeholders}."));
        if (!readInt(f.value(key("count")), JsonLineLocator::child(at, key("count")), 1, MaxFillBytes, &out->fillCount))
            return false;
    }

    if (step.contains(key("pieces"))) {
        const QString piecesAt = JsonLineLocator::child(pointer, key("pieces"));
        const QJsonValue pieces = step.value(key("pieces"));
        if (!pieces.isArray() || pieces.toArray().isEmpty())
            return fail(piecesAt, tr("“pieces” must be a list of piece sizes in bytes, e.g. [1000, 1000]."));
        const QJsonArray list = pieces.toArray();
        if (list.size() > MaxPieces)
            return fail(piecesAt, tr("“pieces” has %1 sizes; at most %2 are allowed.").arg(list.size()).arg(MaxPieces));
        for (int i = 0; i < list.size(); ++i) {
            const double d = list.at(i).toDouble();
            if (!list.at(i).isDouble() || std::floor(d) != d || d < 1 || d > MaxFillBytes)
                return fail(JsonLineLocator::child(piecesAt, i),
                            tr("Each piece size must be a whole number of bytes from 1 to %1.").arg(MaxFillBytes));
            out->pieces.append(int(d));
        }
    }
    if (step.contains(key("pause"))) {
        if (!step.contains(key("pieces")))
            return fail(JsonLineLocator::child(pointer, key("pause")),
                        tr("“pause” goes with “pieces”: it is the pause between the pieces."));
        if (!readMs(step.value(key("pause")), JsonLineLocator::child(pointer, key("pause")), &out->pauseMs))
            return false;
    }
    connection.sent = true;
    return true;
}

bool LabFileReader::readCount(const QJsonValue &value, const QString &pointer, const QSet<QString> &known, QString *out)
{
    const QString invalid = tr("“count” must be a number of bytes from 1 to %1, or one placeholder such as \"${size}\".")
                                .arg(MaxCountBytes);
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) != d || d < 1 || d > MaxCountBytes)
            return fail(pointer, invalid);
        *out = QString::number(qint64(d));
        return true;
    }
    if (!value.isString())
        return fail(pointer, invalid);
    const QString text = value.toString();
    bool isNumber = false;
    const qint64 n = text.toLongLong(&isNumber);
    if (isNumber && text.at(0).isDigit()) {
        if (n < 1 || n > MaxCountBytes)
            return fail(pointer, invalid);
        *out = QString::number(n);
        return true;
    }
    QStringList names;
    if (!text.startsWith(QLatin1String("${")) || !LabPlaceholders::names(text, &names) || names.size() != 1
        || text != QStringLiteral("${%1}").arg(names.first()))
        return fail(pointer, invalid);
    if (!checkPlaceholders(text, pointer, known, false))
        return false;
    *out = text;
    return true;
}

bool LabFileReader::readHttp(const QJsonValue &value, const QString &pointer, LabStep *out)
{
    if (!value.isObject())
        return fail(pointer, tr("“http” must be an object, e.g. {\"status\": 200, \"body\": true}."));
    const QJsonObject http = value.toObject();
    if (!onlyKeys(http, pointer, keys({"status", "head", "headers", "body"}),
                  tr("Unknown key “%1” in “http”; it may have the keys %2.")))
        return false;
    if (http.contains(key("status"))
        && !readInt(http.value(key("status")), JsonLineLocator::child(pointer, key("status")), 100, 599, &out->httpStatus))
        return false;
    if (http.contains(key("head"))
        && !readBool(http.value(key("head")), JsonLineLocator::child(pointer, key("head")), &out->httpHead))
        return false;
    if (http.contains(key("body"))
        && !readBool(http.value(key("body")), JsonLineLocator::child(pointer, key("body")), &out->httpBody))
        return false;
    if (out->httpHead && out->httpBody)
        return fail(JsonLineLocator::child(pointer, key("body")),
                    tr("A response to HEAD has no body, so “body” cannot be true together with “head”."));
    if (http.contains(key("headers"))) {
        const QString at = JsonLineLocator::child(pointer, key("headers"));
        const QJsonValue headers = http.value(key("headers"));
        if (!headers.isArray())
            return fail(at, tr("“headers” must be a list of header names, e.g. [\"Content-Type\"]."));
        const QJsonArray list = headers.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).toString();
            if (!list.at(i).isString() || !isHeaderName(name) || name.size() > 100)
                return fail(JsonLineLocator::child(at, i),
                            tr("Each entry of “headers” must be a header name such as \"Content-Type\"."));
            out->httpHeaders.append(name);
        }
    }
    return true;
}

bool LabFileReader::readExpect(const QJsonObject &step, const QString &pointer, CheckScope &scope, LabStep *out)
{
    out->kind = LabStep::Kind::Expect;
    if (!openConnection(step, pointer, key("expect"), scope, &out->connection))
        return false;
    const Connection connection = scope.connections.value(out->connection);
    out->protocol = connection.protocol;

    static const QStringList matchers = keys({"text", "hex", "prefix", "regex", "upper", "echo", "count", "http",
                                              "closed", "silence"});
    const std::optional<QString> found = oneKeyOf(
        step, pointer, matchers, tr("This expect step says nothing to expect; give one of %1.").arg(keyList(matchers)),
        [](const QString &first, const QString &second) {
            return tr("This expect step has both “%1” and “%2”; give exactly one of %3.").arg(first, second, keyList(matchers));
        });
    if (!found)
        return false;
    const QString matcher = *found;
    const QString at = JsonLineLocator::child(pointer, matcher);
    const QJsonValue value = step.value(matcher);

    // Which options go with which matcher.
    struct Option
    {
        const char *name;
        QStringList with;
    };
    const Option options[] = {
        {"quiet", keys({"prefix", "regex"})},
        {"alone", keys({"text", "hex", "regex", "upper", "echo", "count"})},
        {"allowData", keys({"closed"})},
        {"timeout", keys({"text", "hex", "prefix", "regex", "upper", "echo", "count", "http", "closed"})},
    };
    for (const Option &option : options)
        if (step.contains(key(option.name)) && !option.with.contains(matcher))
            return fail(JsonLineLocator::child(pointer, key(option.name)),
                        tr("“%1” does not apply to “%2”; it goes with %3.").arg(QString(key(option.name)), matcher, keyList(option.with)));

    if ((matcher == key("closed") || matcher == key("http")) && connection.protocol == LabStep::Protocol::Udp)
        return fail(at, tr("“%1” needs a TCP connection; connection “%2” is UDP.").arg(matcher, out->connection));

    const QSet<QString> variables = textVariables(scope.captures);
    if (matcher == key("text") || matcher == key("prefix")) {
        out->match = matcher == key("text") ? LabStep::Match::Exact : LabStep::Match::Prefix;
        if (!readString(value, at, &out->text) || !checkPlaceholders(out->text, at, variables, false))
            return false;
    } else if (matcher == key("hex")) {
        out->match = LabStep::Match::Exact;
        QString hex;
        if (!readString(value, at, &hex))
            return false;
        QString why;
        const std::optional<QByteArray> bytes = TextCodec::fromHex(hex, &why);
        if (!bytes)
            return fail(at, tr("“hex” is not valid: %1").arg(why));
        if (bytes->isEmpty())
            return fail(at, tr("“hex” must give at least one byte."));
        out->bytes = *bytes;
        out->isHex = true;
    } else if (matcher == key("regex")) {
        out->match = LabStep::Match::Regex;
        if (!readString(value, at, &out->pattern))
            return false;
        const QRegularExpression re(out->pattern);
        if (!re.isValid())
            return fail(at, tr("The regular expression is not valid: %1 (at character %2).")
                                .arg(re.errorString()).arg(re.patternErrorOffset() + 1));
        const QStringList groups = re.namedCaptureGroups();
        for (const QString &group : groups) {
            if (group.isEmpty())
                continue;
            if (explanationNames().contains(group))
                return fail(at, tr("The name “%1” is reserved for explanations; choose another one.").arg(group));
            if (m_parameters.contains(group))
                return fail(at, tr("The regex group “%1” has the name of a parameter; rename one of them.").arg(group));
        }
    } else if (matcher == key("upper") || matcher == key("echo")) {
        out->match = matcher == key("upper") ? LabStep::Match::Upper : LabStep::Match::Echo;
        if (!readTrue(value, at))
            return false;
        if (!connection.sent)
            return fail(at, tr("“%1” compares with the last send on connection “%2”, but nothing was sent on it "
                               "earlier in this check.").arg(matcher, out->connection));
    } else if (matcher == key("count")) {
        out->match = LabStep::Match::Count;
        if (!readCount(value, at, variables, &out->count))
            return false;
    } else if (matcher == key("http")) {
        out->match = LabStep::Match::Http;
        if (!readHttp(value, at, out))
            return false;
    } else if (matcher == key("closed")) {
        out->match = LabStep::Match::Closed;
        if (!readTrue(value, at))
            return false;
    } else {
        out->match = LabStep::Match::Silence;
        if (!readMs(value, at, &out->silenceMs))
            return false;
    }

    if (step.contains(key("quiet")) && !readMs(step.value(key("quiet")), JsonLineLocator::child(pointer, key("quiet")), &out->quietMs))
        return false;
    if (step.contains(key("alone")) && !readBool(step.value(key("alone")), JsonLineLocator::child(pointer, key("alone")), &out->alone))
        return false;
    if (step.contains(key("allowData"))
        && !readBool(step.value(key("allowData")), JsonLineLocator::child(pointer, key("allowData")), &out->allowData))
        return false;
    if (step.contains(key("timeout"))
        && !readMs(step.value(key("timeout")), JsonLineLocator::child(pointer, key("timeout")), &out->timeoutMs))
        return false;

    // Named groups become variables for the steps after this one.
    if (out->match == LabStep::Match::Regex)
        for (const QString &group : QRegularExpression(out->pattern).namedCaptureGroups())
            if (!group.isEmpty())
                scope.captures.insert(group);
    return true;
}

} // namespace

QString LabFileParser::Error::text() const
{
    if (line <= 0)
        return reason;
    return QCoreApplication::translate("LabFileParser", "line %1: %2").arg(line).arg(reason);
}

std::optional<LabDefinition> LabFileParser::parse(const QByteArray &json, const QString &source, Error *error)
{
    auto failed = [error](int line, const QString &reason) -> std::optional<LabDefinition> {
        if (error)
            *error = Error{line, reason};
        return std::nullopt;
    };
    if (json.size() > MaxFileBytes)
        return failed(0, QCoreApplication::translate("LabFileParser", "The lab file is larger than 1 MiB; a lab file "
                                                                      "must be at most 1 MiB."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(JsonLineLocator::lineAt(json, parseError.offset),
                      QCoreApplication::translate("LabFileParser", "This is not valid JSON: %1.").arg(parseError.errorString()));
    if (!document.isObject())
        return failed(1, QCoreApplication::translate("LabFileParser", "A lab file must be one JSON object: { \"format\": "
                                                                      "\"socketlab-lab/1\", … }."));
    LabFileReader reader(json);
    LabDefinition lab;
    if (!reader.read(document.object(), &lab)) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    lab.source = source;
    return lab;
}

std::optional<LabDefinition> LabFileParser::parseFile(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error{0, QCoreApplication::translate("LabFileParser", "Cannot open the lab file %1: %2.")
                                  .arg(path, file.errorString())};
        return std::nullopt;
    }
    // One byte more than allowed tells a file that is too large without reading all of it.
    return parse(file.read(MaxFileBytes + 1), path, error);
}
