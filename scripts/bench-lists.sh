#!/usr/bin/env bash
# Benchmarks the list calls that grow with an account's data against the application list at the same page size:
# account numbers (with 100,000 numbers held by one account), the number search (country-wide and by pattern,
# with thousands of the inventory's numbers bought), and the application list of the same account, on loopback
# with wrk. Prints each run's rate and its ratio to the application list; the issue's goal is >= 0.8.
# Usage: scripts/bench-lists.sh [seconds-per-run] [numbers-held]   (defaults 10 and 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
HELD="${2:-100000}"
source scripts/lib/install-packages.sh
source scripts/lib/bench-requests.sh
install_packages wrk

source scripts/lib/bench-setup.sh

"$BIN" --port 0 --port-file "$WORK/port" --db :memory: --log-level warning --event-loops 2 \
    --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" >/dev/null 2>&1 &
PIDS+=("$!")
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
BASE="http://127.0.0.1:$(cat "$WORK/port")"
API="$BASE/v1/Account/$AUTH_ID"

echo "== setting up: 25 applications, $HELD numbers from a carrier, 2,000 numbers bought from the inventory"
for _ in $(seq 25); do create_application "$API/Application/" >/dev/null; done
curl -sf -H "$AUTH_HEADER" -X POST "$BASE/__mock/accounts/$AUTH_ID/credit/" -d cash_credits=100000 >/dev/null
CARRIER=$(curl -sf -H "$AUTH_HEADER" -X POST "$API/IncomingCarrier/" -d name=bench -d ip_set=10.0.0.1 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["carrier_id"])')
python3 - "$API" "$AUTH_HEADER" "$CARRIER" "$HELD" <<'PY'
import json, sys, urllib.request
api, header, carrier, held = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
name, value = header.split(": ", 1)
def post(path, body):
    request = urllib.request.Request(api + path, data=json.dumps(body).encode(), method="POST",
                                     headers={name: value, "Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
# Carrier numbers in a range no country of the inventory sells (+882, international networks), 1,000 a request.
for start in range(0, held, 1000):
    numbers = ",".join(f"88216{n:08d}" for n in range(start, min(start + 1000, held)))
    post("/Number/", {"numbers": numbers, "carrier": carrier, "region": "bench"})
def get(path):
    request = urllib.request.Request(api + path, headers={name: value})
    return json.load(urllib.request.urlopen(request))
bought = 0
while bought < 2000:
    for offer in get("/PhoneNumber/?country_iso=US&limit=20")["objects"]:
        post(f"/PhoneNumber/{offer['number']}/", {})
        bought += 1
PY

run() { # $1: label, $2: url; prints the rate and remembers it in RATE
    local output
    output=$(wrk -t2 -c32 -d"${DURATION}s" -H "$AUTH_HEADER" "$2")
    RATE=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
    local errors
    errors=$(awk '/Non-2xx/ {print $NF}' <<<"$output")
    printf '%-44s %10.0f req/s%s\n' "$1" "$RATE" "${errors:+  ($errors non-2xx!)}"
}

echo "== $DURATION s each, wrk -t2 -c32, mock-plivo with 2 event loops"
run "warm-up (application list)" "$API/Application/?limit=20" >/dev/null
run "application list, first page" "$API/Application/?limit=20"; BASELINE=$RATE
for target in \
    "numbers list, first page ($HELD held)|$API/Number/?limit=20" \
    "numbers list, number_startswith (10 match)|$API/Number/?limit=20&number_startswith=882160005000" \
    "numbers list, number_startswith (1,000 match)|$API/Number/?limit=20&number_startswith=8821600099" \
    "number search, country_iso=US|$API/PhoneNumber/?country_iso=US&limit=20" \
    "number search, US local pattern=415|$API/PhoneNumber/?country_iso=US&type=local&pattern=415&limit=20" \
    "number search, country_iso=GB mobile|$API/PhoneNumber/?country_iso=GB&type=mobile&limit=20"; do
    run "${target%%|*}" "${target#*|}"
    printf '%44s ratio to the application list: %.2f\n' "" "$(python3 -c "print($RATE / $BASELINE)")"
done
echo "RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/${PIDS[0]}/status)"
