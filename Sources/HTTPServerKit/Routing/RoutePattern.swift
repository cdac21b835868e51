/// A route written as `"GET /v1/Account/:authID/Application/:appID/"`: a method, then a path whose `:name`
/// segments capture a value. A trailing slash is optional when matching, as Plivo's SDKs always send it and
/// curl users often do not.
///
/// A parameter may end in a literal suffix that starts with a dot, `:recordingID.mp3`: it matches a segment that
/// ends in the suffix and has something before it, and captures that something. Files named by an id
/// (`…/Recording/{id}.mp3`) then sit beside the resource `…/Recording/{id}/` without capturing it.
public struct RoutePattern: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        /// `:name.ext`: the name, and the suffix from its dot on (`.ext`).
        case suffixedParameter(String, suffix: String)
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
                guard segment.hasPrefix(":") else { return .literal(segment) }
                let name = segment.dropFirst()
                guard let dot = name.firstIndex(of: ".") else { return .parameter(String(name)) }
                precondition(dot > name.startIndex && name.index(after: dot) < name.endIndex,
                             "a suffixed parameter reads :name.suffix: \(text)")
                return .suffixedParameter(String(name[..<dot]), suffix: String(name[dot...]))
            }
        }
        description = text
    }
}
