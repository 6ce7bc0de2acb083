#pragma once

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>

#include "ClassTarget.h"
#include "LabDefinition.h"

// What `socketlab check …` (and `socketlab --open check …`) asks for: list the labs, or run one
// lab (built in, or read from --lab-file) against a student's server, a student's client
// (--serve) or a whole class (--targets), and where the reports go.
struct CheckArguments
{
    enum class Mode : quint8 {
        List,     // --list: the built-in labs
        Target,   // LAB HOST:PORT: a server lab against one server
        Serve,    // LAB --serve: a client lab, SocketLab listens for the student's client
        Class,    // LAB --targets FILE: a server lab against every server of a class
    };

    Mode mode = Mode::List;
    LabDefinition lab;                   // Target / Serve / Class: the lab, already read
    QString labFile;                     // --lab-file, else empty (a built-in lab)

    QString host;                        // Target
    quint16 port = 0;
    QHostAddress bind = QHostAddress::Any;   // Serve: --bind
    quint16 listenPort = 0;              // Serve: --port (0: the lab's port)
    int clientWaitMs = 60000;            // Serve: --wait S, how long to wait for the client
    QList<ClassTarget> targets;          // Class: read from --targets
    QString targetsFile;
    QString csvFile;                     // Class: --csv, else empty
    int parallel = 8;                    // Class: --parallel

    bool json = false;                   // --json: the report as JSON on standard output
    QString junitFile;                   // --junit FILE, else empty
    int timeoutMs = 0;                   // --timeout MS (0: the lab's)
    QMap<QString, QString> parameters;   // --set NAME=VALUE
};
