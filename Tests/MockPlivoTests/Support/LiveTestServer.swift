import Dispatch
@testable import HTTPServerKit

/// A running server owned by one test: its real port, and a way to open raw connections to it.
struct LiveTestServer {
    let server: HTTPServer
    let host: String

    /// The port the kernel gave the server.
    var port: Int { server.port }

    /// Opens a new raw connection to the server.
    func connect() throws -> RawHTTPClient {
        try RawHTTPClient(host: host, port: port)
    }
}

extension HTTPServerConfiguration {
    /// What live tests start from: loopback, a kernel-chosen port, two loops as in production on this machine,
    /// and a short grace period so that a failing test does not hold `stop()` for long.
    static var liveTest: HTTPServerConfiguration {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoopCount = 2
        configuration.shutdownGracePeriod = .seconds(2)
        return configuration
    }
}

/// Starts a server on port 0 for the length of `body` and always stops it, whether `body` returns or throws.
/// Every test owns its server, so tests run in parallel without sharing ports or state.
@discardableResult
func withTestServer<Result>(
    configuration: HTTPServerConfiguration = .liveTest,
    router: HTTPRouter = makeLiveTestRouter(),
    _ body: (LiveTestServer) throws -> Result
) throws -> Result {
    var configuration = configuration
    configuration.port = 0
    let server = HTTPServer(configuration: configuration, responder: router, log: { _ in })
    try server.start()
    defer { server.stop() }
    return try body(LiveTestServer(server: server, host: configuration.host))
}

/// Runs `work` on a thread of its own and signals `done` when it returns: for calls that block, such as
/// `HTTPServer.stop()`, while the test goes on talking to the server.
func runDetached(_ work: @escaping @Sendable () -> Void) -> DispatchSemaphore {
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        work()
        done.signal()
    }
    return done
}

extension DispatchSemaphore {
    /// Waits up to `timeout`; true when signalled in time.
    func signalled(within timeout: Duration) -> Bool {
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        return wait(timeout: .now() + .nanoseconds(Int(nanoseconds))) == .success
    }
}
