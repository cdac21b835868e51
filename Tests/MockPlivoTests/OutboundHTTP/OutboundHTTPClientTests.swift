import Testing
@testable import OutboundHTTP
@testable import Primitives

extension OutboundHTTPTests {
    /// The non-blocking client against live HTTPServerKit servers on port 0: many requests at once, keep-alive
    /// reuse, the body bound, and the failures a user sees in a simulation record.
    @Suite struct OutboundHTTPClientTests {
        @Test("A thousand concurrent requests all complete over a few kept-alive connections")
        func aThousandConcurrentRequestsAllCompleteOverAFewKeptAliveConnections() async throws {
            try await withCountingServer { server in
                try await withOutboundClient({ $0.maxQueuedPerHost = 2_000 }) { client in
                    let statuses = await withTaskGroup(of: Int?.self, returning: [Int?].self) { group in
                        for _ in 0..<1_000 {
                            group.addTask { try? await client.get(server.url("/ok"), timeout: .seconds(30)).get().status }
                        }
                        return await group.reduce(into: []) { $0.append($1) }
                    }
                    #expect(statuses.count == 1_000)
                    #expect(statuses.allSatisfy { $0 == 200 })
                    #expect(server.requestCount == 1_000)
                    // At most the per-host bound of connections carried them all.
                    #expect(server.connectionCount <= 16)
                    #expect(client.connectionsOpened <= 16)
                }
            }
        }

        @Test("Requests one after another reuse one connection")
        func requestsOneAfterAnotherReuseOneConnection() async throws {
            try await withCountingServer { server in
                try await withOutboundClient { client in
                    for _ in 0..<20 {
                        let response = try await client.get(server.url("/ok")).get()
                        #expect(response == CallbackHTTPResponse(status: 200, contentType: "text/plain", body: Array("ok".utf8), bodyTruncated: false))
                    }
                    #expect(server.requestCount == 20)
                    #expect(server.connectionCount == 1)
                    #expect(client.openConnections == 1)
                }
            }
        }

        @Test("Pools never share a connection, even to the same server")
        func poolsNeverShareAConnectionEvenToTheSameServer() async throws {
            try await withCountingServer { server in
                try await withOutboundClient { client in
                    for pool in ["MAACCOUNT0000000001", "MAACCOUNT0000000002", "MAACCOUNT0000000001", "MAACCOUNT0000000002"] {
                        let response = try await client.get(server.url("/ok"), pool: pool).get()
                        #expect(response.status == 200)
                    }
                    #expect(server.connectionCount == 2)
                }
            }
        }

        @Test("A truncated body closes its connection and the next request opens another")
        func aTruncatedBodyClosesItsConnectionAndTheNextRequestOpensAnother() async throws {
            try await withCountingServer { server in
                try await withOutboundClient { client in
                    let big = try await client.get(server.url("/big"), maxResponseBytes: 1_000).get()
                    #expect(big.status == 200)
                    #expect(big.body == [UInt8](repeating: UInt8(ascii: "x"), count: 1_000))
                    #expect(big.bodyTruncated)
                    #expect(big.fullBodyLength == 200_000)
                    #expect(big.contentType == "text/plain")
                    // The rest of the body was never read: that connection cannot carry another request.
                    #expect(try await client.get(server.url("/ok")).get().body == Array("ok".utf8))
                    #expect(server.connectionCount == 2)
                }
            }
        }

        @Test("The configured body bound applies when a request sets none")
        func theConfiguredBodyBoundAppliesWhenARequestSetsNone() async throws {
            try await withCountingServer { server in
                try await withOutboundClient({ $0.maxResponseBytes = 10 }) { client in
                    let response = try await client.get(server.url("/big")).get()
                    #expect(response.body.count == 10)
                    #expect(response.bodyTruncated)
                }
            }
        }

        @Test("A refused connection fails with the address and the reason")
        func aRefusedConnectionFailsWithTheAddressAndTheReason() async throws {
            let port = try CallbackReceiver.closedPort()
            try await withOutboundClient { client in
                let result = await client.get("http://127.0.0.1:\(port)/ok")
                #expect(throws: CallbackTransportError.cannotConnect("127.0.0.1:\(port): Connection refused")) {
                    try result.get()
                }
            }
        }

        @Test("Localhost is reached without a lookup")
        func localhostIsReachedWithoutALookup() async throws {
            try await withCountingServer { server in
                try await withOutboundClient({ configuration in
                    configuration.resolve = { host, _ in .failure(.cannotConnect("looked up \(host)")) }
                }) { client in
                    let response = try await client.get("http://localhost:\(server.port)/ok").get()
                    #expect(response.status == 200)
                }
            }
        }

        @Test("A URL that is not HTTP fails through the completion")
        func aURLThatIsNotHTTPFailsThroughTheCompletion() async throws {
            try await withOutboundClient { client in
                let result = await client.get("ftp://example.com/answer")
                #expect(throws: CallbackTransportError.invalidURL("ftp://example.com/answer")) { try result.get() }
            }
        }

        @Test("A completion may send the next request")
        func aCompletionMaySendTheNextRequest() async throws {
            try await withCountingServer { server in
                try await withOutboundClient { client in
                    let url = server.url("/ok")
                    let status = await withCheckedContinuation { continuation in
                        client.send(.get(url), pool: "chain", timeout: .seconds(5)) { first in
                            guard case .success = first else { return continuation.resume(returning: 0) }
                            client.send(.get(url), pool: "chain", timeout: .seconds(5)) { second in
                                continuation.resume(returning: (try? second.get().status) ?? 0)
                            }
                        }
                    }
                    #expect(status == 200)
                    #expect(server.requestCount == 2)
                }
            }
        }

        @Test("An idle connection is closed after the idle timeout")
        func anIdleConnectionIsClosedAfterTheIdleTimeout() async throws {
            try await withCountingServer { server in
                try await withOutboundClient({ $0.idleTimeout = .milliseconds(100) }) { client in
                    let started = ContinuousClock.now
                    #expect(try await client.get(server.url("/ok")).get().status == 200)
                    // A real deadline to wait for: polled, for at most two seconds.
                    while client.openConnections > 0 && ContinuousClock.now - started < .seconds(2) {
                        try await Task.sleep(for: .milliseconds(10))
                    }
                    #expect(client.openConnections == 0)
                    #expect(ContinuousClock.now - started >= .milliseconds(100))
                }
            }
        }
    }
}
