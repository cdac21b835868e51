#!/usr/bin/env bash
# The callbacks' http client against the blocking client it replaced, on loopback against nginx serving a static 200.
#
#   scripts/bench-callbacks.sh [requests] [concurrency]      # defaults: 20000 requests, 64 in flight
#   ROUNDS=5 scripts/bench-callbacks.sh 50000 256
#
# Builds Benchmarks/CallbackBench in release and, for ROUNDS rounds (default 3), sends the same GETs three ways,
# each in a process of its own:
#   client    OutboundHTTPClient: one event-loop thread, keep-alive connections (16 per host), `concurrency` in flight
#   facade    CallbackClient.send, the blocking façade the simulators call, on `concurrency` threads
#   blocking  the blocking client MockPlivo had before (a connection per request, `Connection: close`) on
#             `concurrency` threads, as SimulationThreads ran it
# and prints, for each, the median round by rate: requests/s, p50/p99 latency from send to completion, the most
# threads the process had (sampled every 20 ms) and the connections it opened. nginx has one worker; everything
# shares the machine's cores, so compare figures of one run, not of different machines.
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS="${1:-20000}"
CONCURRENCY="${2:-64}"
ROUNDS="${ROUNDS:-3}"

source scripts/lib/install-packages.sh
install_packages nginx-light
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-callbacks.XXXXXX")
nginx_pid=""
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "building CallbackBench (release) ..." >&2
swift build -c release --product CallbackBench >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bench="$(swift build -c release --show-bin-path)/CallbackBench"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    server_tokens off;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    server {
        listen 127.0.0.1:$port backlog=4096;
        location / { default_type text/plain; return 200 "ok\n"; }
    }
}
CONF
"$NGINX" -c "$work/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
url="http://127.0.0.1:$port/answer"

modes=(client facade blocking)
for round in $(seq "$ROUNDS"); do
    for mode in "${modes[@]}"; do
        "$bench" "$mode" "$url" "$REQUESTS" "$CONCURRENCY" | tee -a "$work/$mode.txt" | sed "s/^/round $round: /" >&2
    done
done

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
echo
echo "$REQUESTS GET callbacks to nginx on loopback, $CONCURRENCY in flight, median of $ROUNDS rounds by rate"
printf '%-10s %10s %9s %9s %13s %12s %7s\n' mode "requests/s" "p50 ms" "p99 ms" "threads peak" connections failed
for mode in "${modes[@]}"; do
    line=$(grep '^mode=' "$work/$mode.txt" | while read -r l; do echo "$(echo "$l" | field rate) $l"; done \
        | sort -n | awk '{ lines[NR] = $0 } END { print lines[int((NR + 1) / 2)] }' | cut -d' ' -f2-)
    printf '%-10s %10s %9s %9s %13s %12s %7s\n' "$mode" "$(echo "$line" | field rate)" "$(echo "$line" | field p50_ms)" \
        "$(echo "$line" | field p99_ms)" "$(echo "$line" | field threads_peak)" "$(echo "$line" | field connections)" \
        "$(echo "$line" | field failed)"
done
