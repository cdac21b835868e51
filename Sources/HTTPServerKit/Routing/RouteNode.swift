/// One level of the router's trie: the routes that end here, keyed by method, and the children by next segment.
struct RouteNode {
    var handlers: [HTTPMethod: (RoutePattern, any HTTPHandler)] = [:]
    var literals: [String: RouteNode] = [:]
    var parameter: (name: String, node: Box)?

    /// A reference so that the recursive value type has a finite size.
    final class Box {
        var node = RouteNode()
    }

    mutating func insert(_ pattern: RoutePattern, handler: any HTTPHandler, at segments: ArraySlice<RoutePattern.Segment>) {
        guard let first = segments.first else {
            precondition(handlers[pattern.method] == nil, "route registered twice: \(pattern)")
            handlers[pattern.method] = (pattern, handler)
            return
        }
        switch first {
        case .literal(let text):
            literals[text, default: RouteNode()].insert(pattern, handler: handler, at: segments.dropFirst())
        case .parameter(let name):
            if parameter == nil { parameter = (name, Box()) }
            precondition(parameter!.name == name, "conflicting parameter names at \(pattern)")
            parameter!.node.node.insert(pattern, handler: handler, at: segments.dropFirst())
        }
    }

    /// The node the path ends at, preferring literal segments and backtracking into parameters.
    func match(_ segments: ArraySlice<Substring>, parameters: inout HTTPRouteParameters) -> RouteNode? {
        guard let first = segments.first else { return handlers.isEmpty ? nil : self }
        if let child = literals[String(first)], let found = child.match(segments.dropFirst(), parameters: &parameters) {
            return found
        }
        if let (name, box) = parameter {
            parameters.append(name: name, value: FormURLEncoding.percentDecode(first))
            if let found = box.node.match(segments.dropFirst(), parameters: &parameters) { return found }
            parameters.removeLast()
        }
        return nil
    }

    func allRoutes() -> [String] {
        handlers.values.map(\.0.description)
            + literals.values.flatMap { $0.allRoutes() }
            + (parameter?.node.node.allRoutes() ?? [])
    }
}
