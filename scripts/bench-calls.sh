#!/usr/bin/env bash
# Benchmarks the call engine, as issue 19 asks, with a local nginx as the user's server (GET answer and hangup
# URLs; nginx serves static Plivo XML and logs each request with its CallUUID and time):
#  1. complete calls per second at --time-scale 0: wrk makes calls for a few seconds, faster than the engine
#     completes them; the rate is every call made, over the time from the first call to the last hangup request
#     reaching nginx (goal >= 500), and every call must have hung up exactly once. Two flows:
#     a. plain: the answer XML is one <Speak> (answer and hangup requests, each made exactly once);
#     b. GetDigits: the answer XML is a <GetDigits> whose action answers a <Speak>, and the callee's handset
#        presses 1 half a second into the prompt (ring, answer, action and hangup requests); every call must have
#        made each request exactly once, the action with Digits=1;
#  2. time from POST …/Call/ to the answer_url request, at --time-scale 0, for calls made one at a time by a
#     client (p50, p99);
#  3. 10,000 concurrent calls held in a long <Wait>, in the README's default configuration (--time-scale 1): the
#     server's RSS and threads, and GET …/Application/{id}/ against its idle rate (goal >= 0.5).
# Usage: scripts/bench-calls.sh [seconds-per-run] [concurrent-calls]   (defaults 10 and 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
HELD="${2:-10000}"
source scripts/lib/install-packages.sh
source scripts/lib/bench-requests.sh
install_packages wrk nginx
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

source scripts/lib/bench-setup.sh

NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 8192; }
http {
    log_format call '\$arg_CallUUID \$msec';
    log_format digits '\$arg_CallUUID \$msec \$arg_Digits';
    server_tokens off;
    keepalive_requests 1000000;
    default_type application/xml;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location /answer { access_log $WORK/nginx/answers.log call; return 200 '<Response><Speak>Hello from the benchmark</Speak></Response>'; }
        location /hold { access_log $WORK/nginx/holds.log call; return 200 '<Response><Wait length="3600"/></Response>'; }
        location /hangup { access_log $WORK/nginx/hangups.log call; return 200 'OK'; }
        location /ivr/ring { access_log $WORK/nginx/ivr-rings.log call; return 200 'OK'; }
        location /ivr/answer {
            access_log $WORK/nginx/ivr-answers.log call;
            return 200 '<Response><GetDigits action="http://127.0.0.1:$NGINX_PORT/ivr/action" method="GET" numDigits="1" timeout="5"><Speak>Press 1 for sales</Speak></GetDigits></Response>';
        }
        location /ivr/action { access_log $WORK/nginx/ivr-actions.log digits; return 200 '<Response><Speak>You pressed a key</Speak></Response>'; }
        location /ivr/hangup { access_log $WORK/nginx/ivr-hangups.log call; return 200 'OK'; }
        location / { access_log off; return 200 'OK'; }
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx.conf" 2>"$WORK/nginx.stderr" &
PIDS+=("$!")
wait_for_port "$NGINX_PORT"
USER_SERVER="http://127.0.0.1:$NGINX_PORT"

start_mock() { # $1: time scale; a fresh mock-plivo with an in-memory store; sets MOCK_PID, BASE and API
    [ -n "${MOCK_PID:-}" ] && { kill "$MOCK_PID"; wait "$MOCK_PID" 2>/dev/null || true; }
    rm -f "$WORK/port"
    "$BIN" --port 0 --port-file "$WORK/port" --db :memory: --log-level warning --time-scale "$1" \
        --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>&1 &
    MOCK_PID=$!
    PIDS+=("$MOCK_PID")
    for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
    BASE="http://127.0.0.1:$(cat "$WORK/port")"
    API="$BASE/v1/Account/$AUTH_ID"
    curl -sf -H "$AUTH_HEADER" -X POST "$BASE/__mock/accounts/$AUTH_ID/credit/" -d cash_credits=100000000 >/dev/null
}
lines() { [ -f "$1" ] && wc -l <"$1" || echo 0; }
cdr_count() {
    curl -sf -H "$AUTH_HEADER" "$API/Call/?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total_count"])'
}

CALLING=$(( DURATION < 3 ? DURATION : 3 ))
# measure_calls NAME TO URLS LOG…: on a fresh mock (--time-scale 0), wrk -t2 -c32 makes calls to TO for $CALLING s,
# URLS being the JSON fields of the user's server's URLs; then every call must appear exactly once in each nginx
# log (the last one is the hangup log, which gives the rate; a log named *actions.log must show Digits=1).
# Prints the rate and keeps it in $WORK/rate-NAME.
measure_calls() {
    local name=$1 to=$2 urls=$3
    shift 3
    cat >"$WORK/call-$name.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "${AUTH_HEADER#Authorization: }"
wrk.body = '{"from":"14155550100","to":"$to",$urls}'
LUA
    local made hangups
    hangups="${*: -1}"
    STARTED=$(date +%s.%N)
    wrk -t2 -c32 -d"${CALLING}s" -s "$WORK/call-$name.lua" "$API/Call/" >"$WORK/wrk-$name.txt"
    made=$(awk '/requests in/ {print $1}' "$WORK/wrk-$name.txt")
    for _ in $(seq 3000); do [ "$(lines "$hangups")" -ge "$made" ] && break; sleep 0.1; done
    sleep 1 # a request beyond the expected count would arrive now
    # wrk counts the responses it read: calls still in flight when it stopped (up to one a connection) were made
    # but not counted, so the calls made are the mock's CDRs (stored before each hangup request goes out).
    python3 - "$STARTED" "$WORK/wrk-$name.txt" "$WORK/rate-$name" "$(cdr_count)" "$@" <<'PY'
import collections, os, re, sys
started, wrk, rate_file, accepted, logs = float(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
counted = int(re.search(r"(\d+) requests in", open(wrk).read()).group(1))
failed = not counted <= accepted <= counted + 32
print(f"   {accepted} CDRs, {counted} calls answered to wrk (-c32)")
for log in logs:
    lines = [line.split() for line in open(log) if line.strip()] if os.path.exists(log) else []
    counts = collections.Counter(fields[0] for fields in lines)
    repeated = sum(1 for n in counts.values() if n > 1)
    wrong = sum(1 for fields in lines if log.endswith("actions.log") and fields[2:] != ["1"])
    name = os.path.basename(log).removesuffix(".log")
    print(f"   {name}: {len(lines)} requests, {len(counts)} calls ({repeated} repeated"
          + (f", {wrong} without Digits=1)" if log.endswith("actions.log") else ")"))
    failed |= bool(repeated or wrong or len(lines) != accepted)
last = max(float(fields[1]) for fields in lines)  # the last log, the hangups
rate = len(lines) / (last - started)
print(f"{accepted} calls made; {len(lines)} hangups received in {last - started:.1f} s: "
      f"{rate:.0f} complete calls/s, {rate * len(logs):.0f} requests/s to the user's server (goal >= 500 calls/s)")
open(rate_file, "w").write(f"{rate:.0f}")
if failed:
    print("CALLS MISSING OR HUNG UP TWICE")
    sys.exit(1)
PY
    echo "   API rate while calling: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$name.txt") req/s"
}

echo "== 1a. complete calls per second, plain: <Speak> (--time-scale 0; wrk -t2 -c32 for $CALLING s makes the calls)"
start_mock 0
measure_calls plain 14155550199 \
    "\"answer_url\":\"$USER_SERVER/answer\",\"answer_method\":\"GET\",\"hangup_url\":\"$USER_SERVER/hangup\",\"hangup_method\":\"GET\"" \
    "$WORK/nginx/answers.log" "$WORK/nginx/hangups.log"

echo "== 1b. complete calls per second, GetDigits: ring, answer <GetDigits>, the handset presses 1, action <Speak>, hangup"
start_mock 0
curl -sf -H "$AUTH_HEADER" -H 'Content-Type: application/json' -X PUT "$BASE/__mock/Account/$AUTH_ID/Handset/14155550198/" \
    -d '{"voice": {"digits": "1", "digits_after_ms": 500}}' >/dev/null
measure_calls getdigits 14155550198 \
    "\"ring_url\":\"$USER_SERVER/ivr/ring\",\"ring_method\":\"GET\",\"answer_url\":\"$USER_SERVER/ivr/answer\",\"answer_method\":\"GET\",\"hangup_url\":\"$USER_SERVER/ivr/hangup\",\"hangup_method\":\"GET\"" \
    "$WORK/nginx/ivr-rings.log" "$WORK/nginx/ivr-answers.log" "$WORK/nginx/ivr-actions.log" "$WORK/nginx/ivr-hangups.log"
echo "   complete calls/s: plain $(cat "$WORK/rate-plain"), GetDigits $(cat "$WORK/rate-getdigits")"

echo "== 2. POST …/Call/ to the answer_url request (--time-scale 0, 2,000 calls, 8 at a time)"
start_mock 0
: >"$WORK/nginx/answers.log"
python3 - "$API" "$AUTH_HEADER" "$USER_SERVER" "$WORK/nginx/answers.log" <<'PY'
import concurrent.futures, json, sys, time, urllib.request
api, header, server, log = sys.argv[1:5]
name, value = header.split(": ", 1)
body = json.dumps({"from": "14155550100", "to": "14155550199", "answer_url": server + "/answer",
                   "answer_method": "GET", "hangup_url": server + "/hangup", "hangup_method": "GET"}).encode()
def call(_):
    request = urllib.request.Request(api + "/Call/", data=body, method="POST",
                                     headers={name: value, "Content-Type": "application/json"})
    sent = time.time()
    uuid = json.load(urllib.request.urlopen(request))["request_uuid"]
    return uuid, sent
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    sent = dict(pool.map(call, range(2000)))
deadline = time.time() + 30
answered = {}
while time.time() < deadline and len(answered) < len(sent):
    answered = {uuid: float(at) for uuid, at in (line.split() for line in open(log) if line.strip())}
    time.sleep(0.1)
latencies = sorted((answered[uuid] - at) * 1000 for uuid, at in sent.items() if uuid in answered)
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print(f"{len(latencies)} of {len(sent)} answer requests: p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms, "
      f"max {latencies[-1]:.1f} ms")
PY

echo "== 3. $HELD concurrent calls in a <Wait length=\"3600\"/> (--time-scale 1, the default)"
start_mock 1
APP=$(create_application "$API/Application/")
wrk -t2 -c32 -d"${DURATION}s" -H "$AUTH_HEADER" "$API/Application/$APP/" >"$WORK/wrk-idle.txt"
IDLE=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-idle.txt")
echo "   idle: GET …/Application/{id}/ $IDLE req/s; RSS $(awk '/VmRSS/ {print $2, $3}' /proc/$MOCK_PID/status), threads $(awk '/Threads/ {print $2}' /proc/$MOCK_PID/status)"
python3 - "$API" "$AUTH_HEADER" "$USER_SERVER" "$HELD" <<'PY'
import json, sys, urllib.request
api, header, server, held = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
name, value = header.split(": ", 1)
for start in range(0, held, 1000):
    destinations = "<".join(f"1415{n:07d}" for n in range(start, min(start + 1000, held)))
    body = json.dumps({"from": "14155550100", "to": destinations, "answer_url": server + "/hold",
                       "answer_method": "GET", "hangup_url": server + "/hangup", "hangup_method": "GET"}).encode()
    request = urllib.request.Request(api + "/Call/", data=body, method="POST",
                                     headers={name: value, "Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
PY
# Each call fetches /hold once, when it is answered (4 s after it was made: 1 s dialling, 3 s ringing).
for _ in $(seq 600); do [ "$(lines "$WORK/nginx/holds.log")" -ge "$HELD" ] && break; sleep 0.1; done
echo "   $(lines "$WORK/nginx/holds.log") calls answered and waiting"
wrk -t2 -c32 -d"${DURATION}s" -H "$AUTH_HEADER" "$API/Application/$APP/" >"$WORK/wrk-held.txt"
HELD_RATE=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-held.txt")
echo "   with $HELD calls held: GET …/Application/{id}/ $HELD_RATE req/s, ratio to idle $(python3 -c "print(round($HELD_RATE / $IDLE, 2))") (goal >= 0.5)"
echo "   RSS $(awk '/VmRSS/ {print $2, $3}' /proc/$MOCK_PID/status), threads $(awk '/Threads/ {print $2}' /proc/$MOCK_PID/status), CDRs so far $(cdr_count)"
