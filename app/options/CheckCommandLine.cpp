#include "CheckCommandLine.h"

#include <QFile>

#include "CommandLineReader.h"
#include "Endpoint.h"
#include "LabCatalog.h"
#include "LabFileParser.h"
#include "OptionValues.h"

namespace {
const QString kList = QStringLiteral("list");
const QString kLabFile = QStringLiteral("lab-file");
const QString kServe = QStringLiteral("serve");
const QString kPort = QStringLiteral("port");
const QString kBind = QStringLiteral("bind");
const QString kWait = QStringLiteral("wait");
const QString kTargets = QStringLiteral("targets");
const QString kCsv = QStringLiteral("csv");
const QString kParallel = QStringLiteral("parallel");
const QString kJson = QStringLiteral("json");
const QString kJunit = QStringLiteral("junit");
const QString kTimeout = QStringLiteral("timeout");
const QString kSet = QStringLiteral("set");

constexpr qint64 MaxTargetsFileBytes = 1024 * 1024;
constexpr int DefaultParallel = 8;
constexpr int DefaultWaitSeconds = 60;
} // namespace

const CommandSpec &CheckCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec CheckCommandLine::makeSpec()
{
    CommandSpec spec(QStringLiteral("check"), "CheckCommandLine");
    spec.setArguments(QStringLiteral("LAB HOST:PORT"));
    spec.setTitle(QT_TR_NOOP("Checks a student's server or client against a lab and explains what it got wrong."));
    spec.setDescription(QT_TR_NOOP("A server lab (such as tcp-upper) connects to the student's server at HOST:PORT; a "
                                   "client lab (such as upload-client) listens with --serve and waits for the student's "
                                   "client, once per check. Each check is printed as it finishes, then the report: one "
                                   "line per check and, for each failure, the step, what was expected, what arrived (as "
                                   "text and hex, line endings visible) and the likely cause.\n\n"
                                   "--targets FILE runs a server lab over a whole class: one NAME HOST:PORT per line, "
                                   "blank lines and # comments ignored; --csv writes the students × checks table.\n\n"
                                   "--list shows the built-in labs; --lab-file FILE.json runs a lab written as a file "
                                   "(docs/labs.md) instead of a built-in one, in which case LAB is not given."));
    spec.addFlag(kList, QT_TR_NOOP("List the built-in labs: id, role, title and the lecture script each one matches."));
    spec.addValue(kLabFile, QStringLiteral("FILE"), QT_TR_NOOP("Run the lab in this lab file instead of a built-in lab."));
    spec.addFlag(kServe, QT_TR_NOOP("Client labs: listen and wait for the student's client (instead of HOST:PORT)."));
    spec.addValue(kPort, QStringLiteral("N"), QT_TR_NOOP("With --serve: the port to listen on."))
        .withDefaultText(QT_TR_NOOP("the lab's port"));
    spec.addValue(kBind, QStringLiteral("ADDR"), QT_TR_NOOP("With --serve: the address to listen on: any, localhost or an IP address."))
        .withDefault(QStringLiteral("any"));
    spec.addValue(kWait, QStringLiteral("S"), QT_TR_NOOP("With --serve: how many seconds each check waits for the client to connect."))
        .withDefault(QString::number(DefaultWaitSeconds));
    spec.addValue(kTargets, QStringLiteral("FILE"),
                  QT_TR_NOOP("Check every server listed in FILE (NAME HOST:PORT per line) instead of HOST:PORT."));
    spec.addValue(kCsv, QStringLiteral("FILE"), QT_TR_NOOP("With --targets: write the students × checks table to FILE as CSV."));
    spec.addValue(kParallel, QStringLiteral("N"), QT_TR_NOOP("With --targets: how many servers are checked at the same time."))
        .withDefault(QString::number(DefaultParallel));
    spec.addFlag(kJson, QT_TR_NOOP("Print the report as JSON on standard output instead of text."));
    spec.addValue(kJunit, QStringLiteral("FILE"), QT_TR_NOOP("Also write the report to FILE as JUnit XML, for autograders and CI."));
    spec.addValue(kTimeout, QStringLiteral("MS"), QT_TR_NOOP("How long a step waits for an answer, in milliseconds."))
        .withDefaultText(QT_TR_NOOP("the lab's, usually 3000"));
    spec.addValue(kSet, QStringLiteral("NAME=VALUE"), QT_TR_NOOP("Give a lab parameter a value (such as the file name a download lab asks for)."))
        .repeatable();
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 when every required check passed, 1 when one failed or the target "
                                  "could not be reached, 2 on bad arguments or an invalid lab file."));
    return spec;
}

namespace {

bool readTargets(const QString &path, QList<ClassTarget> *targets, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CheckCommandLine::tr("The targets file “%1” cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxTargetsFileBytes) {
        *error = CheckCommandLine::tr("The targets file “%1” is larger than 1 MiB.").arg(path);
        return false;
    }
    QString reason;
    const std::optional<QList<ClassTarget>> list = ClassTarget::parseList(file.readAll(), &reason);
    if (!list) {
        *error = CheckCommandLine::tr("%1: %2", "a file, then what is wrong in it").arg(path, reason);
        return false;
    }
    *targets = *list;
    return true;
}

bool readParameters(const QStringList &settings, const LabDefinition &lab, QMap<QString, QString> *values, QString *error)
{
    QStringList known;
    for (const LabParameter &parameter : lab.parameters)
        known << parameter.name;
    for (const QString &setting : settings) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = CheckCommandLine::tr("“%1” is not NAME=VALUE: --set needs a parameter name, “=” and its value.").arg(setting);
            return false;
        }
        const QString name = setting.left(equals);
        if (!known.contains(name)) {
            if (known.isEmpty())
                *error = CheckCommandLine::tr("The lab “%1” has no parameters, so --set %2 cannot be used.").arg(lab.id, setting);
            else
                *error = CheckCommandLine::tr("The lab “%1” has no parameter “%2”; its parameters are: %3.")
                             .arg(lab.id, name, known.join(QStringLiteral(", ")));
            return false;
        }
        values->insert(name, setting.mid(equals + 1));
    }
    return true;
}

} // namespace

std::optional<CheckArguments> CheckCommandLine::parse(const QStringList &arguments, QString *error)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    QStringList positional = reader.positionalArguments();
    CheckArguments result;

    if (reader.isSet(kList)) {
        for (const QString &name : {kLabFile, kServe, kPort, kBind, kWait, kTargets, kCsv, kParallel, kJson, kJunit, kTimeout, kSet}) {
            if (reader.isSet(name)) {
                *error = tr("--list cannot be combined with --%1: it only lists the labs.").arg(name);
                return std::nullopt;
            }
        }
        if (!positional.isEmpty()) {
            *error = tr("Unexpected argument “%1”: --list only lists the labs.").arg(positional.constFirst());
            return std::nullopt;
        }
        result.mode = CheckArguments::Mode::List;
        return result;
    }

    // The lab: a built-in one by its id, or a lab file.
    if (reader.isSet(kLabFile)) {
        result.labFile = reader.value(kLabFile);
        LabFileParser::Error parseError;
        const std::optional<LabDefinition> lab = LabFileParser::parseFile(result.labFile, &parseError);
        if (!lab) {
            *error = tr("%1: %2", "a file, then what is wrong in it").arg(result.labFile, parseError.text());
            return std::nullopt;
        }
        result.lab = *lab;
    } else {
        if (positional.isEmpty()) {
            *error = tr("The lab is missing: give its id (socketlab check --list shows them) or --lab-file FILE.");
            return std::nullopt;
        }
        const QString id = positional.takeFirst();
        const std::optional<LabDefinition> lab = LabCatalog::builtIn(id);
        if (!lab) {
            *error = tr("There is no built-in lab “%1”: socketlab check --list shows them.").arg(id);
            return std::nullopt;
        }
        result.lab = *lab;
    }

    // Against what: one server, the student's client, or a class.
    const bool serve = reader.isSet(kServe);
    const bool targets = reader.isSet(kTargets);
    if (serve && targets) {
        *error = tr("--serve and --targets cannot be combined: --serve waits for one client, --targets checks a class of servers.");
        return std::nullopt;
    }
    if (serve)
        result.mode = CheckArguments::Mode::Serve;
    else if (targets)
        result.mode = CheckArguments::Mode::Class;
    else
        result.mode = CheckArguments::Mode::Target;

    const bool clientLab = result.lab.role == LabDefinition::Role::Client;
    if (clientLab && !serve) {
        *error = tr("“%1” checks a client: SocketLab listens with --serve (and --port N) and the student's client connects to it.")
                     .arg(result.lab.id);
        return std::nullopt;
    }
    if (!clientLab && serve) {
        *error = tr("“%1” checks a server: give the student's server as HOST:PORT (or a class with --targets FILE); --serve is for client labs.")
                     .arg(result.lab.id);
        return std::nullopt;
    }

    if (result.mode == CheckArguments::Mode::Target) {
        if (positional.isEmpty()) {
            *error = tr("The server to check is missing: give it as HOST:PORT (for example 127.0.0.1:%1).")
                         .arg(result.lab.defaultPort ? result.lab.defaultPort : 9000);
            return std::nullopt;
        }
        if (positional.size() > 1) {
            *error = tr("Unexpected argument “%1”: check takes one lab and one HOST:PORT.").arg(positional.at(1));
            return std::nullopt;
        }
        const std::optional<Endpoint> endpoint = Endpoint::parse(positional.constFirst(), error);
        if (!endpoint)
            return std::nullopt;
        result.host = endpoint->host;
        result.port = endpoint->port;
    } else if (!positional.isEmpty()) {
        *error = serve ? tr("Unexpected argument “%1”: with --serve the client connects to SocketLab, so no HOST:PORT is given.")
                             .arg(positional.constFirst())
                       : tr("Unexpected argument “%1”: with --targets the servers are read from the targets file.")
                             .arg(positional.constFirst());
        return std::nullopt;
    }

    // Options that belong to one mode only.
    for (const QString &name : {kPort, kBind, kWait}) {
        if (!serve && reader.isSet(name)) {
            *error = tr("--%1 is only for client labs with --serve.").arg(name);
            return std::nullopt;
        }
    }
    for (const QString &name : {kCsv, kParallel}) {
        if (!targets && reader.isSet(name)) {
            *error = tr("--%1 is only for a class run with --targets FILE.").arg(name);
            return std::nullopt;
        }
    }

    bool ok = true;
    if (serve) {
        const std::optional<QHostAddress> bind = OptionValues::listenAddress(reader, error);
        if (!bind)
            return std::nullopt;
        result.bind = *bind;
        if (reader.isSet(kPort)) {
            const std::optional<quint16> port = OptionValues::port(reader.value(kPort));
            if (!port) {
                *error = tr("“%1” is not a port number for --port: use 0-65535 (0: the lab's port).").arg(reader.value(kPort));
                return std::nullopt;
            }
            result.listenPort = *port;
        }
        const std::optional<qint64> wait = reader.number(kWait, 1, 24 * 3600, &ok, error);
        if (!ok)
            return std::nullopt;
        result.clientWaitMs = int(wait.value_or(DefaultWaitSeconds) * 1000);
    }
    if (targets) {
        result.targetsFile = reader.value(kTargets);
        if (!readTargets(result.targetsFile, &result.targets, error))
            return std::nullopt;
        result.csvFile = reader.value(kCsv);
        const std::optional<qint64> parallel = reader.number(kParallel, 1, 256, &ok, error);
        if (!ok)
            return std::nullopt;
        result.parallel = int(parallel.value_or(DefaultParallel));
    }

    const std::optional<qint64> timeout = reader.number(kTimeout, 1, 120000, &ok, error);
    if (!ok)
        return std::nullopt;
    result.timeoutMs = int(timeout.value_or(0));
    result.json = reader.isSet(kJson);
    result.junitFile = reader.value(kJunit);
    if (!readParameters(reader.values(kSet), result.lab, &result.parameters, error))
        return std::nullopt;
    return result;
}
