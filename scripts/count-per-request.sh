#!/usr/bin/env bash
# Counts, per request, the retains, releases, Swift object allocations and mallocs one mock-plivo build makes,
# with uprobes on libswiftCore and libc. Unlike timings these counts are exact and do not move with the load on a
# shared machine, so they show whether a change removed work before any benchmark can. One connection, so the
# counts are those of the uncontended path (a create that queues behind another write does more).
# Needs root and perf with uprobes (Debian's linux-perf); the probes are removed again on exit.
# BENCH_CONFIG=defaults runs mock-plivo as the README leaves it (scripts/lib/bench-requests.sh).
# Usage: scripts/count-per-request.sh get|create BIN
set -euo pipefail
KIND=$1; BIN=$(realpath "$2")   # before the cd below
[ "$KIND" = get ] || [ "$KIND" = create ] || { echo "usage: $0 get|create BIN" >&2; exit 2; }
cd "$(dirname "$0")/.."
source scripts/lib/install-packages.sh
source scripts/lib/bench-requests.sh
install_packages wrk
command -v perf >/dev/null 2>&1 || { echo "perf is needed (apt-get install linux-perf)" >&2; exit 2; }

SWIFT_CORE=$(ldd "$BIN" | awk '/libswiftCore.so/ {print $3}')
LIBC=$(ldd "$BIN" | awk '/libc.so.6/ {print $3}')
[ -n "$SWIFT_CORE" ] || { echo "$BIN does not link libswiftCore dynamically (a --static-swift-stdlib build?)" >&2; exit 2; }
WORK="$(mktemp -d)"
PROBES=(probe_mpcount:swift_retain probe_mpcount:swift_release probe_mpcount:swift_bridgeObjectRetain
        probe_mpcount:swift_allocObject probe_mpcount:malloc)
cleanup() {
    [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null || true
    perf probe -q -d 'probe_mpcount:*' 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
perf probe -q -d 'probe_mpcount:*' 2>/dev/null || true   # left by a run that was killed
# perf refuses a second probe on a function that has one already: remove it first (perf probe -l lists them).
for symbol in swift_retain swift_release swift_bridgeObjectRetain swift_allocObject; do
    perf probe -q -x "$SWIFT_CORE" -a "probe_mpcount:$symbol=$symbol"
done
perf probe -q -x "$LIBC" -a "probe_mpcount:malloc=malloc"

"$BIN" --port 0 --port-file "$WORK/port" --db :memory: "${TUNING[@]}" \
    --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>&1 &
PID=$!
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
URL="http://127.0.0.1:$(cat "$WORK/port")/v1/Account/$AUTH_ID/Application/"
ARGS=(-t1 -c1 -H "$AUTH_HEADER")
if [ "$KIND" = get ]; then
    URL="$URL$(create_application "$URL")/"
else
    write_create_script "$WORK/create.lua"
    ARGS+=(-s "$WORK/create.lua")
fi
wrk "${ARGS[@]}" -d1s "$URL" >/dev/null   # warm-up: caches filled, statements prepared
# The counting window opens before the run and closes after it; the server is idle outside the run.
events=$(IFS=,; echo "${PROBES[*]}")
perf stat -x, -e "$events" -p "$PID" -o "$WORK/counts" -- sleep 2.6 &
STAT=$!
sleep 0.3
REQUESTS=$(wrk "${ARGS[@]}" -d2s "$URL" | awk '/requests in/ {print $1}')
wait "$STAT"
awk -F, -v n="$REQUESTS" -v kind="$KIND" '
    /probe_mpcount/ { split($3, name, ":"); printf "%s=%.1f ", name[2], $1 / n }
    END { printf "(per %s request, %d requests)\n", kind, n }' "$WORK/counts"
