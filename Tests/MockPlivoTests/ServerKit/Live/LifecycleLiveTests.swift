#if canImport(Glibc)
#endif
import Glibc
import Testing
@testable import HTTPServerKit
@testable import PlivoSupport


@Suite("Live: start and stop")
struct LifecycleLiveTests {
    @Test("Port 0 gives a real port that accepts connections")
    func portZeroGivesRealPort() throws {
        try withTestServer { server in
            #expect(server.port > 0 && server.port < 65536)
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test("Binding to the IPv6 loopback serves requests", .enabled(if: hasIPv6Loopback, "no IPv6 loopback here"))
    func ipv6LoopbackWorks() throws {
        var configuration = HTTPServerConfiguration.liveTest
        configuration.host = "::1"
        try withTestServer(configuration: configuration) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/hello"))
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hello")

            try client.send(rawRequest("GET", "/peer"))
            #expect(try client.readResponse().bodyText.hasPrefix("[::1]:"))
        }
    }

    @Test("The handler sees the client's IPv4 address and port")
    func ipv4PeerAddress() throws {
        try withTestServer { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/peer"))
            #expect(try client.readResponse().bodyText.hasPrefix("127.0.0.1:"))
        }
    }

    @Test("stop() lets an in-flight deferred request finish, then refuses new connections")
    func stopDrainsInFlightRequests() throws {
        let gate = DeferredGate()
        try withTestServer(router: makeLiveTestRouter(gate: gate)) { server in
            let client = try server.connect()
            try client.send(rawRequest("GET", "/deferred"))
            let promise = try #require(gate.nextPromise())

            let stopped = runDetached { server.server.stop() }
            try waitUntilRefused(port: server.port)
            // Stopping waits for the request in flight.
            #expect(!stopped.signalled(within: .zero))

            promise.succeed(HTTPResponse(status: .ok, body: Array("finished".utf8)))
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "finished")
            #expect(response.closesConnection)
            #expect(try client.readUntilClosed().isEmpty)
            #expect(stopped.signalled(within: .seconds(5)))
            #expect(throws: RawHTTPClient.Failure.self) { try server.connect() }
        }
    }

    @Test("stop() may be called again after the server has stopped, even once other servers have started")
    func stopIsIdempotent() throws {
        let first = HTTPServer(configuration: .liveTest, responder: makeLiveTestRouter(), log: { _ in })
        try first.start()
        first.stop()
        // New loop threads may reuse the ended threads' identities; a second stop must not wait for them.
        try withTestServer { _ in
            let stoppedAgain = runDetached { first.stop() }
            #expect(stoppedAgain.signalled(within: .seconds(5)))
            let waited = runDetached { first.waitUntilStopped() }
            #expect(waited.signalled(within: .seconds(5)))
        }
    }

    @Test("A stopped server can be started again, and stopped again")
    func restartAfterStop() throws {
        let server = HTTPServer(configuration: .liveTest, responder: makeLiveTestRouter(), log: { _ in })
        for _ in 0..<2 {
            try server.start()
            let client = try RawHTTPClient(port: server.port)
            try client.send(rawRequest("GET", "/hello"))
            #expect(try client.readResponse().status == 200)
            let stopped = runDetached { server.stop() }
            try #require(stopped.signalled(within: .seconds(5)))
            #expect(try client.readUntilClosed().isEmpty)
        }
    }

    /// Retries connecting until the listener is gone: the observable sign that a stop has begun.
    private func waitUntilRefused(port: Int, timeout: Duration = .seconds(5)) throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            do {
                _ = try RawHTTPClient(port: port)
            } catch {
                return
            }
            sched_yield()
        }
        throw RawHTTPClient.Failure.timedOut(received: [])
    }
}

/// Whether this machine can bind the IPv6 loopback (containers often have IPv6 disabled).
private let hasIPv6Loopback: Bool = {
    let fd = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in6()
    address.sin6_family = sa_family_t(AF_INET6)
    address.sin6_addr = in6addr_loopback
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) == 0
        }
    }
}()
