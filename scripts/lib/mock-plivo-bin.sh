# mock_plivo_bin NAME [debug|release]: sets and exports MOCK_PLIVO_BIN, the mock-plivo binary to test or measure.
# A MOCK_PLIVO_BIN already set is checked and used as it is (no build); otherwise `swift build --product mock-plivo`
# makes it, in debug unless told release. Progress goes to stderr as "NAME: …"; returns 1 on failure. Sourced by
# sdk-test.sh, schema-test.sh and the benchmarks' lib/bench-setup.sh and lib/bench-mock.sh.
mock_plivo_bin() {
    local name="$1" configuration="${2:-debug}"
    say_bin() { printf '%s: %s\n' "$name" "$*" >&2; }
    if [[ -n "${MOCK_PLIVO_BIN:-}" ]]; then
        [[ -x "$MOCK_PLIVO_BIN" ]] || { say_bin "MOCK_PLIVO_BIN=$MOCK_PLIVO_BIN is not an executable file"; return 1; }
        say_bin "using MOCK_PLIVO_BIN=$MOCK_PLIVO_BIN"
    else
        command -v swift >/dev/null 2>&1 ||
            { say_bin "swift not found; install Swift or set MOCK_PLIVO_BIN"; return 1; }
        say_bin "swift build -c $configuration --product mock-plivo"
        swift build -c "$configuration" --product mock-plivo >&2 || { say_bin "swift build failed"; return 1; }
        MOCK_PLIVO_BIN="$(swift build -c "$configuration" --show-bin-path)/mock-plivo"
        [[ -x "$MOCK_PLIVO_BIN" ]] || { say_bin "built, but $MOCK_PLIVO_BIN is missing"; return 1; }
    fi
    export MOCK_PLIVO_BIN
}
