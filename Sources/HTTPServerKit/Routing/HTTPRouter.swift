/// Maps requests to handlers through a segment trie, runs each route's middleware around its handler, and turns
/// every error into a response.
///
/// The table is declared once, in the initializer's closure (``HTTPRoutes``), and frozen: the router is an
/// immutable value shared by every event loop, with nothing to lock and nothing to add after the server starts.
///
/// - An unknown path throws ``HTTPRoutingError/notFound`` and a known path with another method throws
///   ``HTTPRoutingError/methodNotAllowed(allowed:)`` through the middleware of the group the path lies under, so
///   the application renders them like its own errors.
/// - A request the server could not parse throws ``HTTPRoutingError/badRequest(_:)`` through the chain at the top
///   of its part of the table (see ``RouteGroupChains``), so it too is rendered and observed like any other.
/// - A deferred response that fails (``HTTPResponsePromise/fail(_:)``) reaches the same middleware, through
///   ``HTTPResponse/recover(_:)``.
/// - What no middleware renders becomes a small JSON answer: an ``HTTPResponseError``'s own response, or a logged 500.
/// - `HEAD` is served by the `GET` route when none is registered for it (RFC 9110 §9.3.2); the server drops the body.
/// - Literal segments win over parameters, so `/Account/:id/Application/` and `/Account/:id/Subaccount/` coexist.
public final class HTTPRouter: HTTPResponder {
    private let root: RouteNode
    private let topChains: RouteGroupChains
    private let logError: @Sendable (String) -> Void
    /// Every registered route pattern, sorted, for documentation checks.
    public let routes: [String]

    /// Declares the table in `declare` and freezes it. `middleware` runs around every request (the top of every
    /// chain but those of groups that do not inherit); `logError` receives a line for every error that became a 500.
    public init(
        middleware: [any HTTPMiddleware] = [],
        logError: @escaping @Sendable (String) -> Void = { print($0) },
        routes declare: (inout HTTPRoutes) -> Void
    ) {
        let chain = HTTPMiddlewareChain(middleware)
        let topChains = RouteGroupChains(chain: chain, malformedChain: chain, prefix: "")
        var table = HTTPRoutes(table: HTTPRoutes.Table(), prefix: "", chains: topChains)
        declare(&table)
        self.root = RouteNode(table.table.root)
        self.topChains = topChains
        self.logError = logError
        self.routes = root.allRoutes().sorted()
    }

    public func respond(to request: HTTPRequest, connection: HTTPConnectionInfo) -> HTTPResponse {
        var context = HTTPRequestContext(connection: connection)
        switch resolve(request, into: &context) {
        case .found(let endpoint):
            return answer(request) {
                try endpoint.chain.run(request, context) { request, context in
                    try endpoint.handler.handle(request, context: context)
                }
            }
        case .failed(let error, let chain):
            return answer(request) {
                try chain.run(request, context) { _, _ in throw error }
            }
        }
    }

    public func respond(
        to error: HTTPParseError, in request: HTTPRequest, connection: HTTPConnectionInfo
    ) -> HTTPResponse {
        var context = HTTPRequestContext(connection: connection)
        let chain = enclosingGroup(of: request, into: &context).malformedChain
        return answer(request) {
            try chain.run(request, context) { _, _ in throw HTTPRoutingError.badRequest(error) }
        }
    }

    /// The route pattern that answers `request`, as ``HTTPRequestContext/route`` would name it; nil when the
    /// router would answer 404 or 405. For checks that documentation and table agree.
    public func route(for request: HTTPRequest) -> String? {
        var context = HTTPRequestContext(connection: HTTPConnectionInfo(remoteAddress: "-"))
        guard case .found(let endpoint) = resolve(request, into: &context) else { return nil }
        return endpoint.route
    }

    private enum Resolution {
        case found(RouteNode.Endpoint)
        case failed(HTTPRoutingError, HTTPMiddlewareChain)
    }

    private func resolve(_ request: HTTPRequest, into context: inout HTTPRequestContext) -> Resolution {
        var path = request.path
        let matched = path.withUTF8 { root.match(PathSegments($0), parameters: &context.parameters) }
        guard let node = matched else {
            return .failed(.notFound, enclosingGroup(of: request, into: &context).chain)
        }
        let method = request.method
        if let endpoint = node.endpoint(for: method) ?? (method == .head ? node.endpoint(for: .get) : nil) {
            context.route = endpoint.route
            return .found(endpoint)
        }
        var allowed = node.endpoints.map(\.method).sorted { $0.rawValue < $1.rawValue }
        if node.endpoint(for: .get) != nil && node.endpoint(for: .head) == nil { allowed.append(.head) }
        // The methods of one path are declared in one group, so any of its routes has the chain to answer with.
        return .failed(.methodNotAllowed(allowed: allowed), node.endpoints[0].endpoint.chain)
    }

    private func enclosingGroup(of request: HTTPRequest, into context: inout HTTPRequestContext) -> RouteGroupChains {
        var path = request.path
        return path.withUTF8 { root.enclosingGroup(PathSegments($0), parameters: &context.parameters) } ?? topChains
    }

    /// Runs `chain`, rendering whatever escapes it, now or, for a deferred answer, when it fails.
    private func answer(_ request: HTTPRequest, _ chain: () throws -> HTTPResponse) -> HTTPResponse {
        let response: HTTPResponse
        do {
            response = try chain()
        } catch {
            return render(error, for: request)
        }
        guard response.isDeferred else { return response }
        let method = request.method
        let path = request.path
        return response.recover { [self] error in render(error, method: method, path: path) }
    }

    private func render(_ error: any Error, for request: HTTPRequest) -> HTTPResponse {
        render(error, method: request.method, path: request.path)
    }

    private func render(_ error: any Error, method: HTTPMethod, path: String) -> HTTPResponse {
        if let error = error as? any HTTPResponseError { return error.makeResponse() }
        logError("error: unhandled \(type(of: error)) for \(method) \(path): \(error)")
        return HTTPResponse(
            status: .internalServerError, headers: ["Content-Type": "application/json"],
            body: Array("{\"error\":\"internal server error\"}".utf8))
    }
}
