#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu), builds a Release binary and starts SocketLab.
# Arguments go to the binary:  ./run.sh tcp-server --port 1246   ./run.sh --open web --port 8000
# ./run.sh package builds the Debian package instead: build/package/socketlab_VERSION_ARCH.deb
# (its path is printed; install it with  sudo apt install ./build/package/socketlab_*.deb).
set -euo pipefail
cd "$(dirname "$0")"

packaging=false
[ "${1:-}" = package ] && packaging=true

packages=(cmake g++ ninja-build libssl-dev
          qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
          qt6-wayland fonts-wqy-microhei)
# cpack computes the package's dependencies with dpkg-shlibdeps (dpkg-dev), which needs file.
if $packaging; then
    packages+=(dpkg-dev file)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

build=build/release
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSOCKETLAB_BUILD_TESTS=OFF >&2
cmake --build "$build" --parallel "$(nproc)" >&2
if $packaging; then
    rm -f build/package/socketlab_*.deb
    cpack --config "$build/CPackConfig.cmake" -G DEB -B build/package >&2
    ls build/package/socketlab_*.deb
    exit 0
fi
exec "$build/app/socketlab" "$@"
