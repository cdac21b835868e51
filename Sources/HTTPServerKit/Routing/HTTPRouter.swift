/// Maps requests to handlers through a segment trie, runs middleware around them, and turns every error into a
/// response.
///
/// - An unknown path throws ``HTTPRoutingError/notFound`` and a known path with another method throws
///   ``HTTPRoutingError/methodNotAllowed(allowed:)`` through the middleware chain, so the application renders them
///   like its own errors; unrendered, they become small JSON answers.
/// - `HEAD` is served by the `GET` route when none is registered for it (RFC 9110 §9.3.2); the server drops the body.
/// - Literal segments win over parameters, so `/Account/:id/Application/` and `/Account/:id/Subaccount/` coexist.
public final class HTTPRouter: HTTPResponder, @unchecked Sendable {
    // Mutated only while the table is built, before the server starts; read-only afterwards (hence no runtime
    // exclusivity checks on the middleware list, read at every link of every request's chain).
    private let root = RouteNode()
    @exclusivity(unchecked) private var middleware: [any HTTPMiddleware] = []
    private var parseErrorRenderer: @Sendable (HTTPParseError) -> HTTPResponse = {
        HTTPRoutingError.badRequest($0).makeResponse()
    }
    private let logError: @Sendable (String) -> Void

    /// Creates an empty router; `logError` receives a line for every error that became a 500.
    public init(logError: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.logError = logError
    }

    /// Registers `handler` for `route`, such as `"POST /v1/Account/:authID/Application/"`.
    public func add(_ route: String, _ handler: some HTTPHandler) {
        let pattern = RoutePattern(route)
        root.insert(pattern, handler: handler, at: pattern.segments[...])
    }

    /// Registers a closure for `route`.
    public func add(
        _ route: String, _ body: @escaping @Sendable (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) {
        add(route, HTTPClosureHandler(body))
    }

    /// Appends middleware; the first added runs outermost.
    public func use(_ middleware: some HTTPMiddleware) {
        self.middleware.append(middleware)
    }

    /// Sets how a request that failed to parse is answered.
    public func renderParseErrors(with renderer: @escaping @Sendable (HTTPParseError) -> HTTPResponse) {
        parseErrorRenderer = renderer
    }

    /// Every registered route pattern, for documentation checks.
    public var routes: [String] { root.allRoutes().sorted() }

    public func respond(to error: HTTPParseError, connection: HTTPConnectionInfo) -> HTTPResponse {
        parseErrorRenderer(error)
    }

    public func respond(to request: HTTPRequest, connection: HTTPConnectionInfo) -> HTTPResponse {
        var context = HTTPRequestContext(connection: connection)
        let resolution = resolve(request, into: &context)
        do {
            // The endpoint is a closure literal handed straight down, so it lives on the stack: no allocation
            // per request for the innermost link of the chain.
            return try run(middlewareFrom: 0, request, context) { request, context in
                switch resolution {
                case .found(let endpoint): try endpoint.handler.handle(request, context: context)
                case .failed(let error): throw error
                }
            }
        } catch let error as any HTTPResponseError {
            return error.makeResponse()
        } catch {
            logError("error: unhandled \(type(of: error)) for \(request.method) \(request.path): \(error)")
            return HTTPResponse(
                status: .internalServerError, headers: ["Content-Type": "application/json"],
                body: Array("{\"error\":\"internal server error\"}".utf8))
        }
    }

    private enum Resolution {
        case found(RouteNode.Endpoint)
        case failed(HTTPRoutingError)
    }

    private func resolve(_ request: HTTPRequest, into context: inout HTTPRequestContext) -> Resolution {
        var path = request.path
        let matched = path.withUTF8 { root.match(PathSegments($0), parameters: &context.parameters) }
        guard let node = matched else { return .failed(.notFound) }
        let method = request.method
        if let endpoint = node.endpoint(for: method) ?? (method == .head ? node.endpoint(for: .get) : nil) {
            context.route = endpoint.route
            return .found(endpoint)
        }
        var allowed = node.endpoints.map(\.method).sorted { $0.rawValue < $1.rawValue }
        if node.endpoint(for: .get) != nil && node.endpoint(for: .head) == nil { allowed.append(.head) }
        return .failed(.methodNotAllowed(allowed: allowed))
    }

    private func run(
        middlewareFrom index: Int,
        _ request: HTTPRequest,
        _ context: HTTPRequestContext,
        endpoint: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard index < middleware.count else { return try endpoint(request, context) }
        return try middleware[index].handle(request, context: context) { request, context in
            try run(middlewareFrom: index + 1, request, context, endpoint: endpoint)
        }
    }
}
