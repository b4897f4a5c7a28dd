#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through ctest. Tests start what
# they need themselves (offscreen Qt, a throwaway PostgreSQL cluster on loopback) and
# stop it afterwards.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

club_install_missing
club_build

export QT_QPA_PLATFORM=offscreen
cd "$CLUB_BUILD"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" "$@"
