#!/usr/bin/env bash
# Benchmarks the Applications API against nginx serving the very same response bytes, on loopback with wrk:
#   GET one application, and create an application (in-memory store, then a file store in WAL mode).
# Prints request rates, p50/p99 latency, the ratio to nginx, CPU time per request of each server (user+system,
# from /proc, all threads and nginx's workers included: steadier than rates on a shared machine), and mock-plivo's
# RSS at start and after the rounds.
# All servers run at once (one mock-plivo per measurement, and nginx); each of ROUNDS rounds runs each mock-plivo
# and nginx back to back, in an order that alternates, after one warm-up run of each. The median round of each is
# reported, and each round's own ratio with their median: on a shared machine nginx alone drifts by a third within
# minutes, and a pair of runs back to back meets the same drift.
# BENCH_CONFIG=defaults runs mock-plivo as the README's two commands leave it (log level info, one event loop per
# core, standard error written to a file as a container's log driver would; the access log is at debug level, so
# off) instead of tuned for the benchmark (log level warning, 2 event loops); the create runs use a :memory: and a
# file store either way.
# Usage: [BENCH_CONFIG=tuned|defaults] scripts/bench-api.sh [seconds-per-run] [rounds]   (defaults 10 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
ROUNDS="${2:-3}"
CONNECTIONS=32
THREADS=2

source scripts/lib/install-packages.sh
install_packages wrk nginx
source scripts/lib/bench-setup.sh

source scripts/lib/bench-requests.sh

start_mock() { # $1: name, $2: db path; sets PID_<name> and MOCK_<name> (the account's API URL)
    rm -f "$WORK/$1.port"
    "$BIN" --port 0 --port-file "$WORK/$1.port" --db "$2" "${TUNING[@]}" \
        --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>"$WORK/$1.log" &
    PIDS+=("$!")
    printf -v "PID_$1" '%s' "$!"
    for _ in $(seq 100); do [ -s "$WORK/$1.port" ] && break; sleep 0.05; done
    printf -v "MOCK_$1" '%s' "http://127.0.0.1:$(cat "$WORK/$1.port")/v1/Account/$AUTH_ID"
}

start_nginx() { # serves $WORK/get.json at /get (200) and $WORK/create.json at /create (201)
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
        location /get { default_type application/json; return 200 '$(cat "$WORK/get.json")'; }
        location /create { default_type application/json; return 201 '$(cat "$WORK/create.json")'; }
    }
}
CONF
    nginx -c "$WORK/nginx/nginx.conf" &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    wait_for_port "$port"
    NGINX="http://127.0.0.1:$port"
}

cpu_ticks() { # $@: pids; their user+system clock ticks, all threads included
    local total=0 pid
    for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
    echo "$total"
}

run_wrk() { # $1: url, $2: lua script or "", $3...: server pids; prints "rate p50 p99 cpu-us-per-request"
    local url=$1 script=$2; shift 2
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH_HEADER")
    [ -n "$script" ] && args+=(-s "$script")
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

# Every server runs for the whole benchmark and each round runs each pair back to back, in alternating order, so
# the two runs of a pair meet the same state of the machine: nginx's own rate here drifts by a third within minutes.
# The create stores grow from round to round, as a long-lived server's would.
start_mock get ":memory:"
RSS_START=$(rss_mb "$PID_get")
APP_ID=$(create_application "$MOCK_get/Application/")
curl -sf -H "$AUTH_HEADER" "$MOCK_get/Application/$APP_ID/" > "$WORK/get.json"
start_mock memory ":memory:"
curl -sf -H "$AUTH_HEADER" -H 'Content-Type: application/json' -X POST "$MOCK_memory/Application/" \
    -d '{"app_name":"bench_app","answer_url":"https://example.com/answer"}' > "$WORK/create.json"
start_mock file "$WORK/bench.db"
start_nginx
NGINX_PIDS=("$NGINX_PID" $(pgrep -P "$NGINX_PID"))

# One warm-up run of each, excluded from the figures.
run_wrk "$MOCK_get/Application/$APP_ID/" "" "$PID_get" >/dev/null
run_wrk "$NGINX/get" "" "${NGINX_PIDS[@]}" >/dev/null
run_wrk "$MOCK_memory/Application/" "$WORK/create.lua" "$PID_memory" >/dev/null
run_wrk "$MOCK_file/Application/" "$WORK/create.lua" "$PID_file" >/dev/null
run_wrk "$NGINX/create" "$WORK/create.lua" "${NGINX_PIDS[@]}" >/dev/null

GET_MOCKS=(); GET_NGINXS=(); CREATE_MOCKS=(); CREATE_NGINXS=(); CREATE_FILE_MOCKS=(); CREATE_FILE_NGINXS=()
pair() { # $1: mock results array, $2: nginx results array, $3: mock url, $4: nginx url, $5: lua script or "", $6: mock pid
    local -n mocks=$1 nginxs=$2
    if [ $((round % 2)) = 1 ]; then
        mocks+=("$(run_wrk "$3" "$5" "$6")"); nginxs+=("$(run_wrk "$4" "$5" "${NGINX_PIDS[@]}")")
    else
        nginxs+=("$(run_wrk "$4" "$5" "${NGINX_PIDS[@]}")"); mocks+=("$(run_wrk "$3" "$5" "$6")")
    fi
}
for round in $(seq "$ROUNDS"); do
    pair GET_MOCKS GET_NGINXS "$MOCK_get/Application/$APP_ID/" "$NGINX/get" "" "$PID_get"
    pair CREATE_MOCKS CREATE_NGINXS "$MOCK_memory/Application/" "$NGINX/create" "$WORK/create.lua" "$PID_memory"
    pair CREATE_FILE_MOCKS CREATE_FILE_NGINXS "$MOCK_file/Application/" "$NGINX/create" "$WORK/create.lua" "$PID_file"
done
RSS_GET=$(rss_mb "$PID_get")
RSS_MEMORY=$(rss_mb "$PID_memory")
RSS_FILE=$(rss_mb "$PID_file")
APPS=$(curl -sf -H "$AUTH_HEADER" "$MOCK_memory/Application/?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total_count"])')

report "GET one application" "$(median "${GET_MOCKS[@]}")" "$(median "${GET_NGINXS[@]}")"
report "create (:memory:)" "$(median "${CREATE_MOCKS[@]}")" "$(median "${CREATE_NGINXS[@]}")"
report "create (file, WAL)" "$(median "${CREATE_FILE_MOCKS[@]}")" "$(median "${CREATE_FILE_NGINXS[@]}")"
# Each round's two runs are back to back, so their ratio is the steadier figure when the machine's speed drifts.
echo "ratios, round by round: GET $(pair_ratios GET_MOCKS GET_NGINXS); create (:memory:) $(pair_ratios CREATE_MOCKS CREATE_NGINXS); create (file) $(pair_ratios CREATE_FILE_MOCKS CREATE_FILE_NGINXS)"
echo "GET rates, round by round: mock-plivo $(printf '%s\n' "${GET_MOCKS[@]}" | awk '{printf "%.0f ", $1}')/ nginx $(printf '%s\n' "${GET_NGINXS[@]}" | awk '{printf "%.0f ", $1}')"
echo "create rates, round by round: mock-plivo $(printf '%s\n' "${CREATE_MOCKS[@]}" | awk '{printf "%.0f ", $1}')/ nginx $(printf '%s\n' "${CREATE_NGINXS[@]}" | awk '{printf "%.0f ", $1}')"
echo "mock-plivo RSS: ${RSS_START} MB at start; after the rounds ${RSS_GET} MB serving GETs, ${RSS_FILE} MB with the file store,"
echo "  ${RSS_MEMORY} MB with the :memory: store, which then held $APPS applications"
