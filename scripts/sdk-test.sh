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

VENV="$ROOT/.venv/sdk"
source "$ROOT/scripts/lib/python-venv.sh"
source "$ROOT/scripts/lib/mock-plivo-bin.sh"

python_venv sdk-test "$VENV" "$ROOT/Tests/sdk/requirements.txt" plivo pytest requests || exit 2

mock_plivo_bin sdk-test || exit 2

# Leave no .pytest_cache or __pycache__ in the repository.
export PYTHONDONTWRITEBYTECODE=1
set +e
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/Tests/sdk" "$@"
status=$?
set -e
exit "$status"
