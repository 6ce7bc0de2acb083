#include "LabOutcomeLook.h"

LabOutcomeLook::State LabOutcomeLook::state(LabCheckResult::Outcome outcome)
{
    switch (outcome) {
    case LabCheckResult::Outcome::Pending:
        return State::Pending;
    case LabCheckResult::Outcome::Running:
        return State::Running;
    case LabCheckResult::Outcome::Passed:
        return State::Passed;
    case LabCheckResult::Outcome::Failed:
        return State::Failed;
    case LabCheckResult::Outcome::NotRun:
        return State::NotRun;
    }
    return State::Pending;
}

QString LabOutcomeLook::text(State state)
{
    switch (state) {
    case State::Pending:
        return tr("○ Not yet run");
    case State::Running:
        return tr("… Running");
    case State::WaitingForClient:
        return tr("◷ Waiting for the client");
    case State::Passed:
        return tr("✓ Passed");
    case State::Failed:
        return tr("✗ Failed");
    case State::NotRun:
        return tr("– Could not run");
    }
    return QString();
}

QString LabOutcomeLook::mark(State state)
{
    switch (state) {
    case State::Pending:
        return QString();
    case State::Running:
        return QStringLiteral("…");
    case State::WaitingForClient:
        return QStringLiteral("◷");
    case State::Passed:
        return QStringLiteral("✓");
    case State::Failed:
        return QStringLiteral("✗");
    case State::NotRun:
        return QStringLiteral("–");
    }
    return QString();
}

QColor LabOutcomeLook::background(State state, bool required)
{
    switch (state) {
    case State::Passed:
        return QColor(0xc8, 0xeb, 0xc8);
    case State::Failed:
        return required ? QColor(0xf6, 0xc4, 0xc4) : QColor(0xfb, 0xe3, 0xb0);
    case State::NotRun:
        return QColor(0xdd, 0xdd, 0xdd);
    case State::Running:
    case State::WaitingForClient:
        return QColor(0xcf, 0xe0, 0xf7);
    case State::Pending:
        break;
    }
    return QColor();
}

QColor LabOutcomeLook::foreground(State state, bool required)
{
    return background(state, required).isValid() ? QColor(0x20, 0x20, 0x20) : QColor();
}

QString LabOutcomeLook::kind(bool required)
{
    return required ? tr("Required") : tr("Lesson");
}
