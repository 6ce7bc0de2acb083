#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "LocalizedText.h"

// A lab as a lab file describes it (docs/labs.md): an exercise of the course ("TCP upper-case
// server"), and the ordered checks SocketLab runs against a student's program to grade it.
// LabFileParser reads it from JSON (the built-in labs are such files, in resources/labs);
// LabRunner runs it. Plain data: no behaviour beyond the defaults below.

// One step of a check, acting on one named connection ("a", "b", …).
struct LabStep
{
    enum class Kind : quint8 {
        Connect,    // server labs: open a TCP connection (or a UDP socket) to the target
        Accept,     // client labs: wait for the student's client (next TCP connection, or the
                    // first datagram from a new sender)
        Send,       // send text / hex / filler, optionally in pieces with a pause between
        Expect,     // wait for something from the peer, within a timeout
        Shutdown,   // half-close: no more data from us (TCP)
        Close,      // close the connection
        Wait,       // pause
    };
    enum class Protocol : quint8 { Tcp, Udp };
    enum class Match : quint8 {
        None,
        Exact,      // the next bytes are exactly `payload` (consumed)
        Prefix,     // the next bytes start with `payload`; the rest until quiet is consumed too
        Regex,      // `pattern` matches at the start (UTF-8) once quiet; named groups -> variables
        Upper,      // the next bytes are the ASCII upper-case of the last send (bytes.upper())
        Echo,       // the next bytes are the last send
        Count,      // `count` bytes arrive (any content)
        Http,       // a complete HTTP response (status line, headers, body by length or close)
        Closed,     // the peer closes its side
        Silence,    // nothing arrives for `silenceMs`
    };

    Kind kind = Kind::Wait;
    QString connection;               // every kind but Wait
    Protocol protocol = Protocol::Tcp;   // Connect / Accept

    // Send (and Exact / Prefix): the bytes, with ${variables} filled at run time. Text is
    // UTF-8; hex is already decoded (isHex). Filler: fillText repeated to fillCount bytes.
    QString text;
    QByteArray bytes;
    bool isHex = false;
    QString fillText;
    int fillCount = 0;
    QList<int> pieces;                // Send: piece sizes in bytes (rest in a last piece)
    int pauseMs = 0;                  // Send: pause between pieces; Wait: the pause

    // Expect
    Match match = Match::None;
    QString pattern;                  // Regex
    QString count;                    // Count: a number or "${variable}"
    int silenceMs = 0;                // Silence
    int quietMs = 150;                // Prefix / Regex: how long the stream must be quiet
    bool alone = false;               // the match must end where a received chunk ended
    bool allowData = false;           // Closed: bytes before the close are not a failure
    int httpStatus = 0;               // Http: the status expected (0: any valid one)
    bool httpHead = false;            // Http: the response to HEAD (no body)
    QStringList httpHeaders;          // Http: headers that must be present
    bool httpBody = false;            // Http: the body must not be empty
    int timeoutMs = 0;                // 0: the lab's default timeout

    LocalizedText explain;            // overrides the check's explanation when this step fails
    int line = 0;                     // where the step starts in the lab file (for messages)
};

// One check: a titled sequence of steps, required (the exercise asks for it) or a lesson
// (something the lecture itself discusses, reported but never failing the lab).
struct LabCheck
{
    QString id;
    LocalizedText title;
    bool required = true;
    QList<LabStep> steps;
    LocalizedText explain;            // the plain-language cause when the check fails
    int line = 0;
};

// A value the user may set (`--set NAME=VALUE`, a field in the Lab tab), e.g. the file name the
// download lab asks for; steps use it as ${name}.
struct LabParameter
{
    QString name;
    QString defaultValue;
    LocalizedText description;
};

struct LabDefinition
{
    enum class Role : quint8 {
        Server,   // the student wrote a server: SocketLab connects to HOST:PORT
        Client,   // the student wrote a client: SocketLab listens and waits for it
    };

    QString id;                       // "tcp-upper": the name on the command line
    LocalizedText title;
    LocalizedText description;
    QString script;                   // the lecture script it matches ("seed 003 socket_server.py")
    Role role = Role::Server;
    quint16 defaultPort = 0;          // the script's port
    int defaultTimeoutMs = 3000;      // an Expect/Connect/Accept step's timeout unless it says
    QList<LabParameter> parameters;
    QList<LabCheck> checks;
    QString source;                   // the file it came from (":/labs/tcp-upper.json" for built-ins)
};
