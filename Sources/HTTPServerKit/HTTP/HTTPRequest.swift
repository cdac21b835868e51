/// A complete HTTP/1.x request as the parser produced it: a value, detached from any socket.
public struct HTTPRequest: Sendable {
    /// The method token, exactly as sent.
    public var method: HTTPMethod
    /// The request target exactly as it stood in the request line.
    public var target: String
    /// The path of the target, still percent-encoded. An absolute-form target (`http://host/p?q`, which clients send
    /// through a proxy setting, RFC 9112 §3.2.2) is reduced to its path, so routing never sees a scheme or host.
    public var path: String
    /// The query of the target without its `?`, still encoded; `nil` when the target had no `?`.
    public var query: String?
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The body after any transfer coding was removed.
    public var body: [UInt8]

    /// Creates a request; `target` is split into `path` and `query` the way the parser does it.
    public init(
        method: HTTPMethod,
        target: String,
        version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = [:],
        body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        (self.path, self.query) = HTTPRequest.splitTarget(target)
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// The query's `name=value` pairs, decoded as `application/x-www-form-urlencoded` (`+` is a space), in order.
    public var queryItems: [(name: String, value: String)] {
        query.map(FormURLEncoding.decode) ?? []
    }

    /// Whether the connection may carry another request after this one: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive` (RFC 9112 §9.3).
    public var keepAlive: Bool {
        if headers.hasToken("close", in: "Connection") { return false }
        if version == .http1_0 { return headers.hasToken("keep-alive", in: "Connection") }
        return true
    }

    /// Splits on bytes rather than `Character`s: targets are ASCII on the wire and this runs for every request.
    static func splitTarget(_ target: String) -> (path: String, query: String?) {
        var target = target
        // The usual origin-form target without a query is its own path: no second String for it.
        let isPlainPath = target.withUTF8 { $0.first == UInt8(ascii: "/") && !$0.contains(UInt8(ascii: "?")) }
        if isPlainPath { return (target, nil) }
        return target.withUTF8(splitTarget)
    }

    private static func splitTarget(_ bytes: UnsafeBufferPointer<UInt8>) -> (path: String, query: String?) {
        var pathStart = 0
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[colon...].starts(with: "://".utf8),
            isHTTPScheme(bytes[..<colon])
        {
            let authorityEnd = bytes[(colon + 3)...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }
            guard let authorityEnd, bytes[authorityEnd] == UInt8(ascii: "/") else {
                // `http://host` or `http://host?q`: the path is `/`.
                return ("/", authorityEnd.map { text(bytes[($0 + 1)...]) })
            }
            pathStart = authorityEnd
        }
        let rest = bytes[pathStart...]
        guard let mark = rest.firstIndex(of: UInt8(ascii: "?")) else { return (text(rest), nil) }
        return (text(bytes[pathStart..<mark]), text(bytes[(mark + 1)...]))
    }

    /// `http` or `https`, in any case (RFC 3986 §3.1).
    private static func isHTTPScheme(_ scheme: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        scheme.elementsEqual("http".utf8, by: { $0 | 0x20 == $1 })
            || scheme.elementsEqual("https".utf8, by: { $0 | 0x20 == $1 })
    }

    private static func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}
