/// An error that knows the response it stands for. Whatever throws one, the router answers with its response.
public protocol HTTPResponseError: Error {
    /// The response to send, status and body included.
    func makeResponse() -> HTTPResponse
}

/// The router's own errors, thrown through the middleware chain so that an application can render them in its
/// own format. Unrendered, they become small JSON bodies.
public enum HTTPRoutingError: HTTPResponseError, Equatable {
    /// No route has this path.
    case notFound
    /// Routes have this path, but not for this method; `allowed` feeds the `Allow` header (RFC 9110 §15.5.6).
    case methodNotAllowed(allowed: [HTTPMethod])
    /// The request could not be parsed; the server answers and closes.
    case badRequest(HTTPParseError)

    public var status: HTTPStatus {
        switch self {
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .badRequest(let error): error.status
        }
    }

    /// The `Allow` header value for a 405.
    public var allowHeader: String? {
        guard case .methodNotAllowed(let allowed) = self else { return nil }
        return allowed.map(\.rawValue).joined(separator: ", ")
    }

    public var message: String {
        switch self {
        case .notFound: "not found"
        case .methodNotAllowed: "method not allowed"
        case .badRequest(let error): error.reason
        }
    }

    public func makeResponse() -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let allowHeader { headers.add(name: "Allow", value: allowHeader) }
        return HTTPResponse(status: status, headers: headers, body: Array("{\"error\":\"\(message)\"}".utf8))
    }
}
