import Testing
@testable import HTTPServerKit

extension ServerKit {
    @Suite("Parsed request headers and connection reuse")
    struct HTTPRequestHeadersTests {
        @Test("keeps header fields in order with duplicates and original spelling")
        func keepsOrderAndDuplicates() throws {
            let raw = "GET / HTTP/1.1\r\nHost: h\r\nX-Tag: one\r\naccept: */*\r\nX-TAG: two\r\nCookie: a=1\r\n\r\n"
            let request = try ParserFeeding.parseEveryWay(raw)
            #expect(request.headers.map(\.name) == ["Host", "X-Tag", "accept", "X-TAG", "Cookie"])
            #expect(request.headers.values(for: "x-tag") == ["one", "two"])
            #expect(request.headers["X-Tag"] == "one", "the subscript reads the first")
        }

        @Test("looks header names up case-insensitively", arguments: ["content-type", "CONTENT-TYPE", "Content-Type"])
        func looksUpCaseInsensitively(name: String) throws {
            let raw = "POST / HTTP/1.1\r\nHost: h\r\ncOnTeNt-TyPe: application/json\r\nContent-Length: 2\r\n\r\n{}"
            let request = try ParserFeeding.parseEveryWay(raw)
            #expect(request.headers[name] == "application/json")
            #expect(request.headers.contains(name))
        }

        @Test("trims optional whitespace around values but keeps inner spaces and empty values")
        func trimsOptionalWhitespace() throws {
            let raw = "GET / HTTP/1.1\r\nHost:h\r\nX-A: \t a  b \t\r\nX-Empty:\r\n\r\n"
            let request = try ParserFeeding.parseEveryWay(raw)
            #expect(request.headers["Host"] == "h")
            #expect(request.headers["X-A"] == "a  b")
            #expect(request.headers["X-Empty"] == "")
        }

        @Test("does not treat non-ASCII letters as case variants")
        func comparesOnlyASCIICase() {
            let headers: HTTPHeaders = ["X-\u{C5}": "1", "X-[": "2"]
            #expect(headers["x-\u{E5}"] == nil)
            #expect(headers["X-{"] == nil)
            #expect(headers["x-["] == "2")
        }

        @Test("replaces every field of a name when one is set")
        func setReplacesAll() {
            var headers = HTTPHeaders([("Set-Cookie", "a"), ("Other", "x"), ("set-cookie", "b")])
            headers["SET-COOKIE"] = "c"
            #expect(headers.map(\.name) == ["Other", "SET-COOKIE"])
            headers["Other"] = nil
            #expect(headers.count == 1)
        }

        struct KeepAliveCase: Sendable, CustomTestStringConvertible {
            var testDescription: String
            var raw: String
            var keepAlive: Bool
        }

        static let keepAliveTable = [
            KeepAliveCase(
                testDescription: "HTTP/1.1 by default", raw: "GET / HTTP/1.1\r\nHost: h\r\n\r\n", keepAlive: true),
            KeepAliveCase(
                testDescription: "HTTP/1.1 with Connection: close",
                raw: "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", keepAlive: false),
            KeepAliveCase(
                testDescription: "HTTP/1.1 with close in a token list, any case",
                raw: "GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade, CLOSE\r\n\r\n", keepAlive: false),
            KeepAliveCase(testDescription: "HTTP/1.0 by default", raw: "GET / HTTP/1.0\r\n\r\n", keepAlive: false),
            KeepAliveCase(
                testDescription: "HTTP/1.0 with Connection: keep-alive",
                raw: "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", keepAlive: true),
            KeepAliveCase(
                testDescription: "HTTP/1.0 with keep-alive and close",
                raw: "GET / HTTP/1.0\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n", keepAlive: false),
            KeepAliveCase(
                testDescription: "a token that only contains close",
                raw: "GET / HTTP/1.1\r\nHost: h\r\nConnection: closed\r\n\r\n", keepAlive: true),
        ]

        @Test("decides whether the connection stays open", arguments: keepAliveTable)
        func keepAlive(_ row: KeepAliveCase) throws {
            #expect(try ParserFeeding.parseEveryWay(row.raw).keepAlive == row.keepAlive)
        }
    }
}
