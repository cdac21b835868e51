# What every benchmark script sets up first, sourced after `cd` to the repository root:
#   - the release build of mock-plivo, in BIN (or $MOCK_PLIVO_BIN, to measure another build the same way);
#   - a scratch directory, WORK, and PIDS: processes started into PIDS are killed, and WORK removed, on exit;
#   - free_port, wait_for_port.
# A relative MOCK_PLIVO_BIN is the caller's: the scripts have changed to the repository root since (OLDPWD is where
# they were started).
if [ -n "${MOCK_PLIVO_BIN:-}" ]; then MOCK_PLIVO_BIN=$(cd "${OLDPWD:-.}" && realpath "$MOCK_PLIVO_BIN"); fi
source scripts/lib/mock-plivo-bin.sh
mock_plivo_bin bench release
BIN=$MOCK_PLIVO_BIN
WORK="$(mktemp -d)"
PIDS=()
bench_cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap bench_cleanup EXIT

# free_port: a loopback port nothing listens on now.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_for_port PORT: returns once something accepts connections on 127.0.0.1:PORT; exits after 5 s otherwise.
wait_for_port() {
    for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done
    echo "nothing listens on port $1" >&2; exit 1
}
