#!/usr/bin/env bash
# Compares two mock-plivo builds on one request: both run at once, and wrk alternates between them, so the two
# runs of a round meet the same state of a shared machine (rates here drift by a third within minutes). Prints each
# round's rates and CPU time per request (user+system from /proc, all threads), then the medians of B/A.
# Use it to decide whether a change pays; scripts/bench-api.sh gives the figures against nginx.
# BENCH_CONFIG=defaults runs both as the README's commands leave them (log level info, so no access log, which is
# at debug; one event loop per core; standard error written to a file), as bench-api.sh does; tuned (the default)
# runs them at log level warning on 2 event loops.
# BENCH_DB=file gives each a SQLite file (WAL) of its own instead of a :memory: store. ARGS_A and ARGS_B add flags to
# one side's command line, to measure a flag instead of a build: ARGS_B='--log-level debug' with one binary twice.
# Usage: [BENCH_CONFIG=tuned|defaults] [BENCH_DB=memory|file] [ARGS_A=…] [ARGS_B=…] scripts/bench-ab.sh get|create ROUNDS BIN_A BIN_B   (SECONDS_PER_RUN=3 by default)
# Build each binary with `swift build -c release` and copy it aside first, so that a rebuild cannot change it.
set -euo pipefail
KIND=$1; ROUNDS=$2; BIN_A=$(realpath "$3"); BIN_B=$(realpath "$4")   # before the cd below
export SECONDS_PER_RUN="${SECONDS_PER_RUN:-3}"
[ "$KIND" = get ] || [ "$KIND" = create ] || { echo "usage: $0 get|create ROUNDS BIN_A BIN_B" >&2; exit 2; }
case "${BENCH_DB:-memory}" in
    memory|file) ;;
    *) echo "BENCH_DB is memory or file" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
source scripts/lib/install-packages.sh
source scripts/lib/bench-requests.sh
install_packages wrk
WORK="$(mktemp -d)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
write_create_script "$WORK/create.lua"

start() { # $1: binary, $2: name; sets PID_<name> and URL_<name>
    local db=:memory:
    [ "${BENCH_DB:-memory}" = file ] && db="$WORK/$2.db"
    local extra_name="ARGS_$2" extra=()
    read -r -a extra <<<"${!extra_name:-}"
    "$1" --port 0 --port-file "$WORK/$2.port" --db "$db" "${TUNING[@]}" "${extra[@]}" \
        --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>"$WORK/$2.log" &
    PIDS+=("$!")
    printf -v "PID_$2" '%s' "$!"
    for _ in $(seq 100); do [ -s "$WORK/$2.port" ] && break; sleep 0.05; done
    local base="http://127.0.0.1:$(cat "$WORK/$2.port")/v1/Account/$AUTH_ID/Application/"
    if [ "$KIND" = get ]; then
        printf -v "URL_$2" '%s' "$base$(create_application "$base")/"
    else
        printf -v "URL_$2" '%s' "$base"
    fi
}

run() { # $1: pid, $2: url; prints "requests cpu-ticks"
    local args=(-t2 -c32 -d"${SECONDS_PER_RUN}s" -H "$AUTH_HEADER")
    [ "$KIND" = create ] && args+=(-s "$WORK/create.lua")
    local before after requests
    before=$(awk '{print $14 + $15}' "/proc/$1/stat")
    requests=$(wrk "${args[@]}" "$2" | awk '/requests in/ {print $1}')
    after=$(awk '{print $14 + $15}' "/proc/$1/stat")
    echo "$requests $((after - before))"
}

start "$BIN_A" A
start "$BIN_B" B
run "$PID_A" "$URL_A" >/dev/null; run "$PID_B" "$URL_B" >/dev/null   # warm-up
for round in $(seq "$ROUNDS"); do
    # Alternate which goes first, so neither always meets the machine right after the other's load.
    if [ $((round % 2)) = 1 ]; then a=$(run "$PID_A" "$URL_A"); b=$(run "$PID_B" "$URL_B")
    else b=$(run "$PID_B" "$URL_B"); a=$(run "$PID_A" "$URL_A"); fi
    echo "$a $b"
done | python3 -c '
import os, statistics, sys
seconds, tick = float(os.environ["SECONDS_PER_RUN"]), os.sysconf("SC_CLK_TCK")
rates, cpus = [], []
for line in sys.stdin:
    na, ta, nb, tb = map(int, line.split())
    ca, cb = ta * 1e6 / tick / na, tb * 1e6 / tick / nb
    rates.append(nb / na); cpus.append(cb / ca)
    print(f"A {na / seconds:8.0f} req/s {ca:6.1f} us CPU/req   B {nb / seconds:8.0f} req/s {cb:6.1f} us CPU/req   B/A {nb / na:.3f}")
print(f"median B/A: rate {statistics.median(rates):.3f}, CPU per request {statistics.median(cpus):.3f}")
'
