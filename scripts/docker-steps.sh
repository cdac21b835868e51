#!/usr/bin/env bash
# Runs every step of the Dockerfile as a plain script, for machines (and CI) with no Docker engine:
#   1. build stage: libsqlite3-dev, then a release build of mock-plivo with the Swift stdlib linked statically
#   2. run stage:   the image's layout in a staging folder; every shared library the binary needs must come from
#                   the run image's base or from a package the Dockerfile installs
#   3. the container: the binary run as a non-root user (when this script runs as root) with the image's
#                   environment, a file database in the "volume", until `mock-plivo healthcheck` passes; then stopped
#                   with SIGTERM, as `docker stop` does, and expected to exit 0.
# Usage: scripts/docker-steps.sh            (STAGE=dir to choose the staging folder, default ci-output/docker-rootfs)
# Ends with "docker-steps: N passed, M failed"; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
stage=${STAGE:-$root/ci-output/docker-rootfs}
scratch=${SCRATCH:-$root/.build-docker}
passed=0
pid=""

step() { echo "docker-steps: $*"; }
pass() { passed=$((passed + 1)); step "ok: $*"; }
fail() {
    step "FAILED: $*" >&2
    echo "docker-steps: $passed passed, 1 failed"
    exit 1
}
cleanup() { if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

# --- build stage -------------------------------------------------------------------------------------------------
# libsqlite3-dev for the store, and nothing else: the binary does not link libcurl (https callbacks dlopen it).
missing=()
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ $(id -u) -eq 0 ]]; then
        step "installing ${missing[*]} (RUN apt-get install libsqlite3-dev)"
        apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
    else
        fail "${missing[*]} missing and this script is not root: apt-get install ${missing[*]}"
    fi
fi
step "building (RUN swift build -c release --product mock-plivo --static-swift-stdlib)"
mkdir -p "$scratch"
if ! swift build -c release --product mock-plivo --static-swift-stdlib --scratch-path "$scratch" >"$scratch/build.log" 2>&1; then
    grep -E "error|warning" "$scratch/build.log" | head -n 20 >&2
    fail "release build failed (full log: $scratch/build.log)"
fi
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/mock-plivo"
[[ -x "$binary" ]] || fail "no binary at $binary"
rm -rf "$stage"
# install -s strips the symbols, as the Dockerfile does (about 30 MB → 16 MB).
install -D -s -m 0755 "$binary" "$stage/usr/local/bin/mock-plivo"
pass "release binary staged at $stage/usr/local/bin/mock-plivo ($(du -h "$stage/usr/local/bin/mock-plivo" | cut -f1), stripped)"

# --- run stage: shared libraries -----------------------------------------------------------------------------------
# What ubuntu:jammy's base image already has (libc6, libgcc-s1, libstdc++6, zlib1g), then the Dockerfile's packages.
declare -A provider=(
    [libc.so.6]=base [libm.so.6]=base [libdl.so.2]=base [libpthread.so.0]=base [librt.so.1]=base
    [libutil.so.1]=base [ld-linux-x86-64.so.2]=base [ld-linux-aarch64.so.1]=base [libgcc_s.so.1]=base
    [libstdc++.so.6]=base [libz.so.1]=base
    [libsqlite3.so.0]=libsqlite3-0 [libcurl.so.4]=libcurl4 [libxml2.so.2]=libxml2
)
runtime_packages=$(sed -n '/^FROM ubuntu/,$p' Dockerfile | grep -o 'apt-get install[^&]*' | tr ' ' '\n' | grep -v '^-' || true)
needed=$(readelf -d "$stage/usr/local/bin/mock-plivo" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for library in $needed; do
    package=${provider[$library]:-}
    [[ -n "$package" ]] || fail "the binary needs $library, which no known run-image package provides"
    if [[ "$package" != base ]] && ! grep -qx "$package" <<<"$runtime_packages"; then
        fail "the binary needs $library: add $package to the run stage's apt-get install in the Dockerfile"
    fi
done
if ldd "$stage/usr/local/bin/mock-plivo" | grep -q 'not found'; then fail "ldd: $(ldd "$stage/usr/local/bin/mock-plivo" | grep 'not found')"; fi
pass "shared libraries covered by the run image: $(echo $needed)"
# Loaded with dlopen, so not in NEEDED: libcurl.so.4 (and the CA bundle) for https callbacks.
for package in libcurl4 ca-certificates; do
    grep -qx "$package" <<<"$runtime_packages" ||
        fail "https callbacks dlopen libcurl.so.4: keep $package in the run stage's apt-get install in the Dockerfile"
done
# The static stdlib would hide full Foundation (and its ICU) inside the binary rather than in NEEDED: look for its
# symbols in the unstripped build. README, "Memory": they cost most of the resident memory.
if grep -qx "libcurl.so.4" <<<"$needed"; then fail "the binary links libcurl.so.4 again (README, \"Memory\")"; fi
if command -v nm >/dev/null && nm "$binary" | grep -q ' T \$s10Foundation'; then
    fail "the binary links full Foundation again, not only FoundationEssentials (README, \"Memory\")"
fi
pass "libcurl4 and ca-certificates installed for https callbacks' dlopen; neither libcurl nor full Foundation linked"

# --- the container -------------------------------------------------------------------------------------------------
mkdir -p "$stage/data"
run_as=()
if [[ $(id -u) -eq 0 ]] && command -v setpriv >/dev/null; then
    # USER mockplivo: an unprivileged uid that owns only the volume, as in the image.
    chown 10001:10001 "$stage/data"
    run_as=(setpriv --reuid=10001 --regid=10001 --clear-groups --)
    # The binary must be reachable by that user through every parent folder.
    if ! setpriv --reuid=10001 --regid=10001 --clear-groups -- test -x "$stage/usr/local/bin/mock-plivo"; then
        step "note: $stage is not traversable by uid 10001; running as $(id -un) instead"
        run_as=()
    fi
fi
# ENV MOCK_PLIVO_HOST=0.0.0.0 MOCK_PLIVO_PORT=8000, plus the documented volume database. The port is 0 here (with
# the port file telling the real one) because 8000 may be taken on a shared machine; the image keeps 8000.
export MOCK_PLIVO_HOST=0.0.0.0 MOCK_PLIVO_DB="$stage/data/mock.db" MOCK_PLIVO_PORT=0
export MOCK_PLIVO_PORT_FILE="$stage/data/port" MOCK_PLIVO_LOG_LEVEL=warning
log="$stage/mock-plivo.log"
(cd "$stage/data" && exec "${run_as[@]}" "$stage/usr/local/bin/mock-plivo") >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    [[ -s "$MOCK_PLIVO_PORT_FILE" ]] && break
    kill -0 "$pid" 2>/dev/null || fail "mock-plivo exited at start: $(cat "$log")"
    sleep 0.1
done
[[ -s "$MOCK_PLIVO_PORT_FILE" ]] || fail "no port file after 10 s"
export MOCK_PLIVO_PORT=$(cat "$MOCK_PLIVO_PORT_FILE")
pass "started as $([[ ${#run_as[@]} -gt 0 ]] && echo uid 10001 || id -un) on 0.0.0.0:$MOCK_PLIVO_PORT"

# HEALTHCHECK CMD ["mock-plivo","healthcheck"], with the image's environment (0.0.0.0 is read as 127.0.0.1).
healthy=false
for _ in $(seq 1 30); do
    if "${run_as[@]}" "$stage/usr/local/bin/mock-plivo" healthcheck >/dev/null; then healthy=true; break; fi
    sleep 1
done
$healthy || fail "mock-plivo healthcheck did not pass within 30 s: $(cat "$log")"
pass "mock-plivo healthcheck passes"

[[ -f "$MOCK_PLIVO_DB" ]] || fail "no database file in the volume at $MOCK_PLIVO_DB"
pass "file database created in the volume ($MOCK_PLIVO_DB)"

# docker stop: SIGTERM, then the binary finishes in-flight requests and exits 0.
kill -TERM "$pid"
# docker stop waits 10 s before SIGKILL; allow a little more here, then fail rather than hang.
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "mock-plivo still running 15 s after SIGTERM (docker stop would SIGKILL it)"
status=0
wait "$pid" || status=$?
pid=""
[[ $status -eq 0 ]] || fail "mock-plivo exited $status after SIGTERM: $(cat "$log")"
pass "stopped by SIGTERM with exit status 0"
echo "docker-steps: $passed passed, 0 failed"
