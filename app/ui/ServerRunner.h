#pragma once

#include <QObject>

#include <functional>
#include <optional>

#include "WordedReason.h"
#include "WorkerThread.h"

// The life cycle every server panel shares (TCP server, file server, web, UDP): owns the worker
// thread and the engine moved into it, the state (stopped, starting, running, stopping) and why
// the last start failed, and hands the panel's calls to the engine's thread. The panel keeps what
// differs: its fields and options, what it keeps from its engine's own `started` arguments, its
// engine's other signals, and the words of its state line.
//
// What it relies on from an engine: every start is answered by exactly one `started` or
// `startFailed`; a stop of a running engine ends with `stopped`. A `stopped` that comes while
// nothing runs, or while a new start is on its way (an engine stops an earlier run before it
// starts again), changes nothing, so either way of emitting it is fine. An engine may also start
// by itself (UDP binds a port for a send): its `started` makes the runner Running.
class ServerRunner final : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    // Moves `engine` into a worker thread named `threadName` (deleted with it); `stopSlot` is the
    // engine's slot that stops it.
    template <class Engine>
    ServerRunner(const QString &threadName, Engine *engine, void (Engine::*stopSlot)(), QObject *parent = nullptr);
    // Stops the engine in its thread and waits for that (clients see an orderly close, partial
    // uploads are cleaned up), then the thread ends and deletes the engine.
    ~ServerRunner() override;

    // The engine's life-cycle signals. `onStarted` receives `started`'s arguments (the real
    // address and port…) before the state turns Running and stateChanged() is emitted.
    template <class Engine, class... Args, class OnStarted>
    void follow(void (Engine::*started)(Args...), void (Engine::*startFailed)(const QString &),
                void (Engine::*stopped)(), OnStarted onStarted);

    State state() const;
    // The engine serves: running, or stopping (until the engine says it stopped).
    bool isRunning() const;
    // Anything but stopped: the panel's Start button is a Stop button.
    bool isBusy() const;
    // Why the last start failed, in the language it was worded in; empty after a start.
    const WordedReason &failure() const;

    // Starts the engine (queued into its thread) with the options `readOptions(QString *error)`
    // reads from the panel's fields; when it returns none (a field is wrong) the start fails at
    // once with its error. Returns whether the start was handed to the engine.
    template <class Engine, class Options, class ReadOptions>
    bool start(void (Engine::*startSlot)(const Options &), ReadOptions readOptions);
    // The start could not even be handed to the engine (a field is wrong): stopped, with `reason`.
    void fail(const QString &reason);
    // Stops the engine (queued into its thread): stopping until it says it stopped. Nothing to do
    // while nothing runs or a stop is on its way.
    void stop();
    // Moves `helper` into the engine's thread, where it is deleted after the engine has stopped
    // (e.g. the ReceiveRecorder the engine feeds).
    void adopt(QObject *helper);
    // Runs `call` in the engine's thread (queued), e.g. a new reply policy or a message to send.
    template <class Call>
    void call(Call call);

    // The state line when the engine does not serve: `starting`, then why the last start failed
    // (`failed` with the reason as %1; `failedElsewhere` when it was worded in another language),
    // or `idle`.
    QString idleLine(const QString &starting, const QString &idle, const QString &failedElsewhere,
                     const QString &failed = QStringLiteral("%1")) const;

signals:
    // After every change of state() (and after a start or a failed start, which may keep it).
    void stateChanged(ServerRunner::State now, ServerRunner::State before);

private:
    void setState(State state);

    WorkerThread m_thread;
    QObject *m_engine;
    std::function<void()> m_stop;
    State m_state = State::Stopped;
    WordedReason m_failure;
};

template <class Engine>
ServerRunner::ServerRunner(const QString &threadName, Engine *engine, void (Engine::*stopSlot)(), QObject *parent)
    : QObject(parent)
    , m_thread(threadName)
    , m_engine(engine)
    , m_stop([engine, stopSlot] { (engine->*stopSlot)(); })
{
    m_thread.adopt(engine);
    m_thread.start();
}

template <class Engine, class... Args, class OnStarted>
void ServerRunner::follow(void (Engine::*started)(Args...), void (Engine::*startFailed)(const QString &),
                          void (Engine::*stopped)(), OnStarted onStarted)
{
    auto *engine = static_cast<Engine *>(m_engine);
    Q_ASSERT(qobject_cast<Engine *>(m_engine));
    // Engine -> runner: queued (the engine lives in m_thread).
    connect(engine, started, this, [this, onStarted](Args... args) {
        if (m_state == State::Stopping)
            return;   // a stop is queued behind this start: it will say stopped
        m_failure.clear();
        onStarted(args...);
        setState(State::Running);
    });
    connect(engine, startFailed, this, [this](const QString &reason) {
        m_failure.set(reason);
        setState(State::Stopped);
    });
    connect(engine, stopped, this, [this] {
        // Nothing ran, or the end of an earlier run while a new start is on its way.
        if (m_state != State::Starting && m_state != State::Stopped)
            setState(State::Stopped);
    });
}

template <class Engine, class Options, class ReadOptions>
bool ServerRunner::start(void (Engine::*startSlot)(const Options &), ReadOptions readOptions)
{
    QString error;
    const std::optional<Options> options = readOptions(&error);
    if (!options) {
        fail(error);
        return false;
    }
    m_failure.clear();
    setState(State::Starting);
    auto *engine = static_cast<Engine *>(m_engine);
    Q_ASSERT(qobject_cast<Engine *>(m_engine));
    QMetaObject::invokeMethod(engine, [engine, startSlot, o = *options] { (engine->*startSlot)(o); });
    return true;
}

template <class Call>
void ServerRunner::call(Call call)
{
    QMetaObject::invokeMethod(m_engine, std::move(call));
}
