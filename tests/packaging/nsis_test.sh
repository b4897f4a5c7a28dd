#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the Windows installer script with Debian's makensis, warnings as errors, so a
# broken script is caught here and not on the Windows build machine. The staged files are
# placeholders: what is checked is the script, not a Windows build.
#   nsis_test.sh MAKENSIS SCRIPT ICON VERSION
set -euo pipefail
MAKENSIS=$1 SCRIPT=$2 ICON=$3 VERSION=$4
WORK=$(mktemp -d "${TMPDIR:-/tmp}/club-nsis.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/stage/translations"
echo placeholder >"$WORK/stage/clubmanager.exe"
echo placeholder >"$WORK/stage/translations/clubmanager_fa.qm"
echo placeholder >"$WORK/vc_redist.x64.exe"
"$MAKENSIS" -V2 -WX -DSTAGE="$WORK/stage" -DVCREDIST="$WORK/vc_redist.x64.exe" -DICON="$ICON" \
    -DVERSION="$VERSION" -DOUTFILE="$WORK/clubmanager-$VERSION-setup.exe" "$SCRIPT"
[ -s "$WORK/clubmanager-$VERSION-setup.exe" ] || { echo "FAIL: no installer written" >&2; exit 1; }
echo "ok: the NSIS script compiles"
