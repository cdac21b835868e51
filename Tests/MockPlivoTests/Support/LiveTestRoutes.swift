import Dispatch
import Synchronization
@testable import HTTPServerKit

/// Holds the promises of deferred requests until the test decides to complete them, and records which handlers
/// ran, so a test can see what the server did while a response was outstanding.
final class DeferredGate: Sendable {
    private let parked = Mutex<[HTTPResponsePromise]>([])
    private let arrivals = DispatchSemaphore(value: 0)
    private let calls = Mutex<[String]>([])

    init() {}

    /// Called on the event loop by the deferred handler.
    func park(_ promise: HTTPResponsePromise) {
        parked.withLock { $0.append(promise) }
        arrivals.signal()
    }

    /// Waits until a deferred handler has parked its promise, and takes it.
    func nextPromise(timeout: Duration = .seconds(5)) -> HTTPResponsePromise? {
        guard arrivals.signalled(within: timeout) else { return nil }
        return parked.withLock { $0.removeFirst() }
    }

    func record(_ call: String) { calls.withLock { $0.append(call) } }

    /// The handlers that ran, in order.
    var recordedCalls: [String] { calls.withLock { $0 } }
}

/// The routes live tests talk to.
///
/// - `GET /hello`: `200` `hello`
/// - `POST /echo`: the request body back, with its length in `X-Body-Length`
/// - `GET /large`: a 16 MiB body, more than any socket buffer holds
/// - `GET /drop`: the connection closed without an answer
/// - `GET /deferred`: a deferred response, parked in `gate` until the test completes it
/// - `GET /fast`: `200` `fast`, recorded in `gate`
/// - `GET /peer`: the peer address the server saw
/// `extra` declares more routes beside these.
func makeLiveTestRouter(
    gate: DeferredGate = DeferredGate(), extra: (inout HTTPRoutes) -> Void = { _ in }
) -> HTTPRouter {
    HTTPRouter(logError: { _ in }) { routes in
        extra(&routes)
        routes.add("GET /hello") { _, _ in
            HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array("hello".utf8))
        }
        routes.add("POST /echo") { request, _ in
            HTTPResponse(
                status: .ok,
                headers: ["Content-Type": "application/octet-stream", "X-Body-Length": "\(request.body.count)"],
                body: request.body)
        }
        routes.add("GET /large") { _, _ in
            HTTPResponse(status: .ok, body: [UInt8](repeating: UInt8(ascii: "x"), count: 16 * 1024 * 1024))
        }
        routes.add("GET /drop") { _, _ in .droppedConnection }
        routes.add("GET /deferred") { _, _ in
            gate.record("deferred")
            return .deferred { promise in gate.park(promise) }
        }
        routes.add("GET /fast") { _, _ in
            gate.record("fast")
            return HTTPResponse(status: .ok, body: Array("fast".utf8))
        }
        routes.add("GET /peer") { _, context in
            HTTPResponse(status: .ok, body: Array(context.connection.remoteAddress.utf8))
        }
    }
}

/// A minimal request with the given method and target.
func rawRequest(_ method: String = "GET", _ target: String, headers: [String] = [], body: String = "") -> String {
    var lines = ["\(method) \(target) HTTP/1.1", "Host: test"] + headers
    if !body.isEmpty { lines.append("Content-Length: \(body.utf8.count)") }
    return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
}
