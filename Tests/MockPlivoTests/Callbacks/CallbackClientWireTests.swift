import Testing
@testable import MockPlivo
@testable import OutboundHTTP
@testable import PlivoSupport

extension CallbackTests {
    /// The http client against a raw socket server, for what a well-behaved server never sends: chunked bodies,
    /// bodies read up to the close, broken heads, early closes, and no answer at all.
    @Suite struct CallbackClientWireTests {
        static func send(_ reply: CallbackReceiver.Reply, client: CallbackClient = CallbackClient()) async throws
            -> Result<CallbackHTTPResponse, CallbackTransportError>
        {
            try await withCallbackReceiver(replies: [reply]) { receiver in
                await client.sendOffPool(.get(receiver.url("/answer")))
            }
        }

        @Test("Reads a chunked body")

        func readsAChunkedBody() async throws {
            let raw = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"
            let response = try await Self.send(.raw(raw)).get()
            #expect(response == CallbackHTTPResponse(status: 200, contentType: "text/plain", body: Array("hello world".utf8), bodyTruncated: false))
        }

        @Test("Truncates a chunked body at the bound")

        func truncatesAChunkedBodyAtTheBound() async throws {
            let raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + "10\r\n0123456789abcdef\r\n0\r\n\r\n"
            let client = CallbackClient(configuration: .init(maxResponseBytes: 10))
            let response = try await Self.send(.raw(raw), client: client).get()
            #expect(response.body == Array("0123456789".utf8))
            #expect(response.bodyTruncated)
        }

        @Test("Reads a body without length until the server closes")

        func readsABodyWithoutLengthUntilTheServerCloses() async throws {
            let response = try await Self.send(.raw("HTTP/1.0 200 OK\r\nContent-Type: text/xml\r\n\r\n<Response/>")).get()
            #expect(response == CallbackHTTPResponse(status: 200, contentType: "text/xml", body: Array("<Response/>".utf8), bodyTruncated: false))
        }

        @Test("Skips an interim response")

        func skipsAnInterimResponse() async throws {
            let raw = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"
            let response = try await Self.send(.raw(raw)).get()
            #expect(response.status == 201)
            #expect(response.body == Array("ok".utf8))
        }

        @Test("Reports a response it cannot read", arguments: [
            ("SSH-2.0-OpenSSH_9.2\r\n\r\n", "malformed response: status line 'SSH-2.0-OpenSSH_9.2'"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello", "malformed response: Content-Length '5,6'"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", "the server closed the connection 7 bytes before the end of the body"),
            ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed response: chunk size 'zz'"),
            ("HTTP/1.1 200 OK\r\nContent-", "the server closed the connection in the middle of the response head"),
        ])
        func reportsAResponseItCannotRead(raw: String, reason: String) async throws {
            let result = try await Self.send(.raw(raw))
            #expect(throws: CallbackTransportError.failed(reason)) { try result.get() }
        }

        @Test("Reports a server that closes without answering")

        func reportsAServerThatClosesWithoutAnswering() async throws {
            let result = try await Self.send(.close)
            #expect(throws: CallbackTransportError.failed("the server closed the connection without responding")) {
                try result.get()
            }
        }

        @Test("Times out against a server that never answers")

        func timesOutAgainstAServerThatNeverAnswers() async throws {
            let client = CallbackClient(configuration: .init(timeout: .milliseconds(300)))
            let started = ContinuousClock.now
            let result = try await Self.send(.hold, client: client)
            #expect(throws: CallbackTransportError.timedOut) { try result.get() }
            // The deadline covers the whole exchange: no per-read timeout restarts it. Bounded loosely (a shared
            // machine can stall a thread for seconds); the bound only catches a deadline that never fires.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }
}
