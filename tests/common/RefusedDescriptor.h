#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

#include <atomic>
#include <sys/syscall.h>
#include <unistd.h>

// For the "a refused descriptor is closed exactly once" tests of the servers. Include it in ONE
// test file per executable (it defines close()): it replaces the C library's close() in that
// test program, counting the closes of the one descriptor a test watches, so that a descriptor
// left open and one closed twice (which could close another connection's reused number) both
// show. Linux only (raw syscall), and only with the POSIX StreamSocket: the portable one's
// QTcpSocket takes a pipe as a socket, so nothing is refused there; elsewhere
// closesAfterRefusal() returns -1 (skip the test).
namespace RefusedDescriptor {

inline std::atomic<int> watched {-1};
inline std::atomic<int> closes {0};

// Hands a descriptor that no server can use (the read end of a pipe: not a socket) to the
// listener's descriptorAccepted(), as if the kernel had accepted it, and returns how many times
// it was closed, deferred deletions included. 1 is right.
template <typename Listener>
int closesAfterRefusal(Listener *listener)
{
#if defined(__linux__) && SOCKETLAB_POSIX_PATHS
    int ends[2];
    if (::pipe(ends) != 0)
        return -1;
    watched = ends[0];
    closes = 0;
    emit listener->descriptorAccepted(ends[0]);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    const int count = closes;
    watched = -1;
    if (count == 0)
        ::close(ends[0]);
    ::close(ends[1]);
    return count;
#else
    Q_UNUSED(listener);
    return -1;
#endif
}

} // namespace RefusedDescriptor

#ifdef __linux__
extern "C" int close(int fd)
{
    if (fd >= 0 && fd == RefusedDescriptor::watched.load())
        ++RefusedDescriptor::closes;
    return int(::syscall(SYS_close, fd));
}
#endif
