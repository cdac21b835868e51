import Testing
@testable import HTTPServerKit

/// One well-formed raw request and what the parser must make of it, however the bytes arrive.
struct ParsedRequestCase: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: String
    var method = "GET"
    var path = "/"
    var query: String? = nil
    var version = HTTPVersion.http1_1
    var body = ""

    var testDescription: String { name }

    static let table: [ParsedRequestCase] = [
        ParsedRequestCase(
            name: "GET with a query",
            raw: "GET /v1/Account/MA123/Application/?limit=20&offset=0 HTTP/1.1\r\nHost: api.plivo.com\r\n\r\n",
            path: "/v1/Account/MA123/Application/", query: "limit=20&offset=0"),
        ParsedRequestCase(
            name: "POST with a Content-Length body",
            raw: "POST /v1/Account/MA123/Application/ HTTP/1.1\r\nHost: api.plivo.com\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 22\r\n\r\napp_name=demo&answer=1",
            method: "POST", path: "/v1/Account/MA123/Application/", body: "app_name=demo&answer=1"),
        ParsedRequestCase(
            name: "chunked body with extensions and trailers, trailers ignored",
            raw: "POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;name=value\r\nhello\r\n6 ; ext\r\n world\r\nA\r\n0123456789\r\n0\r\nX-Checksum: abc\r\n\r\n",
            method: "POST", path: "/upload", body: "hello world0123456789"),
        ParsedRequestCase(
            name: "chunked body whose long extension and trailer trickle in",
            raw: "POST /slow HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;\(String(repeating: "e", count: 4000))\r\nabc\r\n"
                + "0\r\nT: \(String(repeating: "t", count: 16_000))\r\n\r\n",
            method: "POST", path: "/slow", body: "abc"),
        ParsedRequestCase(
            name: "chunked body with no trailers and a case-insensitive coding",
            raw: "PUT /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            method: "PUT", path: "/x", body: "abc"),
        ParsedRequestCase(
            name: "absolute-form target reduced to its path",
            raw: "POST http://api.plivo.com/v1/Account/X/Application/ HTTP/1.1\r\nHost: api.plivo.com\r\n"
                + "Content-Length: 2\r\n\r\nok",
            method: "POST", path: "/v1/Account/X/Application/", body: "ok"),
        ParsedRequestCase(
            name: "absolute-form target with no path but a query",
            raw: "GET https://api.plivo.com?x=1 HTTP/1.1\r\nHost: api.plivo.com\r\n\r\n",
            path: "/", query: "x=1"),
        ParsedRequestCase(
            name: "HTTP/1.0 without Host",
            raw: "GET /status HTTP/1.0\r\n\r\n",
            path: "/status", version: .http1_0),
        ParsedRequestCase(
            name: "a higher HTTP/1 minor version served as HTTP/1.1",
            raw: "GET / HTTP/1.7\r\nHost: h\r\n\r\n"),
        ParsedRequestCase(
            name: "bare LF line endings",
            raw: "POST /lf?a=b HTTP/1.1\nHost: h\nContent-Length: 3\n\nxyz",
            method: "POST", path: "/lf", query: "a=b", body: "xyz"),
        ParsedRequestCase(
            name: "bare LF inside a chunked body",
            raw: "POST /lf HTTP/1.1\nHost: h\nTransfer-Encoding: chunked\n\n2\nab\n0\n\n",
            method: "POST", path: "/lf", body: "ab"),
        ParsedRequestCase(
            name: "leading empty lines before the request line",
            raw: "\r\n\r\n\nDELETE /v1/Account/X/Application/1/ HTTP/1.1\r\nHost: h\r\n\r\n",
            method: "DELETE", path: "/v1/Account/X/Application/1/"),
        ParsedRequestCase(
            name: "identical repeated Content-Length accepted",
            raw: "POST /cl HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\ncontent-length: 4\r\n\r\nbody",
            method: "POST", path: "/cl", body: "body"),
        ParsedRequestCase(
            name: "identical Content-Length list accepted",
            raw: "POST /cl HTTP/1.1\r\nHost: h\r\nContent-Length: 4, 4\r\n\r\nbody",
            method: "POST", path: "/cl", body: "body"),
        ParsedRequestCase(
            name: "an empty query is kept apart from no query",
            raw: "GET /empty? HTTP/1.1\r\nHost: h\r\n\r\n",
            path: "/empty", query: ""),
    ]
}

extension ServerKit {
    @Suite("HTTP request parser on well-formed requests")
    struct HTTPRequestParserTests {
        @Test("parses the same request all at once, byte by byte and pipelined", arguments: ParsedRequestCase.table)
        func parsesEveryWay(_ row: ParsedRequestCase) throws {
            let request = try ParserFeeding.parseEveryWay(row.raw)
            #expect(request.method == row.method)
            #expect(request.path == row.path)
            #expect(request.query == row.query)
            #expect(request.version == row.version)
            #expect(String(decoding: request.body, as: UTF8.self) == row.body)
        }

        @Test("keeps the raw target and decodes query items in order")
        func decodesQueryItems() throws {
            var parser = HTTPRequestParser()
            let bytes = Array("GET /search?name=a+b&city=S%C3%A3o%20Paulo&name=c&flag HTTP/1.1\r\nHost: h\r\n\r\n".utf8)
            guard case .request(let request, let consumed) = try parser.parse(bytes) else {
                Issue.record("expected a request")
                return
            }
            #expect(consumed == bytes.count)
            #expect(request.target == "/search?name=a+b&city=S%C3%A3o%20Paulo&name=c&flag")
            #expect(request.queryItems.map(\.name) == ["name", "city", "name", "flag"])
            #expect(request.queryItems.map(\.value) == ["a b", "São Paulo", "c", ""])
        }

        @Test("does not count trailers as headers")
        func ignoresTrailers() throws {
            let raw = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "1\r\na\r\n0\r\nX-Trailer: 1\r\n\r\n"
            let request = try ParserFeeding.parseEveryWay(raw)
            #expect(!request.headers.contains("X-Trailer"))
            #expect(request.headers.count == 2)
        }

        @Test(
            "reports a partial request as needing more data",
            arguments: [
                "", "GET / HTTP/1.1\r\nHost: h\r\n", "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nab",
            ])
        func needsMoreData(partial: String) throws {
            var parser = HTTPRequestParser()
            if case .request = try parser.parse(Array(partial.utf8)) {
                Issue.record("a partial request was reported whole")
            }
        }
    }
}
