import Testing
@testable import MockPlivo
@testable import OutboundHTTP
@testable import PlivoSupport

extension CallbackTests {
    /// The response parser on raw responses, each fed whole and byte by byte, with no socket.
    @Suite struct CallbackResponseParserTests {
        /// Feeds `raw` in pieces of `step` bytes, then signals the close if the parser still wants more.
        static func parse(_ raw: String, maxBodyBytes: Int = 1000, step: Int) throws(CallbackResponseParser.Failure)
            -> CallbackHTTPResponse
        {
            var parser = CallbackResponseParser(maxBodyBytes: maxBodyBytes)
            let bytes = Array(raw.utf8)
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + step, bytes.count)
                if case .complete(let response) = try parser.parse(bytes[offset..<end]) { return response }
                offset = end
            }
            return try parser.finish()
        }

        static func response(
            _ status: Int, _ contentType: String?, _ body: String, truncated: Bool = false, declaredLength: Int? = nil
        ) -> CallbackHTTPResponse {
            CallbackHTTPResponse(
                status: status, contentType: contentType, body: Array(body.utf8), bodyTruncated: truncated,
                declaredBodyLength: declaredLength)
        }

        static let readable: [(raw: String, expected: CallbackHTTPResponse)] = [
            ("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 11\r\n\r\n<Response/>",
             response(200, "application/xml", "<Response/>")),
            ("HTTP/1.1 200 OK\nContent-Length: 2\n\nok", response(200, nil, "ok")),
            ("HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n", response(404, nil, "")),
            ("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok", response(200, nil, "ok")),
            ("HTTP/1.1 200 OK\r\ncontent-type:   text/plain  \r\nContent-Length: 2\r\n\r\nok", response(200, "text/plain", "ok")),
            ("HTTP/1.1 200 OK\r\nX-Long: a\r\n  b\r\nContent-Length: 1\r\n\r\n!", response(200, nil, "!")),
            ("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
             response(200, nil, "ok")),
            ("HTTP/1.1 204 No Content\r\nContent-Type: text/plain\r\n\r\n", response(204, "text/plain", "")),
            ("HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n", response(304, nil, "")),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=\"x\"\r\npedia\r\n0\r\nTrailer: y\r\n\r\n",
             response(200, nil, "Wikipedia")),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\nContent-Length: 1\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n",
             response(200, nil, "0123456789")),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n", response(200, nil, "abc")),
            ("HTTP/1.0 200 OK\r\n\r\nuntil the close", response(200, nil, "until the close")),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\nuntil the close", response(200, nil, "until the close")),
            ("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n", response(302, nil, "")),
        ]

        @Test("Reads a response fed whole", arguments: readable)
        func readsAResponseFedWhole(raw: String, expected: CallbackHTTPResponse) throws {
            #expect(try Self.parse(raw, step: raw.utf8.count) == expected)
        }

        @Test("Reads a response fed byte by byte", arguments: readable)
        func readsAResponseFedByteByByte(raw: String, expected: CallbackHTTPResponse) throws {
            #expect(try Self.parse(raw, step: 1) == expected)
        }

        static let truncated: [(raw: String, expected: CallbackHTTPResponse)] = [
            ("HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n12345678", response(200, nil, "12345", truncated: true, declaredLength: 8)),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n123\r\n3\r\n456\r\n0\r\n\r\n",
             response(200, nil, "12345", truncated: true)),
            ("HTTP/1.1 200 OK\r\n\r\n123456", response(200, nil, "12345", truncated: true)),
            ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n12345", response(200, nil, "12345")),
            ("HTTP/1.1 200 OK\r\n\r\n12345", response(200, nil, "12345")),
        ]

        @Test("Keeps at most the bound", arguments: truncated, [1, 1 << 20])
        func keepsAtMostTheBound(_ example: (raw: String, expected: CallbackHTTPResponse), step: Int) throws {
            #expect(try Self.parse(example.raw, maxBodyBytes: 5, step: step) == example.expected)
        }

        @Test("Completes at the first byte over the bound without waiting for the rest")

        func completesAtTheFirstByteOverTheBoundWithoutWaitingForTheRest() throws {
            var parser = CallbackResponseParser(maxBodyBytes: 3)
            let progress = try parser.parse(Array("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\nabcd".utf8))
            #expect(progress == .complete(Self.response(200, nil, "abc", truncated: true, declaredLength: 1_000_000)))
        }

        static let unreadable: [(raw: String, reason: String)] = [
            ("", "the server closed the connection without responding"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 3", "the server closed the connection in the middle of the response head"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab", "the server closed the connection 1 bytes before the end of the body"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
             "the server closed the connection before the last chunk of the body"),
            ("ICY 200 OK\r\n\r\n", "malformed response: status line 'ICY 200 OK'"),
            ("HTTP/2 200\r\n\r\n", "malformed response: status line 'HTTP/2 200'"),
            ("HTTP/1.1 2000 OK\r\n\r\n", "malformed response: status line 'HTTP/1.1 2000 OK'"),
            ("HTTP/1.1 099 Odd\r\n\r\n", "malformed response: status line 'HTTP/1.1 099 Odd'"),
            ("HTTP/1.1 200 OK\r\nBad Header: x\r\n\r\n", "malformed response: header line 'Bad Header: x'"),
            ("HTTP/1.1 200 OK\r\nNoColon\r\n\r\n", "malformed response: header line 'NoColon'"),
            ("HTTP/1.1 200 OK\r\n folded\r\n\r\n", "malformed response: a folded first header line"),
            ("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "malformed response: Content-Length '-1'"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", "malformed response: Content-Length '1,2'"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", "malformed response: chunk size '-1'"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "malformed response: chunk data longer than its size"),
        ]

        @Test("Reports what is wrong", arguments: unreadable, [1, 1 << 20])
        func reportsWhatIsWrong(_ example: (raw: String, reason: String), step: Int) {
            #expect(throws: CallbackResponseParser.Failure(reason: example.reason)) {
                try Self.parse(example.raw, step: step)
            }
        }

        static let reuse: [(raw: String, reusable: Bool)] = [
            ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", true),
            ("HTTP/1.1 204 No Content\r\n\r\n", true),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nX-Trailer: t\r\n\r\n", true),
            ("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok", true),
            ("HTTP/1.1 200 OK\r\nConnection: Keep-Alive, close\r\nContent-Length: 2\r\n\r\nok", false),
            ("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", false),
            ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA", false),
            ("HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n0123456789", false),
        ]

        @Test("Says whether the connection can carry another request", arguments: reuse)
        func saysWhetherTheConnectionCanCarryAnotherRequest(raw: String, reusable: Bool) throws {
            var parser = CallbackResponseParser(maxBodyBytes: 5)
            let progress = try parser.parse(Array(raw.utf8))
            guard case .complete = progress else {
                Issue.record("incomplete: \(raw)")
                return
            }
            #expect(parser.connectionReusable == reusable)
        }

        @Test("A body read to the close never leaves its connection reusable")
        func aBodyReadToTheCloseNeverLeavesItsConnectionReusable() throws {
            var parser = CallbackResponseParser(maxBodyBytes: 100)
            _ = try parser.parse(Array("HTTP/1.1 200 OK\r\n\r\nuntil the close".utf8))
            #expect(try parser.finish().body == Array("until the close".utf8))
            #expect(!parser.connectionReusable)
        }

        @Test("Refuses an endless head")

        func refusesAnEndlessHead() {
            var parser = CallbackResponseParser(maxBodyBytes: 10)
            let line = Array("X-Filler: \(String(repeating: "a", count: 1000))\r\n".utf8)
            #expect(throws: CallbackResponseParser.Failure(reason: "malformed response: the head is larger than 64 KiB")) {
                _ = try parser.parse(Array("HTTP/1.1 200 OK\r\n".utf8))
                for _ in 0..<100 { _ = try parser.parse(line) }
            }
        }

        @Test("Refuses an endless chunk size line")

        func refusesAnEndlessChunkSizeLine() {
            var parser = CallbackResponseParser(maxBodyBytes: 10)
            #expect(throws: CallbackResponseParser.Failure(reason: "malformed response: a chunk-size line longer than 1024 bytes")) {
                _ = try parser.parse(Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1".utf8))
                _ = try parser.parse([UInt8](repeating: UInt8(ascii: "0"), count: 2000))
            }
        }
    }
}
