#!/usr/bin/env bash
# Runs every test on a fresh Debian/Ubuntu machine with Swift installed: it installs what the tests need itself.
#   1. the Swift Testing suites (parser, router, live server, store, API, callbacks, control plane);
#   2. the official plivo Python SDK against a real mock-plivo process (scripts/sdk-test.sh);
#   3. schemathesis over every /v1 and /__mock operation of the served OpenAPI document (scripts/schema-test.sh);
#   4. the Dockerfile's steps as a plain script (scripts/docker-steps.sh), when present;
#   5. the browser console in headless Chromium (scripts/console-e2e.sh), when present.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/install-packages.sh
install_packages libsqlite3-dev pkg-config

echo "== Swift tests"
swift build --build-tests
swift test --skip-build

echo "== Python SDK integration tests"
scripts/sdk-test.sh

echo "== OpenAPI conformance (schemathesis)"
scripts/schema-test.sh

# The memory budget depends on linking FoundationEssentials only (README, "Memory"): one stray `import Foundation`
# would bring Foundation, ICU and libcurl back into every process.
echo "== Linked libraries of mock-plivo"
binary="$(swift build --show-bin-path)/mock-plivo"   # built by sdk-test.sh
if readelf -d "$binary" | grep -E 'NEEDED.*(libFoundation\.so|FoundationNetworking|FoundationInternationalization|FoundationICU|libcurl)'; then
    echo "mock-plivo links full Foundation or libcurl again; use FoundationEssentials" >&2
    exit 1
fi

for step in scripts/docker-steps.sh scripts/console-e2e.sh; do
    if [ -x "$step" ]; then
        echo "== $step"
        "$step"
    fi
done
echo "all test stages passed"
