import Testing
@testable import HTTPServerKit
@testable import PlivoSupport

@Suite("Live: misbehaving clients and limits")
struct ResilienceLiveTests {
    @Test("A client that vanishes mid-request does not stop the server serving others")
    func survivesDisconnectMidRequest() throws {
        try withTestServer { server in
            let quitter = try server.connect()
            try quitter.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\nonly part")
            quitter.reset()
            let halfHead = try server.connect()
            try halfHead.send("GET /hel")
            halfHead.reset()

            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test("A client that vanishes mid-response does not stop the server serving others")
    func survivesDisconnectMidResponse() throws {
        try withTestServer { server in
            for _ in 0..<3 {
                let quitter = try server.connect()
                try quitter.send(rawRequest("GET", "/large"))
                // The response has started, and 16 MiB cannot fit in socket buffers: the server is mid-write.
                let start = try quitter.readBytes(atLeast: 64 * 1024)
                #expect(start.starts(with: Array("HTTP/1.1 200 OK\r\n".utf8)))
                quitter.reset()
            }
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test("A deferred response completed after its client left is discarded, and the server serves on")
    func deferredResponseAfterClientLeft() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let quitter = try server.connect()
            try quitter.send(rawRequest("GET", "/deferred"))
            let promise = try #require(gate.nextPromise())
            quitter.reset()
            promise.succeed(HTTPResponse(status: .ok, body: Array("late".utf8)))

            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test("Many clients at once are all served, across both event loops")
    func manyConcurrentClients() throws {
        try withTestServer { server in
            let clients = try (0..<100).map { _ in try server.connect() }
            for (index, client) in clients.enumerated() {
                try client.send(rawRequest("POST", "/echo", body: "client \(index)"))
            }
            for (index, client) in clients.enumerated() {
                #expect(try client.readResponse().bodyText == "client \(index)")
            }
        }
    }

    @Test("A dropped connection is closed without a single byte")
    func droppedConnectionSendsNothing() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/drop"))
            #expect(try client.readUntilClosed().isEmpty)

            let next = try server.connect()
            try next.send(rawRequest("GET", "/hello"))
            #expect(try next.readResponse().status == 200)
        }
    }

    @Test("Beyond maxConnections, with every connection busy, a new connection gets 503 and a close")
    func connectionLimitAnswers503() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.maxConnections = 2
        let gate = DeferredGate()
        try withTestServer(configuration: configuration, router: makeLiveTestRouter(gate: gate)) { server in
            // Both slots hold a request in progress: neither can be closed to make room.
            let first = try server.connect()
            let second = try server.connect()
            var promises: [HTTPResponsePromise] = []
            for client in [first, second] {
                try client.send(rawRequest("GET", "/deferred"))
                promises.append(try #require(gate.nextPromise()))
            }
            let third = try server.connect()
            let response = try third.readResponse()
            #expect(response.status == 503)
            #expect(response.closesConnection)
            #expect(try third.readUntilClosed().isEmpty)

            // A client that speaks at once is refused the same way: it reads the 503, not a reset.
            let eager = try server.connect()
            try eager.send(rawRequest("GET", "/hello"))
            #expect(try eager.readResponse().status == 503)

            // The first two are unaffected.
            for (client, promise) in zip([first, second], promises) {
                promise.succeed(HTTPResponse(status: .ok, body: Array("late".utf8)))
                #expect(try client.readResponse().bodyText == "late")
            }
        }
    }

    @Test("Beyond maxConnections, an idle connection makes room for the new one")
    func connectionLimitReclaimsIdle() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.maxConnections = 2
        try withTestServer(configuration: configuration) { server in
            let first = try server.connect()
            let second = try server.connect()
            for client in [first, second] {
                try client.send(rawRequest("GET", "/hello"))
                #expect(try client.readResponse().status == 200)
            }
            let third = try server.connect()
            try third.send(rawRequest("GET", "/hello"))
            #expect(try third.readResponse().status == 200)
        }
    }

    @Test("A slot freed by a client that leaves goes to the next client")
    func connectionSlotIsReleased() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.maxConnections = 1
        try withTestServer(configuration: configuration) { server in
            for round in 0..<3 {
                let client = try nextAdmitted(to: server)
                try client.send(rawRequest("POST", "/echo", body: "round \(round)"))
                #expect(try client.readResponse().bodyText == "round \(round)")
                // Leaving in different ways: orderly, by reset, and by Connection: close.
                if round == 1 { client.reset() }
                if round == 2 {
                    try client.send(rawRequest("GET", "/hello", headers: ["Connection: close"]))
                    _ = try client.readUntilClosed()
                }
            }
        }
    }

    /// Connects until the server admits the connection rather than answering 503: the server learns that the
    /// previous client left a moment after the client does.
    private func nextAdmitted(to server: LiveTestServer, timeout: Duration = .seconds(5)) throws -> RawHTTPClient {
        let deadline = ContinuousClock.now + timeout
        while true {
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            let response = try client.readResponse()
            if response.status == 200 { return client }
            #expect(response.status == 503)
            guard ContinuousClock.now < deadline else { throw RawHTTPClient.Failure.timedOut(received: []) }
        }
    }
}
