#include "EventChecksum.h"

#include <QLocale>

EventChecksum::Result EventChecksum::check(Checksum::Algorithm algorithm, const TrafficEvent &event)
{
    Result result;
    if (algorithm == Checksum::Algorithm::None || event.kind != TrafficEvent::Kind::Data
        || event.direction != TrafficEvent::Direction::In)
        return result;
    const QString name = Checksum::displayName(algorithm);
    result.outcome = Outcome::CannotCheck;
    if (event.isTruncated()) {
        // The checksum is in the last bytes, which were not kept.
        result.text = tr("%1: cannot be checked, only the first %2 of %3 bytes were kept.")
                          .arg(name, QLocale().toString(event.bytes.size()), QLocale().toString(event.size));
        return result;
    }
    const std::optional<Checksum::Verdict> verdict = Checksum::verify(algorithm, event.bytes);
    if (!verdict) {
        result.text = tr("%1: cannot be checked, a message needs at least %n byte(s) for it.", "",
                         Checksum::size(algorithm)).arg(name);
        return result;
    }
    result.outcome = verdict->ok ? Outcome::Ok : Outcome::Bad;
    result.text = verdict->text;
    return result;
}
