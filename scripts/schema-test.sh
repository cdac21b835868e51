#!/usr/bin/env bash
# Holds mock-plivo to its OpenAPI document: schemathesis (PyPI) generates requests from the /openapi.yaml the
# server serves, valid and invalid, for every /v1 and /__mock operation, and checks each answer against the
# document (status code, content type, headers, body schema) and that valid requests are accepted and invalid
# ones refused.
#
#   scripts/schema-test.sh                       # build mock-plivo if needed, then run schemathesis
#   scripts/schema-test.sh --include-path-regex Application   # extra arguments go to `schemathesis run`
#   MOCK_PLIVO_BIN=/path/to/mock-plivo scripts/schema-test.sh  # test an existing binary, no build
#
# Settings (deterministic generation, examples per operation, one worker) are in Tests/schema/schemathesis.toml,
# the fixtures the server loads in Tests/schema/fixtures/. The virtual environment lives in .venv/schema
# (git-ignored), rebuilt when Tests/schema/requirements.txt changes. The server runs on a manual clock and may send
# requests to loopback only, so no callback of a fuzzed application or call leaves the machine. Reports (JUnit) are
# written to ci-output/schemathesis/.
# Exit status: 0 when no check failed, 1 when one did, 2 when the set-up fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/lib/python-venv.sh
source scripts/lib/mock-plivo-bin.sh

VENV="$ROOT/.venv/schema"
REPORTS="$ROOT/ci-output/schemathesis"

say() { printf 'schema-test: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

python_venv schema-test "$VENV" "$ROOT/Tests/schema/requirements.txt" schemathesis || exit 2
mock_plivo_bin schema-test || exit 2

export SCHEMA_AUTH_ID=MASCHEMATHESIS000001
export SCHEMA_AUTH_TOKEN=SchemathesisTokenSchemathesisToken000001

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

"$MOCK_PLIVO_BIN" --port 0 --port-file "$work/port" --auth-id "$SCHEMA_AUTH_ID" --auth-token "$SCHEMA_AUTH_TOKEN" \
    --seed 1 --time-scale manual --outbound-hosts loopback --log-level warning \
    --snapshot-dir "$work/snapshots" --fixtures "$ROOT/Tests/schema/fixtures" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
    [[ -s "$work/port" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; die "mock-plivo exited at start-up"; }
    sleep 0.1
done
[[ -s "$work/port" ]] || die "mock-plivo did not write its port within 30 s"
base="http://127.0.0.1:$(cat "$work/port")"
say "mock-plivo on $base"

rm -rf "$REPORTS"
mkdir -p "$REPORTS"
# run NAME ARGS…: one schemathesis run over the operations ARGS select; its status.
run() {
    local name="$1"
    shift
    say "schemathesis: $name"
    "$VENV/bin/schemathesis" --config-file "$ROOT/Tests/schema/schemathesis.toml" --no-color run \
        --url "$base" --auth "$SCHEMA_AUTH_ID:$SCHEMA_AUTH_TOKEN" --checks all \
        --report junit --report-dir "$REPORTS" --report-junit-path "$REPORTS/$name.xml" \
        "$@" "$base/openapi.yaml"
}

started=$SECONDS
status=0
# Fault rules answer 500s, delay and drop the /v1 requests they match, and resets and restores take away the
# fixtures the other operations are pinned to, so they get a run of their own after every other operation: rules
# never apply to /__mock/, so nothing that run does can fail another operation.
control='^/__mock/(faults/|reset/|accounts/\{auth_id\}/reset/|snapshots/\{name\}/restore/)'
run api --include-path-regex '^/(v1|__mock)/' --exclude-path-regex "$control" "$@" || status=1
run control --include-path-regex "$control" "$@" || status=1
say "finished in $((SECONDS - started)) s"
if [[ "$status" -ne 0 ]]; then
    say "failures above; the server's log:"
    tail -n 50 "$work/server.log" >&2
fi
exit "$status"
