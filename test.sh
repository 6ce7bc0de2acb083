#!/usr/bin/env bash
# Installs what the build and the tests need (Debian/Ubuntu), builds, and runs every test with
# ctest under the offscreen platform. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake g++ ninja-build libssl-dev python3 curl
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
          chromium clang libclang-rt-14-dev)
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

build=${BUILD_DIR:-build/test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCKETLAB_BUILD_TESTS=ON
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
