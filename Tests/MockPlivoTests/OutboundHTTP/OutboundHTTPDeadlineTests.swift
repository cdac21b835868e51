import Dispatch
import Testing
@testable import OutboundHTTP
@testable import Primitives

extension OutboundHTTPTests {
    /// Deadlines, bounds and isolation: what a black-holed server (one that listens and never reads) may cost,
    /// and to whom. The timeouts here are real and short.
    @Suite struct OutboundHTTPDeadlineTests {
        @Test("A request to a black-holed server times out near its deadline")
        func aRequestToABlackHoledServerTimesOutNearItsDeadline() async throws {
            let hole = try BlackHole()
            try await withOutboundClient { client in
                let (result, elapsed) = await client.timedGet(hole.url("/answer"), timeout: .milliseconds(200))
                #expect(throws: CallbackTransportError.timedOut) { try result.get() }
                #expect(elapsed >= .milliseconds(195))
                #expect(elapsed < .seconds(1))
                // The timed-out connection is closed, not kept.
                #expect(client.openConnections == 0)
            }
        }

        @Test("Waiting in the queue counts toward the deadline")
        func waitingInTheQueueCountsTowardTheDeadline() async throws {
            let hole = try BlackHole()
            try await withOutboundClient({ $0.maxConnectionsPerHost = 1 }) { client in
                let results = await withTaskGroup(of: (Result<CallbackHTTPResponse, CallbackTransportError>, Duration).self) { group in
                    for _ in 0..<3 {
                        group.addTask { await client.timedGet(hole.url("/answer"), timeout: .seconds(1)) }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                // The two behind the first do not wait for its timeout and then take their own (2 s): all end
                // together. A whole second, so that on a loaded machine all three are asked for before the first
                // times out and frees the one connection.
                #expect(results.count == 3)
                for (result, elapsed) in results {
                    #expect(throws: CallbackTransportError.timedOut) { try result.get() }
                    #expect(elapsed >= .milliseconds(995))
                    #expect(elapsed < .milliseconds(1900))
                }
                #expect(client.connectionsOpened == 1)
            }
        }

        @Test("A full queue refuses at once and names the pool and origin")
        func aFullQueueRefusesAtOnceAndNamesThePoolAndOrigin() async throws {
            let hole = try BlackHole()
            try await withOutboundClient({
                $0.maxConnectionsPerHost = 2
                $0.maxQueuedPerHost = 4
            }) { client in
                let outcomes = Outcomes()
                for index in 0..<6 {
                    client.send(.get(hole.url("/answer")), pool: "MAHOLE", timeout: .seconds(5), completion: outcomes.record(index))
                }
                let (overflow, elapsed) = await client.timedGet(hole.url("/answer"), pool: "MAHOLE")
                #expect(elapsed < .seconds(1))
                #expect(throws: CallbackTransportError.failed("too many callbacks queued for MAHOLE http://127.0.0.1:\(hole.port)")) {
                    try overflow.get()
                }
                #expect(outcomes.count == 0)
            }
        }

        @Test("While one pool's server is black-holed with its queue full, another pool's requests complete")
        func whileOnePoolsServerIsBlackHoledWithItsQueueFullAnotherPoolsRequestsComplete() async throws {
            let hole = try BlackHole()
            try await withCountingServer { server in
                try await withOutboundClient({
                    $0.maxConnectionsPerHost = 4
                    $0.maxQueuedPerHost = 16
                }) { client in
                    let stuck = Outcomes()
                    for index in 0..<20 {
                        client.send(.get(hole.url("/answer")), pool: "MASLOW", timeout: .seconds(30), completion: stuck.record(index))
                    }
                    let refused = await client.get(hole.url("/answer"), pool: "MASLOW")
                    #expect(throws: CallbackTransportError.failed("too many callbacks queued for MASLOW http://127.0.0.1:\(hole.port)")) {
                        try refused.get()
                    }

                    // Ten waves of ten: within the other pool's own bounds (4 connections, 16 waiting).
                    let started = ContinuousClock.now
                    var statuses: [Int?] = []
                    for _ in 0..<10 {
                        statuses += await withTaskGroup(of: Int?.self, returning: [Int?].self) { group in
                            for _ in 0..<10 {
                                group.addTask { try? await client.get(server.url("/ok"), pool: "MAFAST").get().status }
                            }
                            return await group.reduce(into: []) { $0.append($1) }
                        }
                    }
                    #expect(statuses.count == 100)
                    #expect(statuses.allSatisfy { $0 == 200 })
                    // Well within the other pool's 30 s deadline, even on a busy machine.
                    #expect(ContinuousClock.now - started < .seconds(15))
                    // All the while, the other pool's requests were still waiting for their own deadline.
                    #expect(stuck.count == 0)

                    client.shutdown()
                    #expect(stuck.count == 20)
                    #expect(stuck.all.values.allSatisfy { (try? $0.get()) == nil })
                }
            }
        }

        @Test("Shutdown fails every pending request before it returns, and later ones at once")
        func shutdownFailsEveryPendingRequestBeforeItReturnsAndLaterOnesAtOnce() async throws {
            let hole = try BlackHole()
            let client = try OutboundHTTPClient()
            let outcomes = Outcomes()
            for index in 0..<5 {
                client.send(.get(hole.url("/answer")), pool: "MA", timeout: .seconds(30), completion: outcomes.record(index))
            }
            client.shutdown()
            #expect(outcomes.count == 5)
            for result in outcomes.all.values {
                #expect(throws: CallbackTransportError.shutDown) { try result.get() }
            }
            #expect(client.openConnections == 0)

            client.shutdown()  // a second time: nothing left to do
            let late = Outcomes()
            client.send(.get(hole.url("/answer")), pool: "MA", timeout: .seconds(1), completion: late.record(0))
            #expect(late.count == 1)  // failed on this thread, before `send` returned
            #expect(throws: CallbackTransportError.shutDown) { try late.all[0]?.get() }
        }

        @Test("A slow name lookup holds only the requests that need it")
        func aSlowNameLookupHoldsOnlyTheRequestsThatNeedIt() async throws {
            let release = DispatchSemaphore(value: 0)
            try await withCountingServer { server in
                let port = server.port
                try await withOutboundClient({ configuration in
                    configuration.resolve = { host, _ in
                        if host == "slow.example" { _ = release.wait(timeout: .now() + 10) }
                        return .success([SocketAddress.numeric("127.0.0.1", port: port)!])
                    }
                }) { client in
                    let slow = Outcomes()
                    client.send(.get("http://slow.example:\(port)/ok"), pool: "MA1", timeout: .seconds(10), completion: slow.record(0))
                    #expect(try await client.get("http://fast.example:\(port)/ok", pool: "MA2").get().status == 200)
                    #expect(try await client.get(server.url("/ok"), pool: "MA1").get().status == 200)
                    #expect(slow.count == 0)
                    release.signal()
                    // The held request finishes on its own connection, in no set order with any other
                    // request: wait for it rather than assume it beats a later one.
                    for _ in 0..<500 where slow.count == 0 { try await Task.sleep(for: .milliseconds(10)) }
                    #expect(slow.count == 1)
                    #expect((try? slow.all[0]?.get())?.status == 200)
                }
            }
        }

        @Test("A name that does not resolve fails with the resolver's reason")
        func aNameThatDoesNotResolveFailsWithTheResolversReason() async throws {
            try await withOutboundClient({ configuration in
                configuration.resolve = { host, _ in .failure(.cannotConnect("cannot resolve \(host): Name or service not known")) }
            }) { client in
                let result = await client.get("http://nowhere.invalid/answer")
                #expect(throws: CallbackTransportError.cannotConnect("cannot resolve nowhere.invalid: Name or service not known")) {
                    try result.get()
                }
            }
        }
    }
}
