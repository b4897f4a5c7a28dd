#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops a throwaway PostgreSQL cluster on loopback in a temp dir, for tests.
#   postgres.sh start STATE_DIR   -> writes STATE_DIR/env (host, port, user, data dir)
#   postgres.sh stop STATE_DIR    -> stops the cluster and removes its temp dir
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state dir}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "postgres.sh: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$state/env" ] || return 0
    # shellcheck disable=SC1091
    dir=$(sed -n 's/^CLUB_TEST_PG_DIR=//p' "$state/env")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_pg "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        rm -rf "$dir"
    fi
    rm -f "$state/env"
}

case "$cmd" in
start)
    mkdir -p "$state"
    stop
    # -N: a throwaway cluster needs no sync to disk at creation (seconds on every run).
    dir=$(mktemp -d /tmp/club-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg "$pgbin/initdb" -N -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    for port in $(seq 55432 55480); do
        if as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
            cat >"$state/env" <<ENV
CLUB_TEST_PG_HOST=127.0.0.1
CLUB_TEST_PG_PORT=$port
CLUB_TEST_PG_USER=postgres
CLUB_TEST_PG_DIR=$dir
ENV
            echo "PostgreSQL test cluster on 127.0.0.1:$port ($dir)"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2 || true
    echo "postgres.sh: could not start PostgreSQL on any port 55432-55480" >&2
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: postgres.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
