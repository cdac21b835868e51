import Testing
@testable import OutboundHTTP

extension OutboundHTTPTests {
    /// The non-blocking client against scripted raw servers: framings HTTPServerKit never sends, and servers that
    /// close kept-alive connections under it.
    @Suite struct OutboundHTTPWireTests {
        static let first = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nfirst"
        static let second = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond"

        @Test("A chunked body with trailers is read whole and its connection reused")
        func aChunkedBodyWithTrailersIsReadWholeAndItsConnectionReused() async throws {
            let chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "b\r\n<Response/>\r\n0\r\nX-Checksum: 1\r\n\r\n"
            try await withScriptedServer({ _, request in .reply(request == 0 ? chunked : Self.second) }) { server in
                try await withOutboundClient { client in
                    let response = try await client.get(server.url("/answer")).get()
                    #expect(response == CallbackHTTPResponse(status: 200, contentType: "application/xml", body: Array("<Response/>".utf8), bodyTruncated: false))
                    #expect(try await client.get(server.url("/hangup")).get().body == Array("second".utf8))
                    #expect(server.connectionCount == 1)
                }
            }
        }

        @Test("A body delimited by the close is read to the close and the next request connects again")
        func aBodyDelimitedByTheCloseIsReadToTheCloseAndTheNextRequestConnectsAgain() async throws {
            let untilClose = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<Response>until the close</Response>"
            try await withScriptedServer({ connection, _ in
                connection == 0 ? .replyAndClose(untilClose) : .reply(Self.second)
            }) { server in
                try await withOutboundClient { client in
                    let response = try await client.get(server.url("/answer")).get()
                    #expect(response.body == Array("<Response>until the close</Response>".utf8))
                    #expect(response.contentType == "text/xml")
                    #expect(try await client.get(server.url("/hangup")).get().body == Array("second".utf8))
                    #expect(server.connectionCount == 2)
                    #expect(client.connectionsOpened == 2)
                }
            }
        }

        @Test("A response that asks to close is not reused")
        func aResponseThatAsksToCloseIsNotReused() async throws {
            let closing = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nfirst"
            try await withScriptedServer({ connection, _ in connection == 0 ? .reply(closing) : .reply(Self.second) }) { server in
                try await withOutboundClient { client in
                    let first = try await client.get(server.url("/a")).get()
                    let second = try await client.get(server.url("/b")).get()
                    #expect(first.body == Array("first".utf8))
                    #expect(second.body == Array("second".utf8))
                    #expect(server.connectionCount == 2)
                }
            }
        }

        @Test("A kept-alive connection the server closed is retried once on a fresh one")
        func aKeptAliveConnectionTheServerClosedIsRetriedOnceOnAFreshOne() async throws {
            // The first connection answers once, then closes as the second request arrives: what a server whose
            // keep-alive timeout ends just then does.
            try await withScriptedServer({ connection, request in
                switch (connection, request) {
                case (0, 0): .reply(Self.first)
                case (0, _): .close
                default: .reply(Self.second)
                }
            }) { server in
                try await withOutboundClient { client in
                    let first = try await client.get(server.url("/answer")).get()
                    let second = try await client.get(server.url("/hangup")).get()
                    #expect(first.body == Array("first".utf8))
                    #expect(second.body == Array("second".utf8))
                    #expect(server.connectionCount == 2)
                    #expect(server.requestCount == 3)
                }
            }
        }

        @Test("A request is retried only once")
        func aRequestIsRetriedOnlyOnce() async throws {
            try await withScriptedServer({ connection, request in
                connection == 0 && request == 0 ? .reply(Self.first) : .close
            }) { server in
                try await withOutboundClient { client in
                    _ = try await client.get(server.url("/answer")).get()
                    let result = await client.get(server.url("/hangup"))
                    #expect(throws: CallbackTransportError.failed("the server closed the connection without responding")) {
                        try result.get()
                    }
                    #expect(server.connectionCount == 2)
                }
            }
        }

        @Test("A fresh connection closed without an answer is not retried")
        func aFreshConnectionClosedWithoutAnAnswerIsNotRetried() async throws {
            try await withScriptedServer({ _, _ in .close }) { server in
                try await withOutboundClient { client in
                    let result = await client.get(server.url("/answer"))
                    #expect(throws: CallbackTransportError.failed("the server closed the connection without responding")) {
                        try result.get()
                    }
                    #expect(server.connectionCount == 1)
                }
            }
        }

        @Test("A malformed response fails with what is wrong")
        func aMalformedResponseFailsWithWhatIsWrong() async throws {
            try await withScriptedServer({ _, _ in .replyAndClose("SSH-2.0-OpenSSH_9.2\r\n\r\n") }) { server in
                try await withOutboundClient { client in
                    let result = await client.get(server.url("/answer"))
                    #expect(throws: CallbackTransportError.failed("malformed response: status line 'SSH-2.0-OpenSSH_9.2'")) {
                        try result.get()
                    }
                }
            }
        }
    }
}
