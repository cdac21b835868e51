/// One level of the router's frozen trie: the routes that end here, by method, the children by next segment, and
/// the group whose prefix ends here, if any.
///
/// Built once from a ``RouteTrieBuilder`` and never changed, so it is shared by every event loop without a lock.
/// Methods and literal children are short arrays searched in order: at the fan-outs of a route table that beats
/// hashing, and it compares the path's bytes where they lie, without making a `String` of each segment. Segments
/// compare byte for byte (RFC 3986 §6.2.1).
final class RouteNode: Sendable {
    /// A registered route: its pattern as written, for ``HTTPRequestContext/route``, its handler, and the chain of
    /// middleware of the groups it was declared in.
    final class Endpoint: Sendable {
        let route: String
        let handler: any HTTPHandler
        let chain: HTTPMiddlewareChain

        init(route: String, handler: any HTTPHandler, chain: HTTPMiddlewareChain) {
            self.route = route
            self.handler = handler
            self.chain = chain
        }
    }

    let endpoints: [(method: HTTPMethod, endpoint: Endpoint)]
    private let literals: [(segment: [UInt8], node: RouteNode)]
    private let parameter: (name: String, node: RouteNode)?
    private let suffixed: [(suffix: [UInt8], name: String, node: RouteNode)]
    private let group: RouteGroupChains?

    /// Freezes `builder` and everything below it.
    init(_ builder: RouteTrieBuilder) {
        endpoints = builder.endpoints
        literals = builder.literals.map { ($0.segment, RouteNode($0.node)) }
        parameter = builder.parameter.map { ($0.name, RouteNode($0.node)) }
        suffixed = builder.suffixed.map { ($0.suffix, $0.name, RouteNode($0.node)) }
        group = builder.group
    }

    /// The route for `method`, if one ends here.
    func endpoint(for method: HTTPMethod) -> Endpoint? {
        endpoints.first { $0.method == method }?.endpoint
    }

    /// The node the rest of the path ends at, preferring literal segments, then suffixed parameters, and
    /// backtracking into plain parameters.
    func match(_ path: PathSegments, parameters: inout HTTPRouteParameters) -> RouteNode? {
        var rest = path
        guard let range = rest.next() else { return endpoints.isEmpty ? nil : self }
        let segment = rest[range]
        if let child = literals.first(where: { $0.segment.elementsEqual(segment) })?.node,
            let found = child.match(rest, parameters: &parameters)
        {
            return found
        }
        for (suffix, name, node) in suffixed where Self.segment(segment, endsWith: suffix) {
            let stem = UnsafeBufferPointer(rebasing: segment[..<(segment.count - suffix.count)])
            parameters.append(name: name, value: FormURLEncoding.percentDecode(bytes: stem))
            if let found = node.match(rest, parameters: &parameters) { return found }
            parameters.removeLast()
        }
        if let (name, node) = parameter {
            parameters.append(name: name, value: FormURLEncoding.percentDecode(bytes: segment))
            if let found = node.match(rest, parameters: &parameters) { return found }
            parameters.removeLast()
        }
        return nil
    }

    /// The innermost group whose prefix the path lies under, with the parameters that prefix captured; nil when
    /// it lies under none. Taken only for requests no route answers, so it may walk the path a second time.
    func enclosingGroup(_ path: PathSegments, parameters: inout HTTPRouteParameters) -> RouteGroupChains? {
        var rest = path
        if let range = rest.next() {
            let segment = rest[range]
            if let child = literals.first(where: { $0.segment.elementsEqual(segment) })?.node,
                let found = child.enclosingGroup(rest, parameters: &parameters)
            {
                return found
            }
            for (suffix, name, node) in suffixed where Self.segment(segment, endsWith: suffix) {
                let stem = UnsafeBufferPointer(rebasing: segment[..<(segment.count - suffix.count)])
                parameters.append(name: name, value: FormURLEncoding.percentDecode(bytes: stem))
                if let found = node.enclosingGroup(rest, parameters: &parameters) { return found }
                parameters.removeLast()
            }
            if let (name, node) = parameter {
                parameters.append(name: name, value: FormURLEncoding.percentDecode(bytes: segment))
                if let found = node.enclosingGroup(rest, parameters: &parameters) { return found }
                parameters.removeLast()
            }
        }
        return group
    }

    /// Whether `segment` is `suffix` with at least one byte before it.
    private static func segment(_ segment: UnsafeBufferPointer<UInt8>, endsWith suffix: [UInt8]) -> Bool {
        segment.count > suffix.count && segment[(segment.count - suffix.count)...].elementsEqual(suffix)
    }

    func allRoutes() -> [String] {
        endpoints.map(\.endpoint.route)
            + literals.flatMap { $0.node.allRoutes() }
            + suffixed.flatMap { $0.node.allRoutes() }
            + (parameter?.node.allRoutes() ?? [])
    }
}
