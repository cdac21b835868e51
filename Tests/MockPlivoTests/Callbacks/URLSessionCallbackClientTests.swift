import Testing

@testable import MockPlivo

extension CallbackTests {
    /// The transport on its own: bounds, redirects, failures.
    @Suite struct URLSessionCallbackClientTests {
        static func send(_ request: CallbackRequest, with client: URLSessionCallbackClient) async
            -> Result<CallbackHTTPResponse, CallbackTransportError>
        {
            await withCheckedContinuation { continuation in
                client.send(request) { continuation.resume(returning: $0) }
            }
        }

        static func get(_ url: String) -> CallbackRequest {
            CallbackRequest(url: url, method: "GET", headers: [], body: [])
        }

        @Test func stopsReadingAtTheBodyBound() async throws {
            let big = String(repeating: "x", count: 200_000)
            try await withCallbackReceiver(replies: [.respond(status: 200, contentType: "text/plain", body: big)]) {
                receiver in
                let client = URLSessionCallbackClient(configuration: .init(timeout: 5, maxResponseBytes: 1000))
                let response = try await Self.send(Self.get(receiver.url("/big")), with: client).get()
                #expect(response.status == 200)
                #expect(response.body.count == 1000)
                #expect(response.bodyTruncated)
            }
        }

        @Test func reportsARedirectInsteadOfFollowingIt() async throws {
            let redirect = CallbackReceiver.Reply.respond(
                status: 302, contentType: "text/plain", body: "", headers: ["Location": "/elsewhere"])
            try await withCallbackReceiver(replies: [redirect]) { receiver in
                let client = URLSessionCallbackClient()
                let response = try await Self.send(Self.get(receiver.url("/answer")), with: client).get()
                #expect(response.status == 302)
                #expect(receiver.requests.map(\.path) == ["/answer"])
            }
        }

        @Test func refusesURLsThatAreNotHTTP() async {
            let client = URLSessionCallbackClient()
            for url in ["ftp://example.com/answer", "not a url", "/relative"] {
                let result = await Self.send(Self.get(url), with: client)
                #expect(throws: CallbackTransportError.invalidURL(url)) { try result.get() }
            }
        }

        @Test func reportsARefusedConnection() async throws {
            let port = try CallbackReceiver.closedPort()
            let result = await Self.send(Self.get("http://127.0.0.1:\(port)/"), with: URLSessionCallbackClient())
            guard case .failure(.cannotConnect) = result else {
                Issue.record("expected cannotConnect, got \(result)")
                return
            }
        }
    }
}
