import Testing
@testable import OutboundHTTP

extension OutboundHTTPTests {
    /// https through the non-blocking client: libcurl on the secure threads, completions through the same API.
    /// No TLS server runs on loopback here; these show the dispatch, the deadline and the failures.
    @Suite struct OutboundHTTPSecureTests {
        @Test("An https request to a closed port fails to connect")
        func anHTTPSRequestToAClosedPortFailsToConnect() async throws {
            let port = try CallbackReceiver.closedPort()
            try await withOutboundClient { client in
                let result = await client.get("https://127.0.0.1:\(port)/answer")
                guard case .failure(.cannotConnect(let detail)) = result else {
                    Issue.record("expected cannotConnect, got \(result)")
                    return
                }
                #expect(detail.contains("\(port)"))
            }
        }

        @Test("An https request to a server that never answers times out near its deadline")
        func anHTTPSRequestToAServerThatNeverAnswersTimesOutNearItsDeadline() async throws {
            let hole = try BlackHole()
            try await withOutboundClient { client in
                let (result, elapsed) = await client.timedGet("https://127.0.0.1:\(hole.port)/answer", timeout: .milliseconds(200))
                #expect(throws: CallbackTransportError.timedOut) { try result.get() }
                #expect(elapsed >= .milliseconds(195))
                #expect(elapsed < .seconds(1))
            }
        }

        @Test("A missing libcurl fails https requests with its name")
        func aMissingLibcurlFailsHTTPSRequestsWithItsName() async throws {
            try await withOutboundClient({ $0.libcurl = { Libcurl.load("libcurl-not-installed.so.4") } }) { client in
                let result = await client.get("https://127.0.0.1:1/answer")
                guard case .failure(.httpsUnavailable(let detail)) = result else {
                    Issue.record("expected httpsUnavailable, got \(result)")
                    return
                }
                #expect(detail.hasPrefix("libcurl-not-installed.so.4 could not be loaded"))
            }
        }

        @Test("One pool's hung https servers hold at most its share of the secure threads")
        func onePoolsHungHTTPSServersHoldAtMostItsShareOfTheSecureThreads() async throws {
            let hole = try BlackHole()
            let port = try CallbackReceiver.closedPort()
            try await withOutboundClient({
                $0.secureThreadCount = 2
                $0.maxSecureExchangesPerPool = 1
            }) { client in
                let stuck = Outcomes()
                for index in 0..<4 {
                    client.send(
                        .get("https://127.0.0.1:\(hole.port)/answer"), pool: "MASLOW", timeout: .seconds(30),
                        completion: stuck.record(index))
                }
                // The second thread stays free for another account, whose answer (a refusal) comes at once.
                let (result, elapsed) = await client.timedGet("https://127.0.0.1:\(port)/answer", pool: "MAFAST")
                guard case .failure(.cannotConnect) = result else {
                    Issue.record("expected cannotConnect, got \(result)")
                    return
                }
                #expect(elapsed < .seconds(5))
                #expect(stuck.count == 0)
            }
        }
    }
}
