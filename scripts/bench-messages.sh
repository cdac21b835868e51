#!/usr/bin/env bash
# Benchmarks messaging, as issue 18 asks:
#  1. sends per second with --time-scale 0 while every message's status reports (queued, sent, delivered) go to a
#     local nginx that answers 200, against nginx's own static rate on the same machine (goal >= 0.3); then checks
#     that nginx received every report exactly once;
#  2. the message list (first page, and a message_time range) with 1,000 stored messages and again with
#     1,000,000 (goal: the second rate >= 0.8 of the first).
# Usage: scripts/bench-messages.sh [seconds-per-run] [messages-stored]   (defaults 10 and 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
STORED="${2:-1000000}"
source scripts/lib/install-packages.sh
source scripts/lib/bench-requests.sh
install_packages wrk nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

source scripts/lib/bench-setup.sh

# nginx answers every report with 200 and logs the two fields that identify it; reports use GET so that their
# parameters reach the log without nginx reading a body.
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
    log_format report '\$arg_MessageUUID \$arg_Status';
    server_tokens off;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location /report { access_log $WORK/nginx/reports.log report; return 200 'ok'; }
        location / { access_log off; return 200 '{"api_id":"4a1d7f2e-bench","message":"ok"}'; }
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx.conf" 2>"$WORK/nginx.stderr" &
PIDS+=("$!")

start_mock() { # a fresh mock-plivo with an in-memory store; sets MOCK_PID, BASE and API
    [ -n "${MOCK_PID:-}" ] && { kill "$MOCK_PID"; wait "$MOCK_PID" 2>/dev/null || true; }
    rm -f "$WORK/port"
    "$BIN" --port 0 --port-file "$WORK/port" --db :memory: --log-level warning --event-loops 2 --time-scale 0 \
        --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>&1 &
    MOCK_PID=$!
    PIDS+=("$MOCK_PID")
    for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
    BASE="http://127.0.0.1:$(cat "$WORK/port")"
    API="$BASE/v1/Account/$AUTH_ID"
    curl -sf -H "$AUTH_HEADER" -X POST "$BASE/__mock/accounts/$AUTH_ID/credit/" -d cash_credits=10000000 >/dev/null
}
start_mock
wait_for_port "$NGINX_PORT"

wrk_rate() { # $1: label, then wrk's arguments; prints the rate and leaves it in RATE
    local label=$1 output errors
    shift
    output=$(wrk -t2 -c32 -d"${DURATION}s" "$@")
    RATE=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
    errors=$(awk '/Non-2xx/ {print $NF}' <<<"$output")
    printf '%-48s %10.0f req/s%s\n' "$label" "$RATE" "${errors:+  ($errors non-2xx!)}"
}
message_count() {
    curl -sf -H "$AUTH_HEADER" "$API/Message/?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total_count"])'
}
report_lines() { [ -f "$WORK/nginx/reports.log" ] && wc -l <"$WORK/nginx/reports.log" || echo 0; }

echo "== 1. sends with status reports to nginx ($DURATION s each, wrk -t2 -c32; mock-plivo: 2 event loops, --time-scale 0)"
wrk_rate "nginx, static 200" "http://127.0.0.1:$NGINX_PORT/"; NGINX_RATE=$RATE
cat >"$WORK/send.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "${AUTH_HEADER#Authorization: }"
wrk.body = '{"src":"MockBench","dst":"447700900123","text":"Your code is 123456",'
    .. '"url":"http://127.0.0.1:$NGINX_PORT/report","method":"GET"}'
LUA
wrk_rate "message send (one report URL for all)" -s "$WORK/send.lua" "$API/Message/"; SEND_RATE=$RATE
printf '%48s ratio to nginx: %.2f (goal >= 0.3)\n' "" "$(python3 -c "print($SEND_RATE / $NGINX_RATE)")"

SENT=$(message_count)
EXPECTED=$((SENT * 3))
for _ in $(seq 600); do [ "$(report_lines)" -ge "$EXPECTED" ] && break; sleep 0.1; done
sleep 1 # a report beyond the expected count would arrive now
python3 - "$WORK/nginx/reports.log" "$SENT" <<'PY'
import collections, sys
lines = open(sys.argv[1]).read().split("\n")[:-1]
sent = int(sys.argv[2])
counts = collections.Counter(lines)
repeated = sum(1 for n in counts.values() if n > 1)
states = collections.Counter(line.split(" ")[1] for line in lines)
messages = len({line.split(" ")[0] for line in lines})
print(f"{sent} messages stored; nginx received {len(lines)} reports for {messages} messages "
      f"({dict(states)}); reports received more than once: {repeated}")
ok = repeated == 0 and messages == sent and all(states[s] == sent for s in ("queued", "sent", "delivered"))
print("every report delivered exactly once" if ok else "REPORTS MISSING OR REPEATED")
sys.exit(0 if ok else 1)
PY

echo "== 2. the message list with 1,000 and with $STORED messages stored (a fresh server)"
start_mock
# Bulk sends of 1,000 destinations without a report URL fill the store; the range query brackets the first
# 1,000 by their own message_time, so that it selects the same messages at both sizes.
fill_to() { # $1: total messages wanted
    python3 - "$API" "$AUTH_HEADER" "$1" <<'PY'
import json, sys, time, urllib.request
api, header, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
name, value = header.split(": ", 1)
def call(path, body=None):
    request = urllib.request.Request(api + path, method="POST" if body else "GET",
                                     data=json.dumps(body).encode() if body else None,
                                     headers={name: value, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(request))
have = call("/Message/?limit=1")["meta"]["total_count"]
destinations = "<".join(f"4477009{n:05d}" for n in range(1000))
while have < wanted:
    call("/Message/", {"src": "MockBench", "dst": destinations, "text": "fill"})
    have += 1000
# The engine carries each message to delivered after the API answered; measure once it has, not while it writes.
while any(call(f"/Message/?limit=1&message_state={state}")["meta"]["total_count"] for state in ("queued", "sent")):
    time.sleep(0.5)
PY
}
fill_to 1000
RANGE=$(curl -sf -H "$AUTH_HEADER" "$API/Message/?limit=20&offset=980" | python3 -c '
import datetime, json, sys, urllib.parse
times = [datetime.datetime.fromisoformat(m["message_time"]) for m in json.load(sys.stdin)["objects"]]
# message_time is printed to the second; the range ends a second after the latest.
bounds = {"message_time__gte": min(times), "message_time__lt": max(times) + datetime.timedelta(seconds=1)}
print(urllib.parse.urlencode({name: time.strftime("%Y-%m-%d %H:%M:%S") for name, time in bounds.items()}))')
RANGE_COUNT=$(curl -sf -H "$AUTH_HEADER" "$API/Message/?limit=1&$RANGE" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total_count"])')
echo "   the range ($RANGE) holds $RANGE_COUNT messages"
list_runs() { # $1: label suffix; leaves FIRST_RATE and RANGE_RATE
    wrk_rate "message list, first page ($1)" -H "$AUTH_HEADER" "$API/Message/?limit=20"; FIRST_RATE=$RATE
    wrk_rate "message list, message_time range ($1)" -H "$AUTH_HEADER" "$API/Message/?limit=20&$RANGE"; RANGE_RATE=$RATE
}
list_runs "$(message_count) stored"
SMALL_FIRST=$FIRST_RATE SMALL_RANGE=$RANGE_RATE
START=$(date +%s)
fill_to "$STORED"
echo "   filled to $(message_count) messages in $(( $(date +%s) - START )) s"
list_runs "$(message_count) stored"
printf '%48s first page ratio: %.2f, range ratio: %.2f (goal >= 0.8)\n' "" \
    "$(python3 -c "print($FIRST_RATE / $SMALL_FIRST)")" "$(python3 -c "print($RANGE_RATE / $SMALL_RANGE)")"
echo "RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$MOCK_PID/status)"
