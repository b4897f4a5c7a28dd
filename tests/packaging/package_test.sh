#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from the build folder, unpacks it into a throwaway root and
# checks it as a fresh Debian 12 would meet it: the dependency list names what is loaded
# at run time, the files are where the program and the desktop look for them, and the
# unpacked program answers --version and opens its main window (offscreen) on a new store.
#   package_test.sh BUILD_DIR VERSION
set -euo pipefail

BUILD=$1
VERSION=$2
WORK=$(mktemp -d "${TMPDIR:-/tmp}/club-package.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "== cpack -G DEB into $WORK/out"
(cd "$BUILD" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log" >&2; exit 1; }
deb=$(find "$WORK/out" -maxdepth 1 -name "clubmanager_${VERSION}-*.deb" | head -n 1)
[ -n "$deb" ] || { ls -l "$WORK/out" >&2; echo "FAIL: no clubmanager_${VERSION}-*.deb" >&2; exit 1; }
pass "built $(basename "$deb")"

# --- control fields -----------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
has() { # has LIST PACKAGE: PACKAGE is one of the comma-separated LIST's names
    tr ',' '\n' <<<"$1" | sed -e 's/^ *//' -e 's/[ (].*//' | grep -qx "$2"
}
# Run-time plugins dpkg-shlibdeps cannot see, then libraries it must have found.
for p in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n libqt6gui6 libqt6widgets6 libqt6sql6 libsodium23; do
    if has "$depends" "$p"; then pass "Depends names $p"; else fail "Depends does not name $p"; fi
done
if has "$recommends" pcscd; then pass "Recommends names pcscd"; else fail "Recommends does not name pcscd"; fi
[ "$(dpkg-deb -f "$deb" Package)" = clubmanager ] || fail "package name is not clubmanager"
# Every name in Depends and Recommends is a package apt knows (a typo would be "not installable").
if command -v apt-get >/dev/null; then
    if apt-get install -s -q --no-install-recommends "$deb" >"$WORK/apt.log" 2>&1 \
        && apt-get install -s -q "$deb" >>"$WORK/apt.log" 2>&1; then
        pass "apt can install it (simulated)"
    else
        fail "apt cannot install it: $(grep -E 'Depends|Recommends|E:' "$WORK/apt.log" | head -n 5)"
    fi
fi

# --- files --------------------------------------------------------------------------
ROOT=$WORK/root
dpkg-deb -x "$deb" "$ROOT"
if dpkg-deb -c "$deb" | grep -Eq 'tst_|club_render_icon|/include/|\.a$'; then
    fail "the package carries build or test files"
fi
expect=(
    usr/bin/clubmanager
    usr/share/clubmanager/translations/clubmanager_fa.qm
    usr/share/clubmanager/translations/clubmanager_ar.qm
    usr/share/clubmanager/translations/clubmanager_en.qm
    usr/share/applications/clubmanager.desktop
    usr/share/metainfo/org.customerclubmanager.clubmanager.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/clubmanager.svg
    usr/share/doc/clubmanager/copyright
    usr/share/doc/clubmanager/OFL-Vazirmatn.txt
)
for size in 16 22 24 32 48 64 128 256; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/clubmanager.png")
done
for f in "${expect[@]}"; do
    if [ -s "$ROOT/$f" ]; then pass "$f"; else fail "missing $f"; fi
done
# A PNG's width and height are the big-endian words at bytes 16 and 20.
png_size=$(od -An -tu1 -j16 -N8 "$ROOT/usr/share/icons/hicolor/48x48/apps/clubmanager.png" | tr -s ' ')
[ "$png_size" = " 0 0 0 48 0 0 0 48" ] && pass "48x48 icon is 48 x 48" || fail "48x48 icon is not 48 x 48: $png_size"
desktop=$ROOT/usr/share/applications/clubmanager.desktop
for key in 'Name\[fa\]' 'Name\[ar\]' GenericName Comment 'Icon=clubmanager' 'Exec=clubmanager' Categories; do
    grep -q "^$key" "$desktop" && pass "desktop entry has $key" || fail "desktop entry lacks $key"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate"
else
    echo "skip: desktop-file-validate is not installed"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$ROOT"/usr/share/metainfo/*.metainfo.xml && pass "appstreamcli validate" \
        || fail "appstreamcli validate"
else
    echo "skip: appstreamcli is not installed"
fi

# --- the unpacked program -------------------------------------------------------------
app=$ROOT/usr/bin/clubmanager
# Its own home, so the user's settings and stores are never touched.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export XDG_RUNTIME_DIR=$WORK/runtime QT_QPA_PLATFORM=offscreen
# A PC/SC socket nobody serves: the machine's pcscd and the cards other tests put on it
# are not this test's business (the program runs without PC/SC, as on a desk with no reader).
export PCSCLITE_CSOCK_NAME=$WORK/no-pcscd.comm
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"

out=$(timeout 60 "$app" --version) || fail "--version exited with $?"
[ "$out" = "clubmanager $VERSION" ] && pass "--version: $out" || fail "--version printed '$out'"
out=$(timeout 60 "$app" --help) || fail "--help exited with $?"
for opt in --data-dir --data --lang --version --help; do
    grep -q -- "$opt" <<<"$out" && pass "--help lists $opt" || fail "--help does not list $opt"
done
grep -q -- --smoke-test <<<"$out" && fail "--help shows the hidden --smoke-test"
set +e
timeout 60 "$app" --lang xx >/dev/null 2>"$WORK/lang.err"
rc=$?
set -e
[ $rc = 1 ] && pass "--lang xx refused" || fail "--lang xx exited with $rc"

smoke() { # smoke LANG DIRECTION
    local data=$WORK/data-$1 log=$WORK/smoke-$1.log rc
    set +e
    timeout 120 "$app" --smoke-test --data-dir "$data" --lang "$1" >"$log" 2>&1
    rc=$?
    set -e
    if [ $rc != 0 ]; then
        fail "smoke test in $1 exited with $rc"
        cat "$log" >&2
        return
    fi
    grep -q "main window shown; language $1, $2" "$log" && pass "smoke test in $1: window shown, $2" \
        || { fail "smoke test in $1: no window line"; cat "$log" >&2; }
    # The .qm files came from the package, not from the copies built into the program.
    # (English is the source text: its .qm holds nothing, and nothing is loaded for it.)
    [ "$1" = en ] && return
    grep -q "translations from $ROOT/usr/share/clubmanager/translations" "$log" \
        && pass "smoke test in $1: translations from the package" \
        || { fail "smoke test in $1: translations not from the package"; cat "$log" >&2; }
    [ -s "$data/club.sqlite" ] && pass "store made in --data-dir" || fail "no store in $data"
}
smoke fa "right to left"
smoke ar "right to left"
smoke en "left to right"
grep -q 'title .*مدیریت باشگاه مشتریان' "$WORK/smoke-fa.log" && pass "Persian window title" \
    || fail "the fa window title is not Persian: $(grep 'title' "$WORK/smoke-fa.log")"

# The menu entry starts the program without options: a new user gets Persian.
set +e
timeout 120 "$app" --smoke-test --data-dir "$WORK/data-default" >"$WORK/smoke-default.log" 2>&1
rc=$?
set -e
if [ $rc = 0 ] && grep -q "main window shown; language fa, right to left" "$WORK/smoke-default.log"; then
    pass "without --lang: Persian, right to left"
else
    fail "without --lang (exit $rc): $(grep 'smoke test' "$WORK/smoke-default.log")"
fi

# A second smoke run on a store that exists must refuse: it never touches a real store.
set +e
timeout 60 "$app" --smoke-test --data-dir "$WORK/data-fa" --lang en >/dev/null 2>&1
rc=$?
set -e
[ $rc = 1 ] && pass "smoke test refuses an existing store" || fail "smoke test on an existing store exited $rc"

if [ $failures != 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
