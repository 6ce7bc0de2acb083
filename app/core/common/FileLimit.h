#pragma once

// How many files and sockets this process may hold open at once. A server for a whole lab (or
// a test with 1,000 clients) needs more descriptors than the usual soft limit of 1,024, so
// raiseToMaximum() lifts the soft limit to the hard one (POSIX: RLIMIT_NOFILE). The portable
// build leaves the limit as it is (Windows has no such per-process limit on sockets).
class FileLimit
{
public:
    static void raiseToMaximum();
};
