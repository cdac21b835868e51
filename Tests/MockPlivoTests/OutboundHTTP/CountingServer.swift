@testable import HTTPServerKit
@testable import Primitives

/// A live HTTPServerKit server on port 0 that counts what the client under test does: requests, and the
/// connections they came on (each has its own remote address and port).
final class CountingServer: Sendable {
    private struct Counts {
        var requests = 0
        var remoteAddresses: Set<String> = []
    }

    private let server: HTTPServer
    private let counts: LockedValue<Counts>

    init(bigBody: Int = 200_000) {
        let counts = LockedValue(Counts())
        self.counts = counts
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: bigBody)
        let router = HTTPRouter(logError: { _ in }) { routes in
            routes.add("GET /ok") { _, context in
                counts.withLock {
                    $0.requests += 1
                    $0.remoteAddresses.insert(context.connection.remoteAddress)
                }
                return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array("ok".utf8))
            }
            routes.add("GET /big") { _, context in
                counts.withLock {
                    $0.requests += 1
                    $0.remoteAddresses.insert(context.connection.remoteAddress)
                }
                return HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: big)
            }
        }
        server = HTTPServer(configuration: .liveTest, responder: router, log: { _ in })
    }

    var port: Int { server.port }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(server.port)\(path)" }

    var requestCount: Int { counts.withLock { $0.requests } }
    /// Distinct client connections seen.
    var connectionCount: Int { counts.withLock { $0.remoteAddresses.count } }

    func start() throws { try server.start() }
    func stop() { server.stop() }
}

/// Runs `body` with a started `CountingServer`, and always stops it.
func withCountingServer<T>(_ body: (CountingServer) async throws -> T) async throws -> T {
    let server = CountingServer()
    try server.start()
    defer { server.stop() }
    return try await body(server)
}
