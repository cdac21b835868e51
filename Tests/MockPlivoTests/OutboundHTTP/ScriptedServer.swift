#if canImport(Glibc)
    import Glibc
#endif
import Foundation
@testable import Primitives

/// A raw keep-alive HTTP server for what HTTPServerKit never does: chunked bodies with trailers, bodies read to
/// the close, a connection closed right after a request arrives. Each connection is served on a thread of its
/// own, request after request, as `script` says for the n-th request of the m-th connection (both from 0).
final class ScriptedServer: Sendable {
    enum Action: Sendable {
        /// Write these bytes and wait for the next request on the connection.
        case reply(String)
        /// Write these bytes, then close.
        case replyAndClose(String)
        /// Close without a byte of response.
        case close
    }

    let port: UInt16
    private let listener: Int32
    private let script: @Sendable (_ connection: Int, _ request: Int) -> Action
    private let counts = LockedValue((connections: 0, requests: 0))

    init(_ script: @escaping @Sendable (_ connection: Int, _ request: Int) -> Action) throws {
        listener = try CallbackReceiver.makeListener()
        port = try CallbackReceiver.boundPort(of: listener)
        self.script = script
        Thread { [self] in acceptLoop() }.start()
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    var connectionCount: Int { counts.withLock { $0.connections } }
    /// Requests read whole, answered or not.
    var requestCount: Int { counts.withLock { $0.requests } }

    /// Stops accepting (shutdown(2) wakes the blocked accept); connection threads end when their peer closes.
    func stop() {
        _ = shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                break
            }
            let index = counts.withLock { counts in
                defer { counts.connections += 1 }
                return counts.connections
            }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            _ = setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            Thread { [self] in serve(connection, index: index) }.start()
        }
        Glibc.close(listener)
    }

    private func serve(_ connection: Int32, index: Int) {
        defer { Glibc.close(connection) }
        var requestIndex = 0
        while CallbackReceiver.readRequest(connection) != nil {
            counts.withLock { $0.requests += 1 }
            switch script(index, requestIndex) {
            case .reply(let text):
                CallbackReceiver.write(Array(text.utf8), to: connection)
            case .replyAndClose(let text):
                CallbackReceiver.write(Array(text.utf8), to: connection)
                return
            case .close:
                return
            }
            requestIndex += 1
        }
    }
}

/// Runs `body` with a started `ScriptedServer`, and always stops it.
func withScriptedServer<T>(
    _ script: @escaping @Sendable (_ connection: Int, _ request: Int) -> ScriptedServer.Action,
    _ body: (ScriptedServer) async throws -> T
) async throws -> T {
    let server = try ScriptedServer(script)
    defer { server.stop() }
    return try await body(server)
}
