#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens Customer Club Manager on its embedded
# SQLite store. The first start runs the set-up wizard, which offers demo data.
# Extra arguments go to the app, e.g. --lang ar or --data-dir /path/to/store.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

club_install_missing
club_build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found (DISPLAY is not set). Run this from a desktop session, or with ssh -X." >&2
    exit 1
fi
exec "$CLUB_BUILD/app/clubmanager" "$@"
