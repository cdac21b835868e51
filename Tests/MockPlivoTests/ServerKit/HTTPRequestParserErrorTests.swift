import Testing
@testable import HTTPServerKit

/// One malformed or oversized raw request, the error the parser must throw and the status the server answers with.
struct RejectedRequestCase: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: String
    var error: HTTPParseError
    var status: Int
    var limits = HTTPParserLimits()

    var testDescription: String { "\(name) → \(status)" }

    static let small = HTTPParserLimits(
        maxRequestLineLength: 32, maxHeaderBytes: 64, maxHeaderCount: 3, maxBodyBytes: 10)

    static func post(_ headers: String, _ body: String = "", version: String = "HTTP/1.1") -> String {
        "POST /x \(version)\r\nHost: h\r\n\(headers)\r\n\(body)"
    }

    static let table: [RejectedRequestCase] = [
        RejectedRequestCase(
            name: "Content-Length with Transfer-Encoding",
            raw: post("Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"),
            error: .contentLengthWithTransferEncoding, status: 400),
        RejectedRequestCase(
            name: "differing Content-Length headers", raw: post("Content-Length: 3\r\nContent-Length: 4\r\n", "abcd"),
            error: .conflictingContentLengths, status: 400),
        RejectedRequestCase(
            name: "differing Content-Length list", raw: post("Content-Length: 3, 4\r\n", "abcd"),
            error: .conflictingContentLengths, status: 400),
        RejectedRequestCase(
            name: "non-numeric Content-Length", raw: post("Content-Length: abc\r\n"),
            error: .invalidContentLength, status: 400),
        RejectedRequestCase(
            name: "signed Content-Length", raw: post("Content-Length: +3\r\n", "abc"),
            error: .invalidContentLength, status: 400),
        RejectedRequestCase(
            name: "empty Content-Length", raw: post("Content-Length:\r\n"), error: .invalidContentLength, status: 400),
        RejectedRequestCase(
            name: "gzip transfer coding", raw: post("Transfer-Encoding: gzip\r\n"),
            error: .unsupportedTransferEncoding, status: 400),
        RejectedRequestCase(
            name: "chunked followed by gzip", raw: post("Transfer-Encoding: chunked, gzip\r\n"),
            error: .unsupportedTransferEncoding, status: 400),
        RejectedRequestCase(
            name: "chunked twice across two headers",
            raw: post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"),
            error: .unsupportedTransferEncoding, status: 400),
        RejectedRequestCase(
            name: "Transfer-Encoding on HTTP/1.0",
            raw: "POST /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            error: .unsupportedTransferEncoding, status: 400),
        RejectedRequestCase(
            name: "header section over the limit",
            raw: "GET / HTTP/1.1\r\nHost: h\r\nX-Long: \(String(repeating: "a", count: 60))\r\n\r\n",
            error: .headerSectionTooLarge, status: 431, limits: small),
        RejectedRequestCase(
            name: "more header fields than the limit",
            raw: "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n",
            error: .tooManyHeaders, status: 431, limits: small),
        RejectedRequestCase(
            name: "request line over the limit",
            raw: "GET /\(String(repeating: "a", count: 40)) HTTP/1.1\r\nHost: h\r\n\r\n",
            error: .requestLineTooLong, status: 414, limits: small),
        RejectedRequestCase(
            name: "endless empty lines before the request line",
            raw: String(repeating: "\r\n", count: 20), error: .requestLineTooLong, status: 414, limits: small),
        RejectedRequestCase(
            name: "Content-Length over the body limit, before any body byte",
            raw: post("Content-Length: 11\r\n"), error: .bodyTooLarge, status: 413, limits: small),
        RejectedRequestCase(
            name: "chunked body over the body limit",
            raw: post("Transfer-Encoding: chunked\r\n", "8\r\n12345678\r\n8\r\n"),
            error: .bodyTooLarge, status: 413, limits: small),
        RejectedRequestCase(
            name: "non-hex chunk size", raw: post("Transfer-Encoding: chunked\r\n", "zz\r\n"),
            error: .invalidChunk, status: 400),
        RejectedRequestCase(
            name: "empty chunk size", raw: post("Transfer-Encoding: chunked\r\n", "\r\n"),
            error: .invalidChunk, status: 400),
        RejectedRequestCase(
            name: "chunk size with a 0x prefix", raw: post("Transfer-Encoding: chunked\r\n", "0x5\r\n"),
            error: .invalidChunk, status: 400),
        RejectedRequestCase(
            name: "chunk size too large to represent",
            raw: post("Transfer-Encoding: chunked\r\n", "1000000000000000\r\n"), error: .invalidChunk, status: 400),
        RejectedRequestCase(
            name: "chunk data longer than its size", raw: post("Transfer-Encoding: chunked\r\n", "2\r\nabc\r\n"),
            error: .invalidChunk, status: 400),
        RejectedRequestCase(
            name: "obsolete line folding", raw: "GET / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n  continued\r\n\r\n",
            error: .invalidHeader, status: 400),
        RejectedRequestCase(
            name: "space before the colon", raw: "GET / HTTP/1.1\r\nHost : h\r\n\r\n",
            error: .invalidHeader, status: 400),
        RejectedRequestCase(
            name: "header line without a colon", raw: "GET / HTTP/1.1\r\nHost: h\r\nnonsense\r\n\r\n",
            error: .invalidHeader, status: 400),
        RejectedRequestCase(
            name: "control byte in a header value", raw: "GET / HTTP/1.1\r\nHost: h\r\nX-A: a\u{1}b\r\n\r\n",
            error: .invalidHeader, status: 400),
        RejectedRequestCase(
            name: "bare CR inside a header value", raw: "GET / HTTP/1.1\r\nHost: h\r\nX-A: a\rb\r\n\r\n",
            error: .invalidHeader, status: 400),
        RejectedRequestCase(
            name: "HTTP/1.1 without Host", raw: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", error: .missingHost,
            status: 400),
        RejectedRequestCase(
            name: "two Host headers", raw: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", error: .duplicateHost,
            status: 400),
        RejectedRequestCase(
            name: "HTTP/2.0", raw: "GET / HTTP/2.0\r\nHost: h\r\n\r\n", error: .unsupportedVersion, status: 505),
        RejectedRequestCase(
            name: "lowercase protocol name", raw: "GET / http/1.1\r\nHost: h\r\n\r\n", error: .invalidRequestLine,
            status: 400),
        RejectedRequestCase(
            name: "garbage instead of a request line", raw: "hello\r\n\r\n", error: .invalidRequestLine, status: 400),
        RejectedRequestCase(
            name: "a TLS handshake on the plain port", raw: "\u{16}\u{3}\u{1}\u{2}\u{0}\u{1}\r\n\r\n",
            error: .invalidRequestLine, status: 400),
        RejectedRequestCase(
            name: "two spaces after the method", raw: "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", error: .invalidRequestLine,
            status: 400),
        RejectedRequestCase(
            name: "separator in the method", raw: "GE(T / HTTP/1.1\r\nHost: h\r\n\r\n", error: .invalidMethod,
            status: 400),
        RejectedRequestCase(
            name: "DEL in the target", raw: "GET /a\u{7F}b HTTP/1.1\r\nHost: h\r\n\r\n", error: .invalidTarget,
            status: 400),
    ]
}

extension ServerKit {
    @Suite("HTTP request parser on malformed and oversized requests")
    struct HTTPRequestParserErrorTests {
        @Test("rejects the request with the same error however it arrives", arguments: RejectedRequestCase.table)
        func rejectsEveryWay(_ row: RejectedRequestCase) {
            #expect(row.error.status.code == row.status)
            ParserFeeding.expectErrorEveryWay(row.raw, row.error, limits: row.limits)
        }

        @Test("answers a parse error with its status, a JSON reason and no route")
        func rendersParseErrors() {
            let connection = HTTPConnectionInfo(remoteAddress: "test")
            let request = HTTPRequest(method: .post, target: "/upload")
            let response = HTTPRouter { _ in }.respond(to: .bodyTooLarge, in: request, connection: connection)
            #expect(response.status == .payloadTooLarge)
            #expect(response.headers["Content-Type"] == "application/json")
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"error":"request body too large"}"#)
        }
    }
}
