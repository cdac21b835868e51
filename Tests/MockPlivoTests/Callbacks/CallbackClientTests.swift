import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import OutboundHTTP

extension CallbackTests {
    /// The http client on its own, against live servers on port 0: what goes on the wire, and what comes back.
    @Suite struct CallbackClientTests {
        static let credentials = CallbackSender.Credentials(
            authToken: CallbackFixtures.authToken, mainAuthToken: CallbackFixtures.mainAuthToken)

        @Test("Posts a signed form with content length on a keep-alive connection")

        func postsASignedFormWithContentLengthOnAKeepAliveConnection() async throws {
            let xml = "<Response><Speak>Hi</Speak></Response>"
            try await withCallbackServer({
                $0.answer("POST /answer", with: HTTPResponse(status: .ok, headers: ["Content-Type": "application/xml"], body: Array(xml.utf8)))
            }) { server in
                let request = CallbackSender(transport: CallbackClient()).makeRequest(
                    url: server.url("/answer?tenant=a%20b"), method: "POST",
                    parameters: ["CallUUID": "c0ffee", "From": "+14155550100", "Note": "a&b=c"], credentials: Self.credentials)

                let response = try await CallbackClient().sendOffPool(request).get()

                #expect(response == CallbackHTTPResponse(status: 200, contentType: "application/xml", body: Array(xml.utf8), bodyTruncated: false))
                let received = try #require(server.requests.first)
                #expect(received.method == .post)
                #expect(received.target == "/answer?tenant=a%20b")
                #expect(received.headers["Host"] == "127.0.0.1:\(server.port)")
                #expect(received.headers["Content-Length"] == "\(request.body.count)")
                #expect(received.headers["Connection"] == "keep-alive")
                #expect(received.headers["Content-Type"] == "application/x-www-form-urlencoded")
                #expect(received.headers["User-Agent"] == "PlivoHTTP/1.0")
                #expect(received.body == request.body)
                #expect(received.headers.filter { $0.name.hasPrefix("X-Plivo-Signature") }.count == 6)
                CallbackFixtures.expectValidSignatures(CallbackReceiver.ReceivedRequest(received))
            }
        }

        @Test("Get carries the parameters in the URL and no body")

        func getCarriesTheParametersInTheURLAndNoBody() async throws {
            try await withCallbackServer({ $0.answer("GET /hangup", with: HTTPResponse(status: .noContent)) }) { server in
                let request = CallbackSender(transport: CallbackClient()).makeRequest(
                    url: server.url("/hangup#fragment"), method: "GET", parameters: ["CallStatus": "completed"],
                    credentials: Self.credentials)

                let response = try await CallbackClient().sendOffPool(request).get()

                #expect(response.status == 204)
                #expect(response.body.isEmpty)
                let received = try #require(server.requests.first)
                #expect(received.method == .get)
                #expect(received.target == "/hangup?CallStatus=completed")
                #expect(received.headers["Content-Length"] == nil)
                #expect(received.body.isEmpty)
                CallbackFixtures.expectValidSignatures(CallbackReceiver.ReceivedRequest(received))
            }
        }

        @Test("Reports a server error with its body")

        func reportsAServerErrorWithItsBody() async throws {
            try await withCallbackServer({
                $0.answer("POST /answer", with: HTTPResponse(status: .internalServerError, headers: ["Content-Type": "text/plain"], body: Array("boom".utf8)))
            }) { server in
                let request = CallbackRequest(url: server.url("/answer"), method: "POST", headers: [], body: Array("a=1".utf8))
                let response = try await CallbackClient().sendOffPool(request).get()
                #expect(response == CallbackHTTPResponse(status: 500, contentType: "text/plain", body: Array("boom".utf8), bodyTruncated: false))
            }
        }

        @Test("Sends the user info of the URL as basic credentials")

        func sendsTheUserInfoOfTheURLAsBasicCredentials() async throws {
            try await withCallbackServer({ $0.answer("GET /answer", with: HTTPResponse(status: .ok)) }) { server in
                let url = "http://us%3Aer:p%40ss@127.0.0.1:\(server.port)/answer"
                _ = try await CallbackClient().sendOffPool(.get(url)).get()
                // base64("us:er:p@ss")
                #expect(server.requests.first?.headers["Authorization"] == "Basic dXM6ZXI6cEBzcw==")
                #expect(server.requests.first?.headers["Host"] == "127.0.0.1:\(server.port)")
            }
        }

        @Test("Resolves host names")

        func resolvesHostNames() async throws {
            try await withCallbackServer({ $0.answer("GET /answer", with: HTTPResponse(status: .ok)) }) { server in
                // localhost may resolve to ::1 first, where nothing listens: the next address is tried.
                let response = try await CallbackClient().sendOffPool(.get("http://localhost:\(server.port)/answer")).get()
                #expect(response.status == 200)
                #expect(server.requests.first?.headers["Host"] == "localhost:\(server.port)")
            }
        }

        @Test("Stops reading at the body bound")

        func stopsReadingAtTheBodyBound() async throws {
            let big = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
            try await withCallbackServer({ $0.answer("GET /big", with: HTTPResponse(status: .ok, body: big)) }) { server in
                let client = CallbackClient(configuration: .init(maxResponseBytes: 1000))
                let response = try await client.sendOffPool(.get(server.url("/big"))).get()
                #expect(response.status == 200)
                #expect(response.body == Array(big.prefix(1000)))
                #expect(response.bodyTruncated)
            }
        }

        @Test("A body of exactly the bound is not truncated")

        func aBodyOfExactlyTheBoundIsNotTruncated() async throws {
            let body = [UInt8](repeating: UInt8(ascii: "y"), count: 1000)
            try await withCallbackServer({ $0.answer("GET /exact", with: HTTPResponse(status: .ok, body: body)) }) { server in
                let client = CallbackClient(configuration: .init(maxResponseBytes: 1000))
                let response = try await client.sendOffPool(.get(server.url("/exact"))).get()
                #expect(response.body == body)
                #expect(!response.bodyTruncated)
            }
        }

        @Test("Reports a redirect instead of following it")

        func reportsARedirectInsteadOfFollowingIt() async throws {
            try await withCallbackServer({
                $0.answer("GET /answer", with: HTTPResponse(status: HTTPStatus(code: 302), headers: ["Location": "/elsewhere"]))
                $0.answer("GET /elsewhere", with: HTTPResponse(status: .ok))
            }) { server in
                let response = try await CallbackClient().sendOffPool(.get(server.url("/answer"))).get()
                #expect(response.status == 302)
                #expect(server.requests.map(\.path) == ["/answer"])
            }
        }

        @Test("Refuses URLs that are not HTTP")

        func refusesURLsThatAreNotHTTP() async {
            for url in ["ftp://example.com/answer", "not a url", "/relative", "http:///path", "http://host:99999/",
                        "http://host/a\r\nX-Injected: 1"] {
                let result = await CallbackClient().sendOffPool(.get(url))
                #expect(throws: CallbackTransportError.invalidURL(url)) { try result.get() }
            }
        }

        @Test("Reports a refused connection")

        func reportsARefusedConnection() async throws {
            let port = try CallbackReceiver.closedPort()
            let result = await CallbackClient().sendOffPool(.get("http://127.0.0.1:\(port)/"))
            #expect(throws: CallbackTransportError.cannotConnect("127.0.0.1:\(port): Connection refused")) { try result.get() }
        }
    }
}
