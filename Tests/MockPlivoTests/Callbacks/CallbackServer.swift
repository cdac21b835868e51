import Synchronization
@testable import HTTPServerKit
@testable import MockPlivo
@testable import OutboundHTTP
@testable import Primitives

/// A live HTTPServerKit server on port 0 standing in for the user's callback endpoints, for the client tests:
/// its routes record each request before answering it, so once the client has a response the request is visible.
final class CallbackServer: Sendable {
    /// The answers a test declares before the server starts: `route` such as `"POST /answer"`.
    final class Answers {
        fileprivate var answers: [(route: String, response: HTTPResponse)] = []

        /// Answers `route` with `response`, recording each request.
        func answer(_ route: String, with response: HTTPResponse) {
            answers.append((route, response))
        }
    }

    private let server: HTTPServer
    private let recorded: LockedValue<[HTTPRequest]>

    fileprivate init(_ answers: Answers) {
        let recorded = LockedValue<[HTTPRequest]>([])
        self.recorded = recorded
        let router = HTTPRouter(logError: { _ in }) { routes in
            for (route, response) in answers.answers {
                routes.add(route) { request, _ in
                    recorded.withLock { $0.append(request) }
                    return response
                }
            }
        }
        server = HTTPServer(configuration: .liveTest, responder: router, log: { _ in })
    }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(server.port)\(path)" }

    var port: Int { server.port }

    /// The requests received, in order.
    var requests: [HTTPRequest] { recorded.withLock { $0 } }

    fileprivate func start() throws { try server.start() }
    fileprivate func stop() { server.stop() }
}

/// Runs `body` with a started `CallbackServer` whose routes `configure` declared, and always stops it.
func withCallbackServer<T>(
    _ configure: (CallbackServer.Answers) -> Void, _ body: (CallbackServer) async throws -> T
) async throws -> T {
    let answers = CallbackServer.Answers()
    configure(answers)
    let server = CallbackServer(answers)
    try server.start()
    defer { server.stop() }
    return try await body(server)
}

extension CallbackClient {
    /// Sends on a simulation thread, as the simulators do, and suspends the test without blocking its thread.
    func sendOffPool(_ request: CallbackRequest) async -> Result<CallbackHTTPResponse, CallbackTransportError> {
        await SimulationThreads.shared.value { send(request) }
    }
}

extension CallbackRequest {
    static func get(_ url: String, headers: [(name: String, value: String)] = []) -> CallbackRequest {
        CallbackRequest(url: url, method: "GET", headers: headers, body: [])
    }
}

extension CallbackReceiver.ReceivedRequest {
    /// The request as the receiver would have recorded it, so the independent signature check applies.
    init(_ request: HTTPRequest) {
        self.init(
            method: request.method.rawValue, target: request.target,
            headers: request.headers.map { (name: $0.name, value: $0.value) }, body: request.body)
    }
}
