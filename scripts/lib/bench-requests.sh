# The account the benchmark scripts start mock-plivo with and the requests they send it. Sourced by bench-api.sh,
# bench-ab.sh and count-per-request.sh, so that the three measure the very same requests.
AUTH_ID=MABENCHMARK000000001
AUTH_TOKEN=BenchmarkToken000000000000000000000000001
AUTH_HEADER="Authorization: Basic $(printf '%s:%s' "$AUTH_ID" "$AUTH_TOKEN" | base64 -w0)"

# TUNING: the flags mock-plivo runs with. BENCH_CONFIG=tuned (the default) runs it for the benchmark (log level
# warning, 2 event loops); defaults runs it as the README's commands leave it (log level info, a loop per core).
case "${BENCH_CONFIG:-tuned}" in
    tuned) TUNING=(--log-level warning --event-loops 2) ;;
    defaults) TUNING=() ;;
    *) echo "BENCH_CONFIG is tuned or defaults" >&2; exit 2 ;;
esac

# write_create_script PATH: the wrk Lua script that makes every request an application create.
write_create_script() {
    cat > "$1" <<'LUA'
wrk.method = "POST"
wrk.body = '{"app_name":"bench_app","answer_url":"https://example.com/answer","answer_method":"POST"}'
wrk.headers["Content-Type"] = "application/json"
LUA
}

# create_application URL: creates one application at URL (an account's `…/Application/`) and prints its app_id.
create_application() {
    curl -sf -H "$AUTH_HEADER" -H 'Content-Type: application/json' -X POST "$1" \
        -d '{"app_name":"bench_app","answer_url":"https://example.com/answer"}' \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["app_id"])'
}
