#!/usr/bin/env bash
# Benchmarks the Applications API against nginx serving the very same response bytes, on loopback with wrk:
#   GET one application, and create an application (in-memory store, then a file store in WAL mode).
# Prints request rates, p50/p99 latency, the ratio to nginx, CPU time per request of each server (user+system,
# from /proc, all threads and nginx's workers included: steadier than rates on a shared machine), and mock-plivo's
# RSS at start, after the GET run and after each create run.
# The two servers take turns for ROUNDS rounds (each run after a warm-up run of its own) and the median round of each
# is reported: on a shared machine one pair of runs can differ by a third either way. Each round's own ratio is
# printed too, with their median: a round's two runs are back to back, so it follows the machine's drifts less.
# BENCH_CONFIG=defaults runs mock-plivo as the README's two commands leave it (log level info, one event loop per
# core, the access log written to a file as a container's log driver would) instead of tuned for the benchmark
# (log level warning, 2 event loops); the create runs use a :memory: and a file store either way.
# Usage: [BENCH_CONFIG=tuned|defaults] scripts/bench-api.sh [seconds-per-run] [rounds]   (defaults 10 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
ROUNDS="${2:-3}"
CONNECTIONS=32
THREADS=2
case "${BENCH_CONFIG:-tuned}" in
    tuned) TUNING=(--log-level warning --event-loops 2) ;;
    defaults) TUNING=() ;;
    *) echo "BENCH_CONFIG is tuned or defaults" >&2; exit 2 ;;
esac

source scripts/lib/install-packages.sh
install_packages wrk nginx
source scripts/lib/bench-setup.sh

source scripts/lib/bench-requests.sh

start_mock() { # $1: db path
    rm -f "$WORK/port"
    "$BIN" --port 0 --port-file "$WORK/port" --db "$1" "${TUNING[@]}" \
        --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>"$WORK/mock.log" &
    MOCK_PID=$!
    PIDS+=("$MOCK_PID")
    for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
    MOCK="http://127.0.0.1:$(cat "$WORK/port")/v1/Account/$AUTH_ID"
}

start_nginx() { # $1: status, $2: body file
    local port
    port=$(free_port)
    mkdir -p "$WORK/nginx"
    cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$port;
        location / { default_type application/json; return $1 '$(cat "$2")'; }
    }
}
CONF
    nginx -c "$WORK/nginx/nginx.conf" &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    sleep 0.5
    NGINX="http://127.0.0.1:$port"
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

cpu_ticks() { # $@: pids; their user+system clock ticks, all threads included
    local total=0 pid
    for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
    echo "$total"
}

run_wrk() { # $1: url, $2: lua script or "", $3...: server pids; prints "rate p50 p99 cpu-us-per-request"
    local url=$1 script=$2; shift 2
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH_HEADER")
    [ -n "$script" ] && args+=(-s "$script")
    wrk "${args[@]}" "$url" >/dev/null 2>&1 || true   # warm-up excluded below: a short first run
    local before after
    before=$(cpu_ticks "$@")
    wrk "${args[@]}" "$url" > "$WORK/wrk.out" 2>&1
    after=$(cpu_ticks "$@")
    local rate p50 p99 requests
    rate=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
    p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.out")
    p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.out")
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
    grep -q "Non-2xx" "$WORK/wrk.out" && { echo "unexpected non-2xx answers:" >&2; cat "$WORK/wrk.out" >&2; exit 1; }
    echo "$rate $p50 $p99 $(echo "($after - $before) * 1000000 / $(getconf CLK_TCK) / $requests" | bc -l)"
}

rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

report() { # $1 label, $2 mock result, $3 nginx result
    read -r mr m50 m99 mcpu <<<"$2"; read -r nr n50 n99 ncpu <<<"$3"
    printf '%-20s mock-plivo %7.0f req/s (p50 %s, p99 %s, %.1f us CPU/req)   nginx %7.0f req/s (p50 %s, p99 %s, %.1f us CPU/req)   ratio %.2f\n' \
        "$1" "$mr" "$m50" "$m99" "$mcpu" "$nr" "$n50" "$n99" "$ncpu" "$(echo "$mr / $nr" | bc -l)"
}

write_create_script "$WORK/create.lua"

median() { # $@: result lines "rate p50 p99 cpu"; prints the one with the median rate
    printf '%s\n' "$@" | sort -n -k1,1 | sed -n "$(( ($# + 1) / 2 ))p"
}

pair_ratios() { # $1: name of the mock results array, $2: of the nginx results; prints each round's ratio, then the median
    local -n mocks=$1 nginxs=$2
    local ratios=() i
    for i in "${!mocks[@]}"; do ratios+=("$(echo "$(cut -d' ' -f1 <<<"${mocks[$i]}") / $(cut -d' ' -f1 <<<"${nginxs[$i]}")" | bc -l)"); done
    printf '%.2f ' "${ratios[@]}"
    printf '(median %.2f)' "$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n "$(( (${#ratios[@]} + 1) / 2 ))p")"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on loopback, $(nproc) cores, mock-plivo ${TUNING[*]:-with its defaults}, nginx with 2 workers;"
echo "medians of $ROUNDS alternating rounds"

GET_MOCKS=(); GET_NGINXS=(); CREATE_MOCKS=(); CREATE_FILE_MOCKS=(); CREATE_NGINXS=()
for round in $(seq "$ROUNDS"); do
    # GET one application.
    start_mock ":memory:"
    RSS_START=$(rss_mb "$MOCK_PID")
    APP_ID=$(create_application "$MOCK/Application/")
    curl -sf -H "$AUTH_HEADER" "$MOCK/Application/$APP_ID/" > "$WORK/get.json"
    GET_MOCKS+=("$(run_wrk "$MOCK/Application/$APP_ID/" "" "$MOCK_PID")")
    RSS_GET=$(rss_mb "$MOCK_PID")
    stop "$MOCK_PID"
    start_nginx 200 "$WORK/get.json"
    GET_NGINXS+=("$(run_wrk "$NGINX/" "" "$NGINX_PID" $(pgrep -P "$NGINX_PID"))")
    stop "$NGINX_PID"

    # Create, into a fresh store each round: in memory, then in a WAL file.
    start_mock ":memory:"
    curl -sf -H "$AUTH_HEADER" -H 'Content-Type: application/json' -X POST "$MOCK/Application/" \
        -d '{"app_name":"bench_app","answer_url":"https://example.com/answer"}' > "$WORK/create.json"
    CREATE_MOCKS+=("$(run_wrk "$MOCK/Application/" "$WORK/create.lua" "$MOCK_PID")")
    RSS_MEMORY=$(rss_mb "$MOCK_PID")
    APPS=$(curl -sf -H "$AUTH_HEADER" "$MOCK/Application/?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total_count"])')
    stop "$MOCK_PID"
    rm -f "$WORK"/bench.db*
    start_mock "$WORK/bench.db"
    CREATE_FILE_MOCKS+=("$(run_wrk "$MOCK/Application/" "$WORK/create.lua" "$MOCK_PID")")
    RSS_FILE=$(rss_mb "$MOCK_PID")
    stop "$MOCK_PID"
    start_nginx 201 "$WORK/create.json"
    CREATE_NGINXS+=("$(run_wrk "$NGINX/" "$WORK/create.lua" "$NGINX_PID" $(pgrep -P "$NGINX_PID"))")
    stop "$NGINX_PID"
done

report "GET one application" "$(median "${GET_MOCKS[@]}")" "$(median "${GET_NGINXS[@]}")"
report "create (:memory:)" "$(median "${CREATE_MOCKS[@]}")" "$(median "${CREATE_NGINXS[@]}")"
report "create (file, WAL)" "$(median "${CREATE_FILE_MOCKS[@]}")" "$(median "${CREATE_NGINXS[@]}")"
# Each round's two runs are back to back, so their ratio is the steadier figure when the machine's speed drifts.
echo "ratios, round by round: GET $(pair_ratios GET_MOCKS GET_NGINXS); create (:memory:) $(pair_ratios CREATE_MOCKS CREATE_NGINXS); create (file) $(pair_ratios CREATE_FILE_MOCKS CREATE_NGINXS)"
echo "GET rates, round by round: mock-plivo $(printf '%s\n' "${GET_MOCKS[@]}" | awk '{printf "%.0f ", $1}')/ nginx $(printf '%s\n' "${GET_NGINXS[@]}" | awk '{printf "%.0f ", $1}')"
echo "create rates, round by round: mock-plivo $(printf '%s\n' "${CREATE_MOCKS[@]}" | awk '{printf "%.0f ", $1}')/ nginx $(printf '%s\n' "${CREATE_NGINXS[@]}" | awk '{printf "%.0f ", $1}')"
echo "mock-plivo RSS (last round): ${RSS_START} MB at start; ${RSS_GET} MB after the GET run; ${RSS_FILE} MB after the file-store create run;"
echo "  ${RSS_MEMORY} MB after the :memory: create run, which stored $APPS applications"
