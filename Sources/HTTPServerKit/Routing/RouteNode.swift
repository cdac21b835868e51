/// One level of the router's trie: the routes that end here, by method, and the children by next segment.
///
/// A class, built while routes are added and only read afterwards, so that matching hands references around
/// instead of copying nodes and the tables they hold. Methods and literal children are short arrays searched in
/// order: at the fan-outs of a route table that beats hashing, and it compares the path's bytes where they lie,
/// without making a `String` of each segment. Segments compare byte for byte (RFC 3986 §6.2.1).
final class RouteNode {
    /// A registered route: its pattern as written, for ``HTTPRequestContext/route``, and its handler.
    final class Endpoint {
        let route: String
        let handler: any HTTPHandler

        init(route: String, handler: any HTTPHandler) {
            self.route = route
            self.handler = handler
        }
    }

    // Written while routes are added, before the server starts, and only read afterwards: the runtime's
    // exclusivity checks on a class's `var`s would cost time on every request and guard against nothing.
    @exclusivity(unchecked) private(set) var endpoints: [(method: HTTPMethod, endpoint: Endpoint)] = []
    @exclusivity(unchecked) private var literals: [(segment: [UInt8], node: RouteNode)] = []
    @exclusivity(unchecked) private var parameter: (name: String, node: RouteNode)?

    /// The route for `method`, if one ends here.
    func endpoint(for method: HTTPMethod) -> Endpoint? {
        endpoints.first { $0.method == method }?.endpoint
    }

    func insert(_ pattern: RoutePattern, handler: any HTTPHandler, at segments: ArraySlice<RoutePattern.Segment>) {
        guard let first = segments.first else {
            precondition(endpoint(for: pattern.method) == nil, "route registered twice: \(pattern)")
            endpoints.append((pattern.method, Endpoint(route: pattern.description, handler: handler)))
            return
        }
        switch first {
        case .literal(let text):
            let segment = Array(text.utf8)
            let child = literals.first { $0.segment == segment }?.node ?? {
                let node = RouteNode()
                literals.append((segment, node))
                return node
            }()
            child.insert(pattern, handler: handler, at: segments.dropFirst())
        case .parameter(let name):
            if parameter == nil { parameter = (name, RouteNode()) }
            precondition(parameter!.name == name, "conflicting parameter names at \(pattern)")
            parameter!.node.insert(pattern, handler: handler, at: segments.dropFirst())
        }
    }

    /// The node the rest of the path ends at, preferring literal segments and backtracking into parameters.
    func match(_ path: PathSegments, parameters: inout HTTPRouteParameters) -> RouteNode? {
        var rest = path
        guard let range = rest.next() else { return endpoints.isEmpty ? nil : self }
        let segment = rest[range]
        if let child = literals.first(where: { $0.segment.elementsEqual(segment) })?.node,
            let found = child.match(rest, parameters: &parameters)
        {
            return found
        }
        if let (name, node) = parameter {
            parameters.append(name: name, value: FormURLEncoding.percentDecode(bytes: segment))
            if let found = node.match(rest, parameters: &parameters) { return found }
            parameters.removeLast()
        }
        return nil
    }

    func allRoutes() -> [String] {
        endpoints.map(\.endpoint.route)
            + literals.flatMap { $0.node.allRoutes() }
            + (parameter?.node.allRoutes() ?? [])
    }
}
