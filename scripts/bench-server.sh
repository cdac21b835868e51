#!/usr/bin/env bash
# Throughput and latency of HTTPServerKit against nginx serving the same small JSON response on loopback.
#
#   scripts/bench-server.sh            # 10 s per server, wrk -t2 -c32
#   ROUNDS=5 DURATION=30s CONNECTIONS=64 scripts/bench-server.sh
#
# Builds Benchmarks/BenchServer in release, starts it with 2 event loops and nginx with 2 workers on free ports,
# then for each round warms each server up and runs wrk against each in turn; prints the median requests/s and
# p50/p99 latency of each, and the ratio. Both servers share the machine with wrk, so run it on an otherwise
# quiet machine and compare runs, not single figures.
set -euo pipefail

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
LOOPS=${LOOPS:-2}
ROUNDS=${ROUNDS:-3}
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

run() {  # name port round -> prints "rps p50_us p99_us", keeps wrk's report in $work/name-round.txt
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$2/" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$2/" >"$work/$1-$3.txt"
    awk 'function us(v) { if (v ~ /us$/) return v + 0; if (v ~ /ms$/) return v * 1000; return v * 1000000 }
         /^Requests\/sec:/ { rps = $2 } $1 == "50%" { p50 = us($2) } $1 == "99%" { p99 = us($2) }
         / Socket errors| Non-2xx/ { print FILENAME ": " $0 > "/dev/stderr" }
         END { print rps, p50, p99 }' "$work/$1-$3.txt"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Rounds alternate between the servers, so a burst of load from elsewhere on the machine hits both alike;
# each figure reported is the median over the rounds.
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS alternating rounds, $(nproc) cores," \
    "$LOOPS loops / workers each" >&2
: >"$work/httpserverkit.all"
: >"$work/nginx.all"
for round in $(seq 1 "$ROUNDS"); do
    run httpserverkit "$swift_port" "$round" | tee -a "$work/httpserverkit.all" | sed "s/^/  round $round HTTPServerKit rps p50us p99us: /" >&2
    run nginx "$nginx_port" "$round" | tee -a "$work/nginx.all" | sed "s/^/  round $round nginx         rps p50us p99us: /" >&2
done

column_median() { awk -v c="$2" '{ print $c }' "$work/$1.all" | median; }
ms() { awk -v v="$1" 'BEGIN { printf "%.2fms", v / 1000 }'; }
swift_rps=$(column_median httpserverkit 1)
nginx_rps=$(column_median nginx 1)

printf '%-15s %12s %10s %10s\n' server "requests/s" p50 p99
printf '%-15s %12s %10s %10s\n' HTTPServerKit "$swift_rps" \
    "$(ms "$(column_median httpserverkit 2)")" "$(ms "$(column_median httpserverkit 3)")"
printf '%-15s %12s %10s %10s\n' "nginx $("$NGINX" -v 2>&1 | sed 's|.*/||')" "$nginx_rps" \
    "$(ms "$(column_median nginx 2)")" "$(ms "$(column_median nginx 3)")"
awk -v s="$swift_rps" -v n="$nginx_rps" 'BEGIN { printf "HTTPServerKit / nginx: %.2f\n", s / n }'
