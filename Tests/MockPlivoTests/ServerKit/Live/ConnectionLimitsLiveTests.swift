import Glibc
import Testing
@testable import HTTPServerKit

/// Idle connections cannot crowd out other clients, and no request may take longer to arrive than its deadline,
/// however it trickles.
@Suite("Live: connection bounds and the request deadline")
struct ConnectionLimitsLiveTests {
    /// Polls `condition` until it holds or `timeout` passes: the server acts on its own threads.
    private static func eventually(within timeout: Duration = .seconds(5), _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            usleep(1000)
        }
        return true
    }

    @Test("One client's idle connections are bounded: beyond the bound its longest-idle ones make room")
    func idleConnectionsPerClientBounded() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.maxIdleConnectionsPerClient = 8
        try withTestServer(configuration: configuration) { server in
            let silent = try (0..<20).map { _ in try server.connect() }
            #expect(Self.eventually { server.server.connectionCount == 8 }, "\(server.server.connectionCount) open")
            // The same client is still served: a new connection makes room for itself too.
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
            #expect(Self.eventually { server.server.connectionCount <= 8 }, "\(server.server.connectionCount) open")
            _ = silent
        }
    }

    @Test("More idle connections than the server may hold cannot lock others out: the reserve is kept free")
    func idleFloodLeavesRoomForOthers() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.maxConnections = 40
        configuration.reservedConnections = 4
        try withTestServer(configuration: configuration) { server in
            let silent = try (0..<100).map { _ in try server.connect() }
            // The kernel hands connections over in order: once a client that came after the flood is answered, the
            // server has taken in the whole flood. While it is taking it in, all at once, a newcomer may be refused.
            let deadline = ContinuousClock.now + .seconds(10)
            var probe = 0
            while probe != 200 && ContinuousClock.now < deadline {
                let client = try server.connect()
                try client.send(rawRequest("GET", "/hello"))
                probe = try client.readResponse().status
            }
            #expect(probe == 200)
            // The sweep frees the reserve again; from then on every newcomer gets in at once.
            #expect(Self.eventually { server.server.connectionCount <= 36 }, "\(server.server.connectionCount) open")
            for _ in 0..<3 {
                let client = try server.connect()
                try client.send(rawRequest("GET", "/hello"))
                let response = try client.readResponse()
                #expect(response.status == 200, "\(response.bodyText) with \(server.server.connectionCount) open")
            }
            _ = silent
        }
    }

    @Test("A body that trickles a byte at a time still gets 408 at the request deadline")
    func tricklingBodyTimesOut() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.bodyTimeout = .seconds(5)
        configuration.requestTimeout = .milliseconds(500)
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            let started = ContinuousClock.now
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 1000\r\n\r\n")
            var response: RawHTTPResponse?
            while response == nil && ContinuousClock.now - started < .seconds(10) {
                try? client.send("x")
                response = try? client.readResponse(timeout: .milliseconds(50))
            }
            let answered = try #require(response)
            #expect(answered.status == 408)
            #expect(answered.closesConnection)
            #expect(ContinuousClock.now - started < .seconds(4))
        }
    }

    @Test("A request that arrives slowly but within the deadline is served")
    func slowRequestWithinDeadlineServed() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.requestTimeout = .seconds(10)
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n\r\n")
            for byte in "slow!" {
                usleep(20_000)
                try client.send(String(byte))
            }
            #expect(try client.readResponse().bodyText == "slow!")
        }
    }
}
