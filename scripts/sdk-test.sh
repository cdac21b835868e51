#!/usr/bin/env bash
# Prove mock-plivo with the real Plivo SDK: run Tests/sdk/ (pytest + the official `plivo` package from PyPI)
# against a real mock-plivo process.
#
#   scripts/sdk-test.sh                 # build mock-plivo if needed, then run every SDK test
#   scripts/sdk-test.sh -k persistence  # extra arguments go to pytest
#   MOCK_PLIVO_BIN=/path/to/mock-plivo scripts/sdk-test.sh   # test an existing binary, no build
#
# The virtual environment lives in .venv/sdk (git-ignored). It is reused while Tests/sdk/requirements.txt is
# unchanged and rebuilt from scratch when that file changes. Set PYTHON to choose the interpreter (default python3).
# Exit status: pytest's (0 only when every test passed), or 2 when the set-up fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
VENV="$ROOT/.venv/sdk"
REQUIREMENTS="$ROOT/Tests/sdk/requirements.txt"
STAMP="$VENV/.requirements.sha256"

say() { printf 'sdk-test: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found; install Python 3 (apt-get install python3 python3-venv)"

want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1) $("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"

venv_is_current() {
    [[ -x "$VENV/bin/python" && -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]] &&
        "$VENV/bin/python" -c 'import plivo, pytest, requests' >/dev/null 2>&1
}

make_venv() {
    rm -rf "$VENV"
    mkdir -p "$(dirname "$VENV")"
    if "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then return 0; fi
    rm -rf "$VENV"
    # Debian/Ubuntu ship venv (ensurepip) separately from python3.
    if command -v apt-get >/dev/null 2>&1; then
        local sudo=""
        [[ "$(id -u)" -eq 0 ]] || sudo="sudo"
        say "'$PYTHON -m venv' failed; installing python3-venv with apt-get"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >&2 ||
            die "could not install python3-venv"
        "$PYTHON" -m venv "$VENV" || die "'$PYTHON -m venv' still fails after installing python3-venv"
    else
        die "'$PYTHON -m venv' failed and apt-get is not available; install the venv module for $PYTHON"
    fi
}

if venv_is_current; then
    say "reusing $VENV"
else
    say "creating $VENV from Tests/sdk/requirements.txt"
    make_venv
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2 || true
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" >&2 ||
        die "pip install -r Tests/sdk/requirements.txt failed"
    printf '%s' "$want" >"$STAMP"
fi

if [[ -n "${MOCK_PLIVO_BIN:-}" ]]; then
    [[ -x "$MOCK_PLIVO_BIN" ]] || die "MOCK_PLIVO_BIN=$MOCK_PLIVO_BIN is not an executable file"
    say "using MOCK_PLIVO_BIN=$MOCK_PLIVO_BIN"
else
    command -v swift >/dev/null 2>&1 || die "swift not found; install Swift or set MOCK_PLIVO_BIN"
    say "swift build --product mock-plivo"
    swift build --product mock-plivo >&2 || die "swift build failed"
    MOCK_PLIVO_BIN="$(swift build --show-bin-path)/mock-plivo"
    [[ -x "$MOCK_PLIVO_BIN" ]] || die "built, but $MOCK_PLIVO_BIN is missing"
fi
export MOCK_PLIVO_BIN

# Leave no .pytest_cache or __pycache__ in the repository.
export PYTHONDONTWRITEBYTECODE=1
set +e
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/Tests/sdk" "$@"
status=$?
set -e
exit "$status"
