#!/usr/bin/env bash
# Throughput and latency of HTTPServerKit against nginx serving the same small JSON response on loopback.
#
#   scripts/bench-server.sh            # 10 s per server, wrk -t2 -c32
#   DURATION=30s CONNECTIONS=64 scripts/bench-server.sh
#
# Builds Benchmarks/BenchServer in release, starts it with 2 event loops and nginx with 2 workers on free ports,
# warms each up, runs wrk against each in turn and prints requests/s, p50/p99 latency and the ratio. Both servers
# share the machine with wrk, so run it on an otherwise quiet machine and compare runs, not single figures.
set -euo pipefail

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
LOOPS=${LOOPS:-2}
BODY='{"api_id":"4a1d7f2e-bench","message":"ok"}'   # the bytes Benchmarks/BenchServer/main.swift serves

cd "$(dirname "$0")/.."

need() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2 ..." >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk
need nginx nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-server.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for_port() {
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "nothing listens on port $1" >&2
    return 1
}

echo "building BenchServer (release) ..." >&2
swift build -c release --product BenchServer >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
bench_bin="$(swift build -c release --show-bin-path)/BenchServer"

swift_port=$(free_port)
"$bench_bin" --port "$swift_port" --loops "$LOOPS" >"$work/swift.log" 2>&1 &
pids+=($!)

nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat >"$work/nginx.conf" <<CONF
worker_processes $LOOPS;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    server_tokens off;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            default_type application/json;
            return 200 '$BODY';
        }
    }
}
CONF
"$NGINX" -p "$work/nginx" -c "$work/nginx.conf" 2>"$work/nginx.stderr" &
pids+=($!)

wait_for_port "$swift_port"
wait_for_port "$nginx_port"

# Same body from both, or the comparison means nothing.
for port in "$swift_port" "$nginx_port"; do
    got=$(curl -s "http://127.0.0.1:$port/" 2>/dev/null || python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port/').read().decode(), end='')")
    [ "$got" = "$BODY" ] || { echo "port $port served '$got', not the benchmark body" >&2; exit 1; }
done

run() {  # name port -> prints "rps p50 p99", keeps wrk's report in $work/name.txt
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$2/" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$2/" >"$work/$1.txt"
    awk '/^Requests\/sec:/ { rps = $2 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
         / Socket errors| Non-2xx/ { err = err $0 }
         END { print rps, p50, p99; if (err != "") print err > "/dev/stderr" }' "$work/$1.txt"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, on $(nproc) cores, $LOOPS loops / workers each" >&2
read -r swift_rps swift_p50 swift_p99 < <(run httpserverkit "$swift_port")
read -r nginx_rps nginx_p50 nginx_p99 < <(run nginx "$nginx_port")

printf '%-15s %12s %10s %10s\n' server "requests/s" p50 p99
printf '%-15s %12s %10s %10s\n' HTTPServerKit "$swift_rps" "$swift_p50" "$swift_p99"
printf '%-15s %12s %10s %10s\n' "nginx $("$NGINX" -v 2>&1 | sed 's|.*/||')" "$nginx_rps" "$nginx_p50" "$nginx_p99"
awk -v s="$swift_rps" -v n="$nginx_rps" 'BEGIN { printf "HTTPServerKit / nginx: %.2f\n", s / n }'
