import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import OutboundHTTP
@testable import PlivoSupport

extension CallbackTests {
    /// https callbacks go through libcurl, loaded at run time. No test here reaches a real TLS server (there is
    /// none on loopback); they prove the library is loaded and driven, and how its failures are reported.
    @Suite struct CallbackClientHTTPSTests {
        @Test("Loads libcurl where it is installed")
        func loadsLibcurlWhereItIsInstalled() throws {
            // libcurl4 is installed wherever the tests run: the test binary's FoundationNetworking needs it.
            _ = try Libcurl.shared.get()
        }

        /// The libcurl exchange on its own, driven over plain http so that a local server can see what it sends:
        /// everything but the TLS handshake is the code an https callback runs.
        static func sendThroughLibcurl(_ request: CallbackRequest, client: CallbackClient = CallbackClient()) async throws
            -> Result<CallbackHTTPResponse, CallbackTransportError>
        {
            let curl = try Libcurl.shared.get()
            let target = try CallbackTarget(request.url)
            let configuration = client.configuration
            return await SimulationThreads.shared.value {
                SecureExchange.perform(
                    request, to: target, with: curl, timeout: configuration.timeout,
                    maxResponseBytes: configuration.maxResponseBytes)
            }
        }

        @Test("Libcurl posts the signed form and reads the response")

        func libcurlPostsTheSignedFormAndReadsTheResponse() async throws {
            let xml = "<Response><Hangup/></Response>"
            try await withCallbackServer({
                $0.answer("POST /answer", with: HTTPResponse(status: .created, headers: ["Content-Type": "application/xml"], body: Array(xml.utf8)))
            }) { server in
                let credentials = CallbackSender.Credentials(
                    authToken: CallbackFixtures.authToken, mainAuthToken: CallbackFixtures.mainAuthToken)
                let request = CallbackSender(transport: CallbackClient()).makeRequest(
                    url: server.url("/answer?tenant=1"), method: "POST",
                    parameters: ["CallUUID": "c0ffee", "Text": String(repeating: "long ", count: 400)], credentials: credentials)

                let response = try await Self.sendThroughLibcurl(request).get()

                #expect(response == CallbackHTTPResponse(status: 201, contentType: "application/xml", body: Array(xml.utf8), bodyTruncated: false))
                let received = try #require(server.requests.first)
                #expect(received.target == "/answer?tenant=1")
                #expect(received.body == request.body)
                #expect(received.headers["Expect"] == nil)  // no 100-continue wait before a body over 1 KiB
                #expect(received.headers["User-Agent"] == "PlivoHTTP/1.0")
                #expect(received.headers["Content-Type"] == "application/x-www-form-urlencoded")
                CallbackFixtures.expectValidSignatures(CallbackReceiver.ReceivedRequest(received))
            }
        }

        @Test("Libcurl sends a get without a body and does not follow a redirect")

        func libcurlSendsAGetWithoutABodyAndDoesNotFollowARedirect() async throws {
            try await withCallbackServer({
                $0.answer("GET /answer", with: HTTPResponse(status: HTTPStatus(code: 301), headers: ["Location": "/elsewhere"]))
                $0.answer("GET /elsewhere", with: HTTPResponse(status: .ok))
            }) { server in
                let response = try await Self.sendThroughLibcurl(.get(server.url("/answer?x=1"))).get()
                #expect(response.status == 301)
                #expect(server.requests.map(\.target) == ["/answer?x=1"])
                #expect(server.requests.first?.body.isEmpty == true)
            }
        }

        @Test("Libcurl stops reading at the body bound")

        func libcurlStopsReadingAtTheBodyBound() async throws {
            let big = [UInt8](repeating: UInt8(ascii: "z"), count: 300_000)
            try await withCallbackServer({ $0.answer("GET /big", with: HTTPResponse(status: .ok, body: big)) }) { server in
                let client = CallbackClient(configuration: .init(maxResponseBytes: 1000))
                let response = try await Self.sendThroughLibcurl(.get(server.url("/big")), client: client).get()
                #expect(response.status == 200)
                #expect(response.body == Array(big.prefix(1000)))
                #expect(response.bodyTruncated)
                #expect(response.fullBodyLength == 300_000)
            }
        }

        @Test("An HTTPS callback to a closed port fails to connect")

        func anHTTPSCallbackToAClosedPortFailsToConnect() async throws {
            let port = try CallbackReceiver.closedPort()
            let result = await CallbackClient().sendOffPool(.get("https://127.0.0.1:\(port)/answer"))
            guard case .failure(.cannotConnect(let detail)) = result else {
                Issue.record("expected cannotConnect, got \(result)")
                return
            }
            #expect(detail.contains("\(port)"))
        }

        @Test("An HTTPS callback to a server that does not speak TLS fails the handshake")

        func anHTTPSCallbackToAServerThatDoesNotSpeakTLSFailsTheHandshake() async throws {
            try await withCallbackReceiver(replies: [.speakFirst("SSH-2.0-OpenSSH_9.2\r\n")]) { receiver in
                let url = "https://127.0.0.1:\(receiver.port)/answer"
                let result = await CallbackClient().sendOffPool(.get(url))
                guard case .failure(.cannotConnect) = result else {
                    Issue.record("expected cannotConnect, got \(result)")
                    return
                }
            }
        }

        @Test("An HTTPS callback to a server that never answers times out")

        func anHTTPSCallbackToAServerThatNeverAnswersTimesOut() async throws {
            try await withCallbackReceiver(replies: [.hold]) { receiver in
                let client = CallbackClient(configuration: .init(timeout: .milliseconds(300)))
                let result = await client.sendOffPool(.get("https://127.0.0.1:\(receiver.port)/answer"))
                #expect(throws: CallbackTransportError.timedOut) { try result.get() }
            }
        }

        @Test("A missing libcurl fails HTTPS callbacks with its name and leaves HTTP working")

        func aMissingLibcurlFailsHTTPSCallbacksWithItsNameAndLeavesHTTPWorking() async throws {
            let client = CallbackClient(libcurl: { Libcurl.load("libcurl-not-installed.so.4") })
            let result = await client.sendOffPool(.get("https://127.0.0.1:1/answer"))
            guard case .failure(.httpsUnavailable(let detail)) = result else {
                Issue.record("expected httpsUnavailable, got \(result)")
                return
            }
            #expect(detail.hasPrefix("libcurl-not-installed.so.4 could not be loaded"))
            #expect(detail.hasSuffix("install libcurl4"))
            #expect(CallbackTransportError.httpsUnavailable(detail).message.hasPrefix("https callbacks need libcurl: "))

            try await withCallbackServer({ $0.answer("GET /answer", with: HTTPResponse(status: .ok)) }) { server in
                let response = try await client.sendOffPool(.get(server.url("/answer"))).get()
                #expect(response.status == 200)
            }
        }
    }
}
