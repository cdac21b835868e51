/// Runs around a route's handler (and around the router's own 404/405), with `next` standing for the rest of the
/// chain. Middleware added first runs outermost.
public protocol HTTPMiddleware: Sendable {
    func handle(
        _ request: HTTPRequest,
        context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse
}
