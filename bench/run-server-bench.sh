#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Customer Club Manager developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The server benchmark (README "Performance"): a throwaway PostgreSQL on 127.0.0.1, clubserver
# --init-db on it, one terminal per client, a small club loaded, then commit-sale throughput
# and latency with 1, 4 and 16 concurrent terminals (serverbench), then pgbench on the same
# cluster with a single-row-update transaction at the same client counts, and the ratio of
# the two. Prints figures; asserts nothing. Everything it starts is stopped and removed
# when it ends, also on Ctrl-C.
#
#   bench/run-server-bench.sh [--quick] [--build DIR] [--clients 1,4,16] [--servers 1] [--workers N]
#     --quick   under a minute instead of about 2½ (100 members, 3 s levels)
#     --servers clubserver processes on the one database (terminals shared out between them)
#     --workers each clubserver's worker threads (default: its own, one per core)
#     --build   the CMake build directory holding server/clubserver and bench/serverbench
#               (default: build/ beside this folder)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=$root/build
quick=0
clients=1,4,16
servers=1
workers=
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --build) build=${2:?--build needs a directory}; shift ;;
    --clients) clients=${2:?--clients needs a list like 1,4,16}; shift ;;
    --servers) servers=${2:?--servers needs a count}; shift ;;
    --workers) workers=${2:?--workers needs a count}; shift ;;
    -h | --help) awk 'NR > 3 && /^#/ { sub(/^# ?/, ""); print } /^set -euo/ { exit }' "$0"; exit 0 ;;
    *) echo "run-server-bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

[[ "$servers" =~ ^[1-9][0-9]?$ ]] || { echo "run-server-bench.sh: --servers takes 1 to 99" >&2; exit 2; }
[ -z "$workers" ] || [[ "$workers" =~ ^[1-9][0-9]?$ ]] || { echo "run-server-bench.sh: --workers takes 1 to 64" >&2; exit 2; }
[[ "$clients" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "run-server-bench.sh: --clients takes a list like 1,4,16" >&2; exit 2; }
if [ "$quick" = 1 ]; then
    secs=3 warmup=1 pgsecs=2 members=100 products=10
else
    secs=20 warmup=2 pgsecs=10 members=500 products=40
fi

clubserver=$build/server/clubserver
serverbench=$build/bench/serverbench
# shellcheck disable=SC2012 # the same lookup as tests/support/postgres.sh
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pgbench=$pgbin/pgbench
for exe in "$clubserver" "$serverbench"; do
    [ -x "$exe" ] || { echo "run-server-bench.sh: $exe is missing: build it first (cmake --build build --target clubserver serverbench)" >&2; exit 1; }
done
[ -x "$pgbench" ] || { echo "run-server-bench.sh: pgbench not found (install postgresql)" >&2; exit 1; }
command -v psql >/dev/null || { echo "run-server-bench.sh: psql not found (install postgresql-client)" >&2; exit 1; }

work=$(mktemp -d /tmp/club-bench.XXXXXX)
server_pids=()
child=
stop_servers() {
    for pid in "${server_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    server_pids=()
}
cleanup() {
    trap - EXIT INT TERM
    [ -z "$child" ] || kill "$child" 2>/dev/null || true
    stop_servers
    bash "$root/tests/support/postgres.sh" stop "$work/pg" || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "run-server-bench.sh: interrupted" >&2; exit 130' INT TERM
# Runs a long step in the background and waits for it: bash runs a trap only once the
# foreground command ends, but interrupts `wait` at once, so Ctrl-C stops a run straight away.
run() {
    "$@" &
    child=$!
    local rc=0
    wait "$child" || rc=$?
    child=
    return "$rc"
}

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(date -u '+%Y-%m-%d %H:%M UTC')"
bash "$root/tests/support/postgres.sh" start "$work/pg" >/dev/null
# shellcheck disable=SC1091
. "$work/pg/env"
pg=(-h "$CLUB_TEST_PG_HOST" -p "$CLUB_TEST_PG_PORT" -U "$CLUB_TEST_PG_USER")
psql "${pg[@]}" -d postgres -qAtX -c "CREATE DATABASE club" -c "CREATE DATABASE rows"
echo "PostgreSQL $(psql "${pg[@]}" -d postgres -qAtX -c 'SHOW server_version') on 127.0.0.1:$CLUB_TEST_PG_PORT" \
    "(the test cluster: fsync=$(psql "${pg[@]}" -d postgres -qAtX -c 'SHOW fsync'), for both the server and pgbench)"

cat >"$work/clubserver.conf" <<CONF
[server]
listen=127.0.0.1
port=0
master_key_file=master.key
[database]
host=$CLUB_TEST_PG_HOST
port=$CLUB_TEST_PG_PORT
name=club
user=$CLUB_TEST_PG_USER
CONF
(umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$work/admin.pass")
"$clubserver" --config "$work/clubserver.conf" --init-db --store-name "Bench store" --branch-code main \
    --branch-name "Main branch" --admin-password-file "$work/admin.pass" >"$work/init.log" 2>&1 \
    || { cat "$work/init.log" >&2; exit 1; }

# One terminal per client, as many desks each with their own credentials; made side by side
# (each is a process that opens the database).
most=$(tr ',' '\n' <<<"$clients" | sort -n | tail -n 1)
mkdir "$work/made"
for i in $(seq 1 "$most"); do
    "$clubserver" --config "$work/clubserver.conf" --create-terminal "Bench desk $i" --branch main \
        >"$work/made/$i" 2>>"$work/init.log" &
done
wait || true
(umask 077 && : >"$work/terminals")
for i in $(seq 1 "$most"); do
    id=$(sed -n 's/^terminal_id=//p' "$work/made/$i")
    secret=$(sed -n 's/^secret=//p' "$work/made/$i")
    if [ -z "$id" ] || [ -z "$secret" ]; then
        echo "run-server-bench.sh: terminal $i was not made:" >&2
        cat "$work/init.log" >&2
        exit 1
    fi
    echo "$id $secret" >>"$work/terminals"
done
rm -rf "$work/made"

# The request log goes to a file, as under a service manager: it is part of the work.
server_pids=()
urls=
for n in $(seq 1 "$servers"); do
    "$clubserver" --config "$work/clubserver.conf" ${workers:+--workers "$workers"} \
        >"$work/server$n.out" 2>"$work/server$n.log" &
    pid=$!
    server_pids+=("$pid")
    port=
    for _ in $(seq 1 100); do
        port=$(sed -n 's/^listening [^ ]* \([0-9]*\)$/\1/p' "$work/server$n.out")
        [ -n "$port" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "run-server-bench.sh: clubserver did not start:" >&2; tail -n 20 "$work/server$n.log" >&2; exit 1; }
    urls=${urls:+$urls,}http://127.0.0.1:$port
done
echo "clubserver: $servers process(es) at ${urls//,/ }, $(sed -n 's/.*with \([0-9]*\) workers.*/\1/p' "$work/server1.log" | head -n 1) workers each" \
    "(request log to a file); set up in ${SECONDS} s"
echo

if ! run "$serverbench" --url "$urls" --terminals "$work/terminals" \
    --db-host "$CLUB_TEST_PG_HOST" --db-port "$CLUB_TEST_PG_PORT" --db-name club --db-user "$CLUB_TEST_PG_USER" \
    --admin-password-file "$work/admin.pass" --clients "$clients" --seconds "$secs" --warmup "$warmup" \
    --members "$members" --products "$products" --results "$work/server.txt"; then
    echo "run-server-bench.sh: serverbench failed; the end of the server's log:" >&2
    tail -n 20 "$work/server1.log" >&2
    exit 1
fi
stop_servers

# pgbench: one UPDATE of one row chosen at random, in its own transaction.
rows=100000
psql "${pg[@]}" -d rows -qAtX \
    -c "CREATE TABLE bench_rows (id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0)" \
    -c "INSERT INTO bench_rows (id) SELECT generate_series(1, $rows)" \
    -c "VACUUM ANALYZE bench_rows"
cat >"$work/update.sql" <<SQL
\set id random(1, $rows)
BEGIN;
UPDATE bench_rows SET n = n + 1 WHERE id = :id;
COMMIT;
SQL
echo
echo "pgbench: BEGIN; UPDATE one of $rows rows by a random id; COMMIT; $pgsecs s per level:"
printf '%8s %9s %12s\n' clients TPS "latency ms"
: >"$work/pgbench.txt"
for c in ${clients//,/ }; do
    threads=$((c < 2 ? c : 2))
    run "$pgbench" "${pg[@]}" -n -f "$work/update.sql" -c "$c" -j "$threads" -T "$pgsecs" rows >"$work/pgbench.out" 2>&1 \
        || { cat "$work/pgbench.out" >&2; exit 1; }
    result=$(cat "$work/pgbench.out")
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$result" | head -n 1)
    latency=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' <<<"$result")
    printf '%8s %9.1f %12s\n' "$c" "$tps" "$latency"
    echo "$c $tps" >>"$work/pgbench.txt"
done

echo
echo "Server commit-sale rate against pgbench's single-row update, same cluster, same run:"
printf '%8s %9s %9s %8s\n' clients sales/s TPS ratio
join <(sort -k1,1 "$work/server.txt") <(sort -k1,1 "$work/pgbench.txt") | sort -n \
    | awk '{ printf "%8s %9.1f %9.1f %8.4f\n", $1, $2, $6, ($6 > 0 ? $2 / $6 : 0) }'
echo
echo "Load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (the machine may be shared: see README \"Performance\")."
