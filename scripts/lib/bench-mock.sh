# Release mock-plivo servers to benchmark, started on free ports and stopped together, and wrk runs against them.
# Sourced after bench-requests.sh (the benchmark account) by the benchmark scripts that run more than one server.
#   mock_binary                 builds mock-plivo in release, or takes $MOCK_PLIVO_BIN; sets BIN
#   start_mock DIR [FLAG...]    a server with an in-memory store, 2 event loops and the benchmark account, its port
#                               file and log in DIR; sets MOCK_PID, BASE (http://127.0.0.1:port) and API
#   stop_mocks                  stops every server start_mock started
#   wrk_rate URL                wrk -t2 -c32 for $DURATION s with the account's credentials; sets RATE, and
#                               NON_2XX to the count of other answers (empty when none)

MOCK_PIDS=()

source scripts/lib/mock-plivo-bin.sh
mock_binary() {
    mock_plivo_bin bench release
    BIN=$MOCK_PLIVO_BIN
}

start_mock() {
    local dir=$1
    shift
    mkdir -p "$dir"
    rm -f "$dir/port"
    "$BIN" --port 0 --port-file "$dir/port" --db :memory: --log-level warning --event-loops 2 \
        --auth-id "$AUTH_ID" --auth-token "$AUTH_TOKEN" "$@" >"$dir/mock.log" 2>&1 &
    MOCK_PID=$!
    MOCK_PIDS+=("$MOCK_PID")
    # Fixtures are loaded before the port file is written, so a large set takes a while.
    for _ in $(seq 1200); do
        [ -s "$dir/port" ] && break
        kill -0 "$MOCK_PID" 2>/dev/null || { cat "$dir/mock.log" >&2; return 1; }
        sleep 0.1
    done
    BASE="http://127.0.0.1:$(cat "$dir/port")"
    API="$BASE/v1/Account/$AUTH_ID"
}

stop_mocks() {
    for pid in "${MOCK_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${MOCK_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    MOCK_PIDS=()
}

wrk_rate() {
    local output
    output=$(wrk -t2 -c32 -d"${DURATION}s" -H "$AUTH_HEADER" "$1")
    RATE=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
    NON_2XX=$(awk '/Non-2xx/ {print $NF}' <<<"$output")
}
