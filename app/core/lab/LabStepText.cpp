#include "LabStepText.h"

#include <QLocale>

#include "ByteCountText.h"
#include "LabVariables.h"

QString LabStepText::duration(int ms)
{
    const QLocale locale;
    if (ms < 1000)
        return tr("%1 ms").arg(locale.toString(ms));
    if (ms % 1000 == 0)
        return tr("%1 s").arg(locale.toString(ms / 1000));
    return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', ms % 100 == 0 ? 1 : 2));
}

QString LabStepText::describe(const LabStep &step, const LabVariables &variables, LabDefinition::Role role)
{
    const QString c = step.connection;
    const bool server = role == LabDefinition::Role::Server;
    const bool udp = step.protocol == LabStep::Protocol::Udp;
    switch (step.kind) {
    case LabStep::Kind::Connect:
        return udp ? tr("Open a UDP socket to the server (connection %1)").arg(c)
                   : tr("Connect to the server (connection %1)").arg(c);
    case LabStep::Kind::Accept:
        return udp ? tr("Wait for the first datagram from a new client (connection %1)").arg(c)
                   : tr("Wait for the client to connect (connection %1)").arg(c);
    case LabStep::Kind::Send: {
        const QByteArray bytes = variables.payload(step);
        const QString shown = LabVariables::shown(bytes, 60);
        if (!step.pieces.isEmpty() && step.pauseMs > 0)
            return tr("Send %1 on %2 in pieces, %3 apart: %4")
                .arg(ByteCountText::count(bytes.size()), c, duration(step.pauseMs), shown);
        if (!step.pieces.isEmpty())
            return tr("Send %1 on %2 in pieces: %3").arg(ByteCountText::count(bytes.size()), c, shown);
        return tr("Send %1 on %2: %3").arg(ByteCountText::count(bytes.size()), c, shown);
    }
    case LabStep::Kind::Expect:
        switch (step.match) {
        case LabStep::Match::Exact:
            return tr("Wait for “%1” on %2").arg(LabVariables::shown(variables.payload(step), 60), c);
        case LabStep::Match::Prefix:
            return tr("Wait for data starting with “%1” on %2")
                .arg(LabVariables::shown(variables.payload(step), 60), c);
        case LabStep::Match::Regex:
            return tr("Wait for text matching %1 on %2").arg(step.pattern, c);
        case LabStep::Match::Upper:
            return tr("Wait for the upper-case of what was sent on %1").arg(c);
        case LabStep::Match::Echo:
            return tr("Wait for the echo of what was sent on %1").arg(c);
        case LabStep::Match::Count:
            return tr("Wait for %1 bytes on %2").arg(variables.expand(step.count), c);
        case LabStep::Match::Http:
            if (step.httpStatus != 0)
                return tr("Wait for an HTTP response with status %1 on %2").arg(step.httpStatus).arg(c);
            return tr("Wait for an HTTP response on %1").arg(c);
        case LabStep::Match::Closed:
            return server ? tr("Wait for the server to close %1").arg(c)
                          : tr("Wait for the client to close %1").arg(c);
        case LabStep::Match::Silence:
            return tr("Check that nothing arrives on %1 for %2").arg(c, duration(step.silenceMs));
        case LabStep::Match::None:
            break;
        }
        return tr("Wait for data on %1").arg(c);
    case LabStep::Kind::Shutdown:
        return tr("Half-close %1 (SocketLab sends no more data)").arg(c);
    case LabStep::Kind::Close:
        return tr("Close %1").arg(c);
    case LabStep::Kind::Wait:
        return tr("Wait %1").arg(duration(step.pauseMs));
    }
    return {};
}
