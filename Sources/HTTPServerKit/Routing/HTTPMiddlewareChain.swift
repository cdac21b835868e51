/// The middleware a request runs through, outermost first, fixed once the route table is built.
///
/// Each route carries the chain of the groups it was declared in (``HTTPRoutes/group(_:middleware:inheritingMiddleware:_:)``),
/// so a middleware applies because of where a route is declared, never because it inspected the path itself.
struct HTTPMiddlewareChain: Sendable {
    let middleware: [any HTTPMiddleware]

    init(_ middleware: [any HTTPMiddleware]) {
        self.middleware = middleware
    }

    /// This chain followed by `inner`.
    func appending(_ inner: [any HTTPMiddleware]) -> HTTPMiddlewareChain {
        HTTPMiddlewareChain(middleware + inner)
    }

    /// Runs the chain around `endpoint`. The endpoint is a closure literal handed straight down, so it lives on
    /// the stack: no allocation per request for the innermost link of the chain.
    func run(
        _ request: HTTPRequest, _ context: HTTPRequestContext,
        endpoint: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        try run(from: 0, request, context, endpoint: endpoint)
    }

    private func run(
        from index: Int, _ request: HTTPRequest, _ context: HTTPRequestContext,
        endpoint: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard index < middleware.count else { return try endpoint(request, context) }
        return try middleware[index].handle(request, context: context) { request, context in
            try run(from: index + 1, request, context, endpoint: endpoint)
        }
    }
}

/// What a group of routes runs its requests through: ``chain`` for the requests it routes (and the 404s and 405s
/// under its prefix), ``malformedChain`` for requests under its prefix that could not even be parsed.
///
/// A malformed request has no credentials to check and no handler to reach, so it skips the middleware nested
/// groups add (authentication, fault injection) and runs only the chain at the top of its part of the table: the
/// router's own, or that of the outermost group that does not inherit it. That is where renderers and the journal
/// belong, so a malformed request is answered in the application's format and journaled like any other.
final class RouteGroupChains: Sendable {
    let chain: HTTPMiddlewareChain
    let malformedChain: HTTPMiddlewareChain
    /// The group's prefix as written, for messages about the table.
    let prefix: String

    init(chain: HTTPMiddlewareChain, malformedChain: HTTPMiddlewareChain, prefix: String) {
        self.chain = chain
        self.malformedChain = malformedChain
        self.prefix = prefix
    }
}
