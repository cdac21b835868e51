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
        var path = String(parts[1])
        segments = path.withUTF8 { bytes in
            let walker = PathSegments(bytes)
            return walker.map { range in
                let segment = String(decoding: walker[range], as: UTF8.self)
                return segment.hasPrefix(":") ? .parameter(String(segment.dropFirst())) : .literal(segment)
            }
        }
        description = text
    }
}
