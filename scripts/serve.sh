#!/usr/bin/env bash
# Sets up what mock-plivo needs on a fresh Debian/Ubuntu machine with Swift installed, builds it in release mode
# and runs it in the foreground. Every argument goes to mock-plivo (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/install-packages.sh
install_packages libsqlite3-dev pkg-config
swift build -c release --product mock-plivo >&2
exec "$(swift build -c release --show-bin-path)/mock-plivo" "$@"
