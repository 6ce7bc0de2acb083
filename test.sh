#!/usr/bin/env bash
# Installs what the build and the tests need (Debian/Ubuntu), builds, and runs every test with
# ctest under the offscreen platform. Exits non-zero on any failure. (dpkg-dev, file,
# desktop-file-utils and appstream are for the package test: cpack's dependency list and the
# checks of the menu entry and the AppStream metainfo.)
#
#   ./test.sh [CTEST ARGS]             the normal build (build/test) and the whole suite, then
#                                      the portable build (build/portable: -DSOCKETLAB_PORTABLE=ON,
#                                      the Qt-only platform layer that Windows and macOS compile)
#                                      and its core tests
#   ./test.sh --sanitize [CTEST ARGS]  the same suite built with AddressSanitizer and
#                                      UndefinedBehaviorSanitizer (build/sanitize)
# With CI set in the environment (.ci/run sets it), both run, one after the other.
set -euo pipefail
cd "$(dirname "$0")"

mode=normal
args=()
for a in "$@"; do
    case "$a" in
        --sanitize) mode=sanitize ;;
        *) args+=("$a") ;;
    esac
done
if [ "$mode" = normal ] && [ -n "${CI:-}" ]; then
    mode=both
fi

packages=(cmake g++ ninja-build libssl-dev python3 curl groff-base
          qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
          chromium clang libclang-rt-14-dev
          dpkg-dev file desktop-file-utils appstream)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export QT_QPA_PLATFORM=offscreen
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

run_normal() {
    local build=${BUILD_DIR:-build/test}
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCKETLAB_BUILD_TESTS=ON
    cmake --build "$build" --parallel "$(nproc)"
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" ${args[@]+"${args[@]}"}
}

run_portable() {
    local build=${PORTABLE_BUILD_DIR:-build/portable}
    # Only the fallbacks of the platform layer (README, "Platforms"); the window is left out to
    # save time (it has no platform code of its own), the core tests are what runs.
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCKETLAB_BUILD_TESTS=ON \
          -DSOCKETLAB_PORTABLE=ON -DSOCKETLAB_BUILD_FUZZERS=OFF -DSOCKETLAB_BUILD_GUI=OFF
    cmake --build "$build" --parallel "$(nproc)"
    ctest --test-dir "$build" -L core --output-on-failure --parallel "$(nproc)" ${args[@]+"${args[@]}"}
}

run_sanitize() {
    local build=${SANITIZE_BUILD_DIR:-build/sanitize}
    # The fuzz targets are already built with ASan/UBSan (and run in the normal suite).
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCKETLAB_BUILD_TESTS=ON \
          -DSOCKETLAB_BUILD_FUZZERS=OFF -DSOCKETLAB_SANITIZE=address,undefined
    cmake --build "$build" --parallel "$(nproc)"
    local supp="$PWD/tests/sanitizer"
    # Every finding fails the test that ran into it: ASan and UBSan abort the program, leaks
    # are reported at exit (only leaks inside system libraries are suppressed, see lsan.supp).
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0:check_initialization_order=1" \
    LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp" \
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 900 ${args[@]+"${args[@]}"}
}

case "$mode" in
    normal) run_normal; run_portable ;;
    sanitize) run_sanitize ;;
    both) run_normal; run_portable; run_sanitize ;;
esac
