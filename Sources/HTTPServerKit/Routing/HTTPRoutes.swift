/// The route table while it is being declared: routes, and groups of routes that share a path prefix and the
/// middleware they run through. ``HTTPRouter/init(middleware:logError:routes:)`` hands one to the closure that
/// declares the table, then freezes what it collected; nothing can be added once the router exists.
///
/// ```swift
/// let router = HTTPRouter(middleware: [accessLog, errors]) { routes in
///     routes.add("GET /openapi.yaml", documentation.get)
///     routes.group("/v1/Account/:authID", middleware: [authentication]) { account in
///         account.add("GET /Application/", applications.list)   // GET /v1/Account/:authID/Application/
///     }
///     routes.group("/__mock", middleware: [controlErrors], inheritingMiddleware: false) { control in … }
/// }
/// ```
///
/// A group's middleware wraps its routes inside the middleware of the groups around it, outermost first. A group
/// that does not inherit starts a fresh chain: a control plane that must not be journaled, say. A group with an
/// empty prefix only adds middleware. A group with a prefix also owns the 404s and 405s under it, so a request for
/// an unknown path below `/v1/Account/:authID` is authenticated before it is told the path does not exist.
public struct HTTPRoutes {
    /// The trie every group of one table writes into while it is declared.
    final class Table {
        let root = RouteTrieBuilder()
    }

    let table: Table
    /// The group's prefix, `""` at the top, never ending in `/`.
    let prefix: String
    let chains: RouteGroupChains

    init(table: Table, prefix: String, chains: RouteGroupChains) {
        self.table = table
        self.prefix = prefix
        self.chains = chains
    }

    /// Registers `handler` for `route`, written `"METHOD /path/:parameter/"` relative to the group's prefix.
    public mutating func add(_ route: String, _ handler: some HTTPHandler) {
        let parts = route.split(separator: " ", maxSplits: 1)
        precondition(parts.count == 2 && parts[1].hasPrefix("/"), "route must read \"METHOD /path\": \(route)")
        let pattern = RoutePattern("\(parts[0]) \(prefix)\(parts[1])")
        table.root.insert(pattern, endpoint: RouteNode.Endpoint(
            route: pattern.description, handler: handler, chain: chains.chain))
    }

    /// Registers a closure for `route`.
    public mutating func add(
        _ route: String, _ body: @escaping @Sendable (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) {
        add(route, HTTPClosureHandler(body))
    }

    /// Declares a group: `build` adds routes relative to `prefix` (which may hold `:parameter` segments, and may be
    /// empty), and they run through `middleware` inside the enclosing groups' chain, or, when
    /// `inheritingMiddleware` is false, through `middleware` alone.
    public mutating func group(
        _ prefix: String = "", middleware: [any HTTPMiddleware] = [], inheritingMiddleware: Bool = true,
        _ build: (inout HTTPRoutes) -> Void
    ) {
        precondition(prefix.isEmpty || prefix.hasPrefix("/") && !prefix.hasSuffix("/"),
                     "a group prefix starts with / and does not end with one: \(prefix)")
        let fullPrefix = self.prefix + prefix
        let chains = RouteGroupChains(
            chain: inheritingMiddleware ? self.chains.chain.appending(middleware) : HTTPMiddlewareChain(middleware),
            malformedChain: inheritingMiddleware ? self.chains.malformedChain : HTTPMiddlewareChain(middleware),
            prefix: fullPrefix)
        if !prefix.isEmpty {
            table.root.claim(RoutePattern("GET \(fullPrefix)").segments[...], for: chains)
        } else {
            precondition(inheritingMiddleware, "a group without a prefix has no requests of its own to start a chain for")
        }
        var group = HTTPRoutes(table: table, prefix: fullPrefix, chains: chains)
        build(&group)
    }
}
