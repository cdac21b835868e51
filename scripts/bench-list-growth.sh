#!/usr/bin/env bash
# Issue 22, "Cost that grows with the data": every list's first page, and a filter that selects a few rows, with
# SMALL rows of each kind in one account and with LARGE, on loopback with wrk (-t2 -c32) against release builds
# (--db :memory:, --log-level warning, 2 event loops, --time-scale 0). Prints each rate and the ratio LARGE/SMALL;
# the issue's goal is >= 0.8 for each.
#
# Two servers, one per size, run side by side and wrk alternates between them, ROUNDS times per request, so both
# sizes meet the same state of a shared machine; the medians are printed (the ratio's is of each round's own).
# Each is filled by the fastest way in for each kind (scripts/lib/list_growth_seed.py): fixtures for
# applications, endpoints and subaccounts; the bulk APIs for numbers and messages; CDRs and recordings written
# into a snapshot that the server then restores. Each filter matches 5 rows at both sizes.
# Usage: scripts/bench-list-growth.sh [seconds-per-run] [rounds] [large] [small]   (defaults 3, 3, 100000, 1000)
# MOCK_PLIVO_BIN=/path/to/mock-plivo measures that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-3}"
ROUNDS="${2:-3}"
LARGE="${3:-100000}"
SMALL="${4:-1000}"
source scripts/lib/install-packages.sh
source scripts/lib/bench-requests.sh
source scripts/lib/bench-mock.sh
install_packages wrk
SEED=scripts/lib/list_growth_seed.py
eval "$(python3 "$SEED" constants)"

mock_binary
WORK="$(mktemp -d)"
cleanup() { stop_mocks; rm -rf "$WORK"; }
trap cleanup EXIT

# label|path: the first page, then the filter, of each list; the subaccounts list has no filter.
TARGETS=(
    "applications, first page|Application/?limit=20"
    "applications, app_name=$WANTED_APP_PREFIX|Application/?limit=20&app_name=$WANTED_APP_PREFIX"
    "endpoints, first page|Endpoint/?limit=20"
    "endpoints, subaccount=SA...|Endpoint/?limit=20&subaccount=$WANTED_SUBACCOUNT"
    "subaccounts, first page|Subaccount/?limit=20"
    "numbers, first page|Number/?limit=20"
    "numbers, alias=$WANTED_ALIAS|Number/?limit=20&alias=$WANTED_ALIAS"
    "messages, first page|Message/?limit=20"
    "messages, error_code=$WANTED_ERROR_CODE|Message/?limit=20&error_code=$WANTED_ERROR_CODE"
    "calls, first page|Call/?limit=20"
    "calls, to_number=$WANTED_TO|Call/?limit=20&to_number=$WANTED_TO"
    "recordings, first page|Recording/?limit=20"
    "recordings, call_uuid=...|Recording/?limit=20&call_uuid=$WANTED_CALL"
)

fill() { # $1: rows of each kind; starts a server holding them (MOCK_PID, API)
    local rows=$1 dir="$WORK/$1" started=$SECONDS
    mkdir -p "$dir/fixtures"
    python3 "$SEED" fixtures "$dir/fixtures/bench.json" "$rows" "$AUTH_ID" "$AUTH_TOKEN"
    start_mock "$dir" --fixtures "$dir/fixtures" --time-scale 0 --snapshot-dir "$dir/snapshots"
    curl -sf -H "$AUTH_HEADER" -X POST "$BASE/__mock/accounts/$AUTH_ID/credit/" -d cash_credits=100000000 >/dev/null
    python3 "$SEED" api "$API" "$AUTH_HEADER" "$rows"
    curl -sf -H "$AUTH_HEADER" -X POST "$BASE/__mock/snapshots/seed" >/dev/null
    python3 "$SEED" cdrs "$dir/snapshots/seed.sqlite" "$AUTH_ID" "$rows"
    curl -sf -H "$AUTH_HEADER" -X POST "$BASE/__mock/snapshots/seed/restore" >/dev/null
    echo "   $rows rows of each kind stored in $((SECONDS - started)) s"
}
total_count() { # $1: API, $2: path
    curl -sf -H "$AUTH_HEADER" "$1/$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["meta"]["total_count"])'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== filling one server with $SMALL rows of each kind and one with $LARGE"
fill "$SMALL"; SMALL_API=$API SMALL_PID=$MOCK_PID
fill "$LARGE"; LARGE_API=$API LARGE_PID=$MOCK_PID
printf '   %-36s %12s %12s\n' "meta.total_count" "$SMALL" "$LARGE"
for target in "${TARGETS[@]}"; do
    printf '   %-36s %12s %12s\n' "${target%%|*}" "$(total_count "$SMALL_API" "${target#*|}")" \
        "$(total_count "$LARGE_API" "${target#*|}")"
done

echo "== $ROUNDS rounds of $DURATION s on each server for each request, alternating (wrk -t2 -c32; medians)"
wrk_rate "$SMALL_API/Application/?limit=20"; wrk_rate "$LARGE_API/Application/?limit=20"   # warm-up
printf '%-36s %12s %12s %8s\n' "" "$SMALL rows" "$LARGE rows" "ratio"
for target in "${TARGETS[@]}"; do
    small=() large=() ratios=() failures=""
    for _ in $(seq "$ROUNDS"); do
        wrk_rate "$SMALL_API/${target#*|}"; small+=("$RATE"); failures+=$NON_2XX
        wrk_rate "$LARGE_API/${target#*|}"; large+=("$RATE"); failures+=$NON_2XX
        ratios+=("$(python3 -c "print(${large[-1]} / ${small[-1]})")")
    done
    printf '%-36s %8.0f/s %10.0f/s %8.2f%s\n' "${target%%|*}" "$(median "${small[@]}")" "$(median "${large[@]}")" \
        "$(median "${ratios[@]}")" "${failures:+  (non-2xx answers!)}"
done
echo "goal: ratio >= 0.8.  RSS: $(awk '/VmRSS/ {print $2, $3}' "/proc/$SMALL_PID/status") with $SMALL rows," \
    "$(awk '/VmRSS/ {print $2, $3}' "/proc/$LARGE_PID/status") with $LARGE"
