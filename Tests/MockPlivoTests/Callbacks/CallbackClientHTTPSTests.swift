import HTTPServerKit
import Testing

@testable import MockPlivo

extension CallbackTests {
    /// https callbacks go through libcurl, loaded at run time. No test here reaches a real TLS server (there is
    /// none on loopback); they prove the library is loaded and driven, and how its failures are reported.
    @Suite struct CallbackClientHTTPSTests {
        @Test func loadsLibcurlWhereItIsInstalled() throws {
            // libcurl4 is installed wherever the tests run: the test binary's FoundationNetworking needs it.
            _ = try Libcurl.shared.get()
        }

        @Test func anHTTPSCallbackToAClosedPortFailsToConnect() async throws {
            let port = try CallbackReceiver.closedPort()
            let result = await CallbackClient().sendOffPool(.get("https://127.0.0.1:\(port)/answer"))
            guard case .failure(.cannotConnect(let detail)) = result else {
                Issue.record("expected cannotConnect, got \(result)")
                return
            }
            #expect(detail.contains("\(port)"))
        }

        @Test func anHTTPSCallbackToAServerThatDoesNotSpeakTLSFailsTheHandshake() async throws {
            try await withCallbackReceiver(replies: [.speakFirst("SSH-2.0-OpenSSH_9.2\r\n")]) { receiver in
                let url = "https://127.0.0.1:\(receiver.port)/answer"
                let result = await CallbackClient().sendOffPool(.get(url))
                guard case .failure(.cannotConnect) = result else {
                    Issue.record("expected cannotConnect, got \(result)")
                    return
                }
            }
        }

        @Test func anHTTPSCallbackToAServerThatNeverAnswersTimesOut() async throws {
            try await withCallbackReceiver(replies: [.hold]) { receiver in
                let client = CallbackClient(configuration: .init(timeout: .milliseconds(300)))
                let result = await client.sendOffPool(.get("https://127.0.0.1:\(receiver.port)/answer"))
                #expect(throws: CallbackTransportError.timedOut) { try result.get() }
            }
        }

        @Test func aMissingLibcurlFailsHTTPSCallbacksWithItsNameAndLeavesHTTPWorking() async throws {
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
