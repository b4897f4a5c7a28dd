#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run-app.sh and run-tests.sh: install what is missing (Debian 12), then build.
set -euo pipefail

CLUB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLUB_BUILD=${CLUB_BUILD:-$CLUB_ROOT/build}

# Debian 12 packages only. Build: toolchain and Qt 6.4. Run: SQLite/PostgreSQL drivers.
# Test: PostgreSQL server, pcscd + vsmartcard, socat, Xvfb, SMTP server, PDF tools.
# Packages: dpkg-dev and file (CPack DEB), desktop-file-utils, appstream, nsis (checks).
CLUB_PACKAGES=(
    cmake ninja-build pkg-config g++ ccache
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev
    qt6-charts-dev qt6-serialport-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-qpa-plugins
    libsodium-dev libssl-dev libcurl4-openssl-dev libzint-dev libqrencode-dev
    libpcsclite-dev pcscd vsmartcard-vpcd pcsc-tools
    postgresql xvfb xauth socat python3-serial python3-aiosmtpd poppler-utils fonts-dejavu-core
    libcsv-dev
    dpkg-dev file desktop-file-utils appstream nsis
)

club_install_missing() {
    local missing=() p
    for p in "${CLUB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "== All ${#CLUB_PACKAGES[@]} packages are installed."
        return 0
    fi
    echo "== Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root (or install sudo) to install packages." >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

club_build() {
    if [ ! -f "$CLUB_BUILD/build.ninja" ]; then
        cmake -S "$CLUB_ROOT" -B "$CLUB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake --build "$CLUB_BUILD" -j "$jobs"
}
