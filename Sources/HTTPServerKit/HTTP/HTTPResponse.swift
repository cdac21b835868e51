/// A response to write back: status, ordered headers and body bytes.
///
/// The server adds `Content-Length` (except where RFC 9110 §8.6 forbids it), `Date` and `Connection` itself, so
/// handlers set only what they mean. A response may also be *deferred* (the handler finishes it later from another
/// thread, see ``deferred(_:)``) or *dropped* (the connection is closed without an answer, for fault injection).
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// Close the connection after writing this response, whatever the request asked for.
    public var closesConnection: Bool = false

    enum Disposition: Sendable {
        case immediate
        case deferred(@Sendable (HTTPResponsePromise) -> Void)
        case drop
    }

    var disposition: Disposition = .immediate

    /// Creates a response; `headers` go out in the order given.
    public init(status: HTTPStatus, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose content is produced later. `start` runs on the connection's event-loop thread and must not
    /// block it: it hands the work to another thread, which calls ``HTTPResponsePromise/succeed(_:)``. Requests
    /// pipelined behind this one wait, so answers stay in order (RFC 9112 §9.3.2).
    public static func deferred(_ start: @escaping @Sendable (HTTPResponsePromise) -> Void) -> HTTPResponse {
        var response = HTTPResponse(status: .ok)
        response.disposition = .deferred(start)
        return response
    }

    /// Closes the connection without writing anything, as a crashed or cut-off server would.
    public static var droppedConnection: HTTPResponse {
        var response = HTTPResponse(status: .internalServerError)
        response.disposition = .drop
        return response
    }

    /// Whether the connection is to be closed without an answer.
    public var dropsConnection: Bool {
        if case .drop = disposition { return true }
        return false
    }

    /// Whether the content comes later, from ``deferred(_:)``.
    public var isDeferred: Bool {
        if case .deferred = disposition { return true }
        return false
    }

    /// Applies `transform` to the final response: now for an immediate one, on completion for a deferred one.
    /// Middleware uses it to see the real status of a deferred answer. A deferred answer that fails passes by
    /// untouched, so observers belong outside the middleware that renders errors (``recover(_:)``).
    public func map(_ transform: @escaping @Sendable (HTTPResponse) -> HTTPResponse) -> HTTPResponse {
        switch disposition {
        case .immediate, .drop:
            return transform(self)
        case .deferred(let start):
            return .deferred { promise in
                start(HTTPResponsePromise(chainedTo: promise) { result in promise.complete(result.map(transform)) })
            }
        }
    }

    /// Renders the failure of a deferred answer (``HTTPResponsePromise/fail(_:)``) with `render`: the deferred
    /// counterpart of catching what a handler throws. Immediate responses are returned as they are.
    public func recover(_ render: @escaping @Sendable (any Error) -> HTTPResponse) -> HTTPResponse {
        guard case .deferred(let start) = disposition else { return self }
        return .deferred { promise in
            start(HTTPResponsePromise(chainedTo: promise) { result in
                switch result {
                case .success(let response): promise.succeed(response)
                case .failure(let error): promise.succeed(render(error))
                }
            })
        }
    }
}
