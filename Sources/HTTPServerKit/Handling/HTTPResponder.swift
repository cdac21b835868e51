/// What the server calls for every parsed request. ``HTTPRouter`` is the usual implementation.
///
/// It is called on an event-loop thread and must not block: slow work returns ``HTTPResponse/deferred(_:)``.
public protocol HTTPResponder: Sendable {
    /// Answers one request. Errors are the responder's to render, so the method does not throw.
    func respond(to request: HTTPRequest, connection: HTTPConnectionInfo) -> HTTPResponse

    /// Answers a request that could not be parsed; the server sends it with `Connection: close`. `request` holds
    /// what could be read of its request line (``HTTPRequestParser/salvage(_:)``), for logs and journals.
    func respond(to error: HTTPParseError, in request: HTTPRequest, connection: HTTPConnectionInfo) -> HTTPResponse
}

/// Facts about the connection a request arrived on.
public struct HTTPConnectionInfo: Sendable, Equatable {
    /// The peer's address as text, `"127.0.0.1:51234"` or `"[::1]:51234"`.
    public var remoteAddress: String
    /// What middleware keeps between this connection's requests; shared by every copy of this value.
    public let storage: HTTPConnectionStorage

    /// Creates connection facts, with fresh storage unless one is given.
    public init(remoteAddress: String, storage: HTTPConnectionStorage = HTTPConnectionStorage()) {
        self.remoteAddress = remoteAddress
        self.storage = storage
    }

    /// The same connection: same peer and the very same storage.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.remoteAddress == rhs.remoteAddress && lhs.storage === rhs.storage
    }
}

extension HTTPResponder {
    /// By default a small JSON body with the parse error's status.
    public func respond(to error: HTTPParseError, in request: HTTPRequest, connection: HTTPConnectionInfo) -> HTTPResponse {
        HTTPRoutingError.badRequest(error).makeResponse()
    }
}
