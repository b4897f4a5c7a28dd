#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops pcscd with the vpcd virtual readers (vsmartcard), for tests.
#   pcscd.sh start STATE_DIR   -> pcscd in the foreground, log in STATE_DIR/pcscd.log,
#                                 STATE_DIR/env (pid, whether we own it, reader name)
#   pcscd.sh stop STATE_DIR    -> stops the pcscd we started (never a system one)
# Debian's pcscd 1.9.9 ignores PCSCLITE_CSOCK_NAME (checked: the socket stays at
# /run/pcscd/pcscd.comm), so there is one daemon per machine; a running one is reused.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state dir}
vpcd_port=35963

vpcd_listening() {
    # vpcd opens its port once pcscd has loaded the driver from /etc/reader.conf.d.
    ss -ltn 2>/dev/null | grep -q ":$vpcd_port "
}

stop() {
    [ -f "$state/env" ] || return 0
    pid=$(sed -n 's/^CLUB_TEST_PCSCD_PID=//p' "$state/env")
    owned=$(sed -n 's/^CLUB_TEST_PCSCD_OWNED=//p' "$state/env")
    if [ "$owned" = 1 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$state/env"
}

write_env() {
    cat >"$state/env" <<ENV
CLUB_TEST_PCSCD_PID=$1
CLUB_TEST_PCSCD_OWNED=$2
CLUB_TEST_PCSC_READER=Virtual PCD 00 00
CLUB_TEST_VPCD_PORT=$vpcd_port
ENV
}

case "$cmd" in
start)
    command -v pcscd >/dev/null || { echo "pcscd.sh: pcscd not found (install pcscd)" >&2; exit 1; }
    ls /usr/lib/pcsc/drivers/serial/libifdvpcd.so >/dev/null 2>&1 \
        || { echo "pcscd.sh: vpcd driver not found (install vsmartcard-vpcd)" >&2; exit 1; }
    mkdir -p "$state"
    stop
    if [ -f /run/pcscd/pcscd.pid ] && kill -0 "$(cat /run/pcscd/pcscd.pid)" 2>/dev/null; then
        if vpcd_listening; then
            write_env "$(cat /run/pcscd/pcscd.pid)" 0
            echo "pcscd.sh: reusing running pcscd $(cat /run/pcscd/pcscd.pid)"
            exit 0
        fi
        echo "pcscd.sh: a pcscd without vpcd readers is running; stop it first" >&2
        exit 1
    fi
    if vpcd_listening; then
        echo "pcscd.sh: port $vpcd_port is taken by something else" >&2
        exit 1
    fi
    # setsid: ctest must not wait for the daemon's stdout, and it must survive this script.
    setsid pcscd --foreground --debug >"$state/pcscd.log" 2>&1 </dev/null &
    pid=$!
    for _ in $(seq 1 100); do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$state/pcscd.log" >&2
            echo "pcscd.sh: pcscd exited" >&2
            exit 1
        fi
        if vpcd_listening && grep -q "daemon ready" "$state/pcscd.log"; then
            write_env "$pid" 1
            echo "pcscd.sh: pcscd $pid ready, vpcd on port $vpcd_port"
            exit 0
        fi
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    cat "$state/pcscd.log" >&2
    echo "pcscd.sh: vpcd readers did not appear within 10 s" >&2
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: pcscd.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
