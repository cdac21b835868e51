import Testing
@testable import HTTPServerKit

extension ServerKit {
    /// Limits are checked on partial input too, so that a slow client cannot grow the buffer; these tests pin that a
    /// request exactly at a limit is accepted however TCP happens to split it, and one byte more is not.
    @Suite("HTTP request parser at its limits")
    struct HTTPRequestParserLimitTests {
        static let limits = HTTPParserLimits(
            maxRequestLineLength: 32, maxHeaderBytes: 64, maxHeaderCount: 3, maxBodyBytes: 10)

        /// A request line of exactly `length` bytes, without its line ending.
        static func requestLine(length: Int) -> String {
            let fixed = "GET / HTTP/1.1".utf8.count
            return "GET /\(String(repeating: "a", count: length - fixed)) HTTP/1.1"
        }

        @Test("accepts a request line exactly at the limit, with CRLF or bare LF", arguments: ["\r\n", "\n"])
        func acceptsRequestLineAtLimit(lineEnding: String) throws {
            let line = Self.requestLine(length: Self.limits.maxRequestLineLength)
            let raw = line + lineEnding + "Host: h" + lineEnding + lineEnding
            try ParserFeeding.parseEveryWay(raw, limits: Self.limits)
        }

        @Test("rejects a request line one byte over the limit with 414")
        func rejectsRequestLineOverLimit() {
            let line = Self.requestLine(length: Self.limits.maxRequestLineLength + 1)
            ParserFeeding.expectErrorEveryWay(line + "\r\nHost: h\r\n\r\n", .requestLineTooLong, limits: Self.limits)
        }

        /// Field lines of exactly `bytes` bytes including their CRLFs: `Host: h` and one padding field.
        static func fieldLines(bytes: Int) -> String {
            let host = "Host: h\r\n"
            let padding = bytes - host.utf8.count - "X: \r\n".utf8.count
            return host + "X: \(String(repeating: "p", count: padding))\r\n"
        }

        @Test("accepts a header section exactly at the limit")
        func acceptsHeaderSectionAtLimit() throws {
            let raw = "GET / HTTP/1.1\r\n" + Self.fieldLines(bytes: Self.limits.maxHeaderBytes) + "\r\n"
            let request = try ParserFeeding.parseEveryWay(raw, limits: Self.limits)
            #expect(request.headers.count == 2)
        }

        @Test("rejects a header section one byte over the limit with 431")
        func rejectsHeaderSectionOverLimit() {
            let raw = "GET / HTTP/1.1\r\n" + Self.fieldLines(bytes: Self.limits.maxHeaderBytes + 1) + "\r\n"
            ParserFeeding.expectErrorEveryWay(raw, .headerSectionTooLarge, limits: Self.limits)
        }

        @Test("accepts exactly the maximum number of header fields")
        func acceptsHeaderCountAtLimit() throws {
            let raw = "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\n\r\n"
            let request = try ParserFeeding.parseEveryWay(raw, limits: Self.limits)
            #expect(request.headers.count == Self.limits.maxHeaderCount)
        }

        @Test("accepts bodies exactly at the limit, by length or chunked")
        func acceptsBodyAtLimit() throws {
            let byLength = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n0123456789"
            #expect(try ParserFeeding.parseEveryWay(byLength, limits: Self.limits).body.count == 10)
            let chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "6\r\n012345\r\n4\r\n6789\r\n0\r\n\r\n"
            #expect(try ParserFeeding.parseEveryWay(chunked, limits: Self.limits).body.count == 10)
        }

        @Test("accepts a chunk-size line exactly at its length limit")
        func acceptsChunkLineAtLimit() throws {
            let sizeLine = "1;" + String(repeating: "e", count: HTTPRequestParser.maxChunkLineLength - 2)
            let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n\(sizeLine)\r\nx\r\n0\r\n\r\n"
            #expect(try ParserFeeding.parseEveryWay(raw).body == Array("x".utf8))
        }

        @Test("rejects a chunk-size line one byte over its length limit")
        func rejectsChunkLineOverLimit() {
            let sizeLine = "1;" + String(repeating: "e", count: HTTPRequestParser.maxChunkLineLength - 1)
            let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n\(sizeLine)\r\nx\r\n0\r\n\r\n"
            ParserFeeding.expectErrorEveryWay(raw, .invalidChunk)
        }

        @Test("accepts a trailer section exactly at the header limit")
        func acceptsTrailersAtLimit() throws {
            let trailers = "T: \(String(repeating: "t", count: Self.limits.maxHeaderBytes - 5))\r\n"
            let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\(trailers)\r\n"
            try ParserFeeding.parseEveryWay(raw, limits: Self.limits)
        }
    }
}
