#!/usr/bin/env bash
# Drives the browser console in headless Chromium: scripts/console_e2e.py creates an application through the
# form (after a refused attempt), sees it listed and reads it back through the API, and saves a screenshot to
# ci-output/console.png. Installs what it lacks: Debian's chromium (when root) and websocket-client in .venv/.
#   scripts/console-e2e.sh                 build the debug binary and run
#   MOCK_PLIVO_BIN=path scripts/console-e2e.sh
# Bounded: the browser part is killed after 180 s; mock-plivo is always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mkdir -p ci-output

if ! command -v chromium >/dev/null; then
    [[ $(id -u) -eq 0 ]] || { echo "console-e2e: chromium missing; apt-get install chromium" >&2; exit 1; }
    echo "console-e2e: installing chromium"
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
fi
if ! .venv/bin/python -c "import websocket" 2>/dev/null; then
    echo "console-e2e: installing websocket-client into .venv/"
    python3 -m venv .venv
    .venv/bin/pip install -q websocket-client
fi

binary=${MOCK_PLIVO_BIN:-}
if [[ -z "$binary" ]]; then
    swift build --product mock-plivo 2>&1 | tail -n 1
    binary="$(swift build --show-bin-path)/mock-plivo"
fi

auth_id=MACONSOLEE2E00000001
auth_token=ConsoleE2ETokenConsoleE2ETokenConsoleE2E
work=$(mktemp -d)
pid=""
cleanup() {
    if [[ -n "$pid" ]]; then
        kill -TERM "$pid" 2>/dev/null || true
        # Bounded: a server that does not stop on SIGTERM must not hang the run.
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then
            echo "console-e2e: warning: mock-plivo ignored SIGTERM for 5 s; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

PLIVO_AUTH_ID=$auth_id PLIVO_AUTH_TOKEN=$auth_token "$binary" serve --host 127.0.0.1 --port 0 \
    --port-file "$work/port" --log-level warning >"$work/mock-plivo.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
[[ -s "$work/port" ]] || { echo "console-e2e: mock-plivo did not start: $(cat "$work/mock-plivo.log")" >&2; exit 1; }
port=$(cat "$work/port")
echo "console-e2e: mock-plivo on 127.0.0.1:$port"

timeout --kill-after=10 180 .venv/bin/python scripts/console_e2e.py --base "http://127.0.0.1:$port" \
    --auth-id "$auth_id" --auth-token "$auth_token" --screenshot "$root/ci-output/console.png"
