import Testing
@testable import HTTPServerKit

extension ServerKit {
    /// RFC 9110 §10.1.1: the server says `100 Continue` once the head is in and before the client sends the body,
    /// so the parser must report the head as soon as it is complete and stop reporting it when the body is read.
    @Suite("HTTP request parser and Expect: 100-continue")
    struct HTTPRequestParserContinueTests {
        static let head = "PUT /v1/Account/X/Recording/ HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n"

        @Test("awaits continue from a complete head until the Content-Length body is read")
        func awaitsContinueForFixedBody() throws {
            var parser = HTTPRequestParser()
            var buffer = Array((Self.head + "Content-Length: 4\r\n").utf8)
            guard case .needMoreData = try parser.parse(buffer) else { throw Unexpected.request }
            #expect(!parser.isAwaitingContinue, "the head is not complete yet")

            buffer += Array("\r\n".utf8)
            guard case .needMoreData = try parser.parse(buffer) else { throw Unexpected.request }
            #expect(parser.isAwaitingContinue)

            buffer += Array("ab".utf8)
            guard case .needMoreData = try parser.parse(buffer) else { throw Unexpected.request }
            #expect(parser.isAwaitingContinue, "half the body is still not the whole body")

            buffer += Array("cd".utf8)
            guard case .request(let request, let consumed) = try parser.parse(buffer) else { throw Unexpected.waiting }
            #expect(!parser.isAwaitingContinue)
            #expect(consumed == buffer.count)
            #expect(request.body == Array("abcd".utf8))
        }

        @Test("awaits continue for a chunked body until its last chunk")
        func awaitsContinueForChunkedBody() throws {
            var parser = HTTPRequestParser()
            var buffer = Array((Self.head + "Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n").utf8)
            guard case .needMoreData = try parser.parse(buffer) else { throw Unexpected.request }
            #expect(parser.isAwaitingContinue)

            buffer += Array("0\r\n\r\n".utf8)
            guard case .request = try parser.parse(buffer) else { throw Unexpected.waiting }
            #expect(!parser.isAwaitingContinue)
        }

        @Test(
            "does not await continue when there is no body to wait for or no 1.1 client to ask",
            arguments: [
                "PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n",
                "PUT / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n",
                "PUT / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n",
                "PUT / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n",
            ])
        func doesNotAwaitContinue(raw: String) throws {
            var parser = HTTPRequestParser()
            _ = try parser.parse(Array(raw.utf8))
            #expect(!parser.isAwaitingContinue)
        }

        @Test("matches the expectation case-insensitively, whole requests included")
        func matchesExpectationCaseInsensitively() throws {
            var parser = HTTPRequestParser()
            let raw = "POST / HTTP/1.1\r\nHost: h\r\nexpect:  100-Continue \r\nContent-Length: 1\r\n\r\n"
            _ = try parser.parse(Array(raw.utf8))
            #expect(parser.isAwaitingContinue)
            try ParserFeeding.parseEveryWay(raw + "x")
        }

        @Test("resets between pipelined requests")
        func resetsBetweenRequests() throws {
            var parser = HTTPRequestParser()
            let first = Self.head + "Content-Length: 1\r\n\r\nx"
            let bytes = Array((first + "GET / HTTP/1.1\r\nHost: h\r\n\r\n").utf8)
            guard case .request(_, let consumed) = try parser.parse(bytes) else { throw Unexpected.waiting }
            #expect(!parser.isAwaitingContinue)
            guard case .request(let second, _) = try parser.parse(Array(bytes[consumed...])) else {
                throw Unexpected.waiting
            }
            #expect(second.method == .get)
            #expect(!parser.isAwaitingContinue)
        }
    }
}

/// A parse result other than the one a test drives towards.
enum Unexpected: Error {
    case request
    case waiting
}
