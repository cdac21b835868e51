#!/usr/bin/env bash
# Fuzzes HTTPRequestParser with libFuzzer for the given number of seconds (default 300).
#
#   scripts/fuzz-parser.sh [seconds]
#
# No SwiftPM: swiftc compiles the parser and the HTTP types it builds (HTTPServerKit's Parsing/ and HTTP/) with
# Fuzz/HTTPParserFuzz/main.swift into one module with libFuzzer and AddressSanitizer. Not the server's sources:
# they import the CLinuxShims C target, which only SwiftPM builds, and the parser, being pure, needs none of them. Everything it writes stays in fuzz-artifacts/parser/ (git-ignored): the binary,
# the corpus (seeded from sample requests, grown across runs), crash inputs and the log of the last run.
# Replay a crash with: fuzz-artifacts/parser/http-parser-fuzz fuzz-artifacts/parser/crashes/crash-<hash>
set -euo pipefail

seconds="${1:-300}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/fuzz-artifacts/parser"
binary="$out/http-parser-fuzz"
mkdir -p "$out/corpus" "$out/crashes"

echo "building $binary"
mapfile -t sources < <(find "$root/Sources/HTTPServerKit/Parsing" "$root/Sources/HTTPServerKit/HTTP" -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -use-ld=lld -module-name HTTPParserFuzz \
    "${sources[@]}" "$root/Fuzz/HTTPParserFuzz/main.swift" -o "$binary"

# One seed per feature the parser has; printf turns \r\n into bytes.
seed() { printf "$2" > "$out/corpus/seed-$1"; }
seed get 'GET /v1/Account/MA123/Application/?limit=20&offset=0 HTTP/1.1\r\nHost: api.plivo.com\r\n\r\n'
seed post 'POST /v1/Account/MA123/Application/ HTTP/1.1\r\nHost: h\r\nContent-Length: 13\r\n\r\napp_name=demo'
seed chunked 'POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;e=1\r\nhello\r\n0\r\nT: 1\r\n\r\n'
seed absolute 'POST http://api.plivo.com/v1/Account/X/Application/ HTTP/1.1\r\nHost: api.plivo.com\r\n\r\n'
seed http10 '\r\nGET /status HTTP/1.0\nConnection: keep-alive\n\n'
seed continue 'PUT /x HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc'
seed pipelined 'GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'

echo "fuzzing for ${seconds}s"
# libFuzzer and ASan print the crash; Swift's own backtracer would only hold the pipe open.
SWIFT_BACKTRACE=enable=no "$binary" "$out/corpus" \
    -dict="$root/Fuzz/HTTPParserFuzz/http.dict" \
    -max_len=4096 \
    -max_total_time="$seconds" \
    -timeout=10 \
    -print_final_stats=1 \
    -artifact_prefix="$out/crashes/" \
    2>&1 | tee "$out/last-run.log" | grep -E '^#[0-9]+.*(pulse|DONE|NEW_FUNC)|^stat::|ERROR|SUMMARY|Test unit' || true
status="${PIPESTATUS[0]}"
echo "log: $out/last-run.log"
exit "$status"
