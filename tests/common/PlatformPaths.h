#pragma once

#include <QTest>

// Tests of behaviour that only the native platform layer has (README, "Platforms") skip in a
// build without it: -DSOCKETLAB_PORTABLE=ON, or a system that is not Linux / not POSIX. The
// build defines SOCKETLAB_LINUX_PATHS and SOCKETLAB_POSIX_PATHS (0 or 1) for every test.
#if !defined(SOCKETLAB_LINUX_PATHS) || !defined(SOCKETLAB_POSIX_PATHS)
#error "tests/CMakeLists.txt defines SOCKETLAB_LINUX_PATHS and SOCKETLAB_POSIX_PATHS"
#endif

// In a test function: skip, saying why, unless the Linux (or POSIX) implementation was built.
#define SKIP_WITHOUT_LINUX_PATHS(why)                                                      \
    do {                                                                                  \
        if (!SOCKETLAB_LINUX_PATHS)                                                       \
            QSKIP("needs the Linux platform layer (this is a portable build): " why);     \
    } while (false)

#define SKIP_WITHOUT_POSIX_PATHS(why)                                                      \
    do {                                                                                  \
        if (!SOCKETLAB_POSIX_PATHS)                                                       \
            QSKIP("needs the POSIX platform layer (this is a portable build): " why);     \
    } while (false)
