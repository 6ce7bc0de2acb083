#include "ClassTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QHash>

#include "Endpoint.h"

std::optional<QList<ClassTarget>> ClassTarget::parseList(const QByteArray &text, QString *error)
{
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };

    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QList<ClassTarget> targets;
    QHash<QString, int> lineOfName;
    const QStringList lines = all.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(blanks, Qt::SkipEmptyParts);
        if (fields.size() != 2) {
            return fail(QCoreApplication::translate("ClassTarget",
                            "line %1: “%2” is not NAME HOST:PORT (a name without spaces, then the "
                            "address, for example: wang-wei 192.168.1.23:9000).")
                            .arg(lineNumber)
                            .arg(line));
        }
        QString endpointError;
        const std::optional<Endpoint> endpoint = Endpoint::parse(fields.at(1), &endpointError);
        if (!endpoint) {
            return fail(QCoreApplication::translate("ClassTarget", "line %1: %2")
                            .arg(lineNumber)
                            .arg(endpointError));
        }
        const QString &name = fields.at(0);
        if (const auto it = lineOfName.constFind(name); it != lineOfName.cend()) {
            return fail(QCoreApplication::translate("ClassTarget",
                            "line %1: the name “%2” is already used on line %3; every target needs "
                            "its own name.")
                            .arg(lineNumber)
                            .arg(name)
                            .arg(*it));
        }
        lineOfName.insert(name, lineNumber);
        targets.append(ClassTarget{name, endpoint->host, endpoint->port, lineNumber});
    }
    if (targets.isEmpty()) {
        return fail(QCoreApplication::translate("ClassTarget",
                        "The targets file lists nobody: write one NAME HOST:PORT per line."));
    }
    return targets;
}
