/// The router's trie while the table is declared; ``RouteNode`` is its frozen, shareable form.
///
/// A class so that the groups of one table, each a value, write into the same tree. It never leaves the closure
/// that declares the table, so it needs no lock and is not `Sendable`.
final class RouteTrieBuilder {
    var endpoints: [(method: HTTPMethod, endpoint: RouteNode.Endpoint)] = []
    var literals: [(segment: [UInt8], node: RouteTrieBuilder)] = []
    var parameter: (name: String, node: RouteTrieBuilder)?
    /// `:name.suffix` children, by suffix.
    var suffixed: [(suffix: [UInt8], name: String, node: RouteTrieBuilder)] = []
    /// The group whose prefix ends here.
    var group: RouteGroupChains?

    func insert(_ pattern: RoutePattern, endpoint: RouteNode.Endpoint) {
        let node = descend(pattern.segments[...], for: pattern.description)
        precondition(!node.endpoints.contains { $0.method == pattern.method }, "route registered twice: \(pattern)")
        node.endpoints.append((pattern.method, endpoint))
    }

    /// Marks the node at the end of `segments` as the start of `group`.
    func claim(_ segments: ArraySlice<RoutePattern.Segment>, for group: RouteGroupChains) {
        let node = descend(segments, for: group.prefix)
        precondition(node.group == nil, "two groups declared for the prefix \(group.prefix)")
        node.group = group
    }

    /// The node at the end of `segments`, created as needed.
    private func descend(_ segments: ArraySlice<RoutePattern.Segment>, for description: String) -> RouteTrieBuilder {
        guard let first = segments.first else { return self }
        switch first {
        case .literal(let text):
            let segment = Array(text.utf8)
            if let child = literals.first(where: { $0.segment == segment })?.node {
                return child.descend(segments.dropFirst(), for: description)
            }
            let child = RouteTrieBuilder()
            literals.append((segment, child))
            return child.descend(segments.dropFirst(), for: description)
        case .parameter(let name):
            if parameter == nil { parameter = (name, RouteTrieBuilder()) }
            precondition(parameter!.name == name, "conflicting parameter names at \(description)")
            return parameter!.node.descend(segments.dropFirst(), for: description)
        case .suffixedParameter(let name, let text):
            let suffix = Array(text.utf8)
            if let child = suffixed.first(where: { $0.suffix == suffix }) {
                precondition(child.name == name, "conflicting parameter names at \(description)")
                return child.node.descend(segments.dropFirst(), for: description)
            }
            let child = RouteTrieBuilder()
            suffixed.append((suffix, name, child))
            return child.descend(segments.dropFirst(), for: description)
        }
    }
}
