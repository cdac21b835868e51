/// A route written as `"GET /v1/Account/:authID/Application/:appID/"`: a method, then a path whose `:name`
/// segments capture a value. A trailing slash is optional when matching, as Plivo's SDKs always send it and
/// curl users often do not.
public struct RoutePattern: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public let method: HTTPMethod
    let segments: [Segment]
    public let description: String

    /// Parses `"METHOD /path/:param/"`. A malformed pattern is a programming error and traps.
    public init(_ text: String) {
        let parts = text.split(separator: " ", maxSplits: 1)
        precondition(parts.count == 2 && parts[1].hasPrefix("/"), "route must read \"METHOD /path\": \(text)")
        method = HTTPMethod(String(parts[0]))
        segments = RoutePattern.pathSegments(Substring(parts[1])).map { segment in
            segment.hasPrefix(":") ? .parameter(String(segment.dropFirst())) : .literal(String(segment))
        }
        description = text
    }

    /// The non-empty segments of a path: `/a//b/` and `/a/b` both give `["a", "b"]`.
    static func pathSegments(_ path: Substring) -> [Substring] {
        // Split on the UTF-8 view: `Character` iteration costs more than the rest of routing together.
        path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map { Substring($0) }
    }
}
