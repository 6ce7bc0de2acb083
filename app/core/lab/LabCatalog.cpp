#include "LabCatalog.h"

#include <QDir>
#include <QtDebug>

#include <algorithm>

#include "LabFileParser.h"

namespace {

// The course order: server labs, then client labs. Any other built-in file comes after, by id.
const QStringList &courseOrder()
{
    static const QStringList order{
        QStringLiteral("tcp-upper"),     QStringLiteral("tcp-chat"),      QStringLiteral("select-server"),
        QStringLiteral("udp-ok"),        QStringLiteral("file-download"), QStringLiteral("file-upload"),
        QStringLiteral("http"),          QStringLiteral("tcp-client"),    QStringLiteral("udp-send"),
        QStringLiteral("upload-client"), QStringLiteral("download-client"),
    };
    return order;
}

int rank(const QString &id)
{
    const qsizetype at = courseOrder().indexOf(id);
    return at < 0 ? int(courseOrder().size()) : int(at);
}

} // namespace

QList<LabDefinition> LabCatalog::builtIn()
{
    const QString folder = QStringLiteral(":/labs");
    QList<LabDefinition> labs;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = folder + QLatin1Char('/') + name;
        LabFileParser::Error error;
        std::optional<LabDefinition> lab = LabFileParser::parseFile(path, &error);
        if (!lab) {
            // A built-in lab that does not parse is a bug (tst_labcatalog checks every file).
            qWarning("Built-in lab %s is invalid: %s", qUtf8Printable(path), qUtf8Printable(error.text()));
            continue;
        }
        labs.append(*lab);
    }
    std::stable_sort(labs.begin(), labs.end(), [](const LabDefinition &a, const LabDefinition &b) {
        const int ra = rank(a.id), rb = rank(b.id);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    return labs;
}

std::optional<LabDefinition> LabCatalog::builtIn(const QString &id)
{
    const QList<LabDefinition> labs = builtIn();
    for (const LabDefinition &lab : labs)
        if (lab.id == id)
            return lab;
    return std::nullopt;
}
