#pragma once

#include <QList>
#include <QString>

#include <optional>

// One student's program in a class run: "wang-wei 192.168.1.23:9000" in a targets file.
struct ClassTarget
{
    QString name;
    QString host;
    quint16 port = 0;
    int line = 0;

    // A targets file: `NAME HOST:PORT` per line, blank lines and `# comments` ignored. nullopt
    // and "line N: reason" (translated) for a malformed line or a repeated name.
    static std::optional<QList<ClassTarget>> parseList(const QByteArray &text, QString *error = nullptr);
};
