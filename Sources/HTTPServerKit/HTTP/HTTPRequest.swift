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
        var utf8 = Substring(target).utf8
        if let colon = utf8.firstIndex(of: UInt8(ascii: ":")), utf8[colon...].starts(with: "://".utf8),
            utf8[..<colon].elementsEqual("http".utf8, by: { $0 | 0x20 == $1 })
                || utf8[..<colon].elementsEqual("https".utf8, by: { $0 | 0x20 == $1 })
        {
            let afterAuthority = utf8[utf8.index(colon, offsetBy: 3)...]
            let pathStart = afterAuthority.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }
            utf8 = afterAuthority[(pathStart ?? afterAuthority.endIndex)...]
            if utf8.first != UInt8(ascii: "/") {
                let rest = Substring(utf8)
                return splitTarget("/" + rest)
            }
        }
        guard let mark = utf8.firstIndex(of: UInt8(ascii: "?")) else { return (String(Substring(utf8)), nil) }
        return (String(Substring(utf8[..<mark])), String(Substring(utf8[utf8.index(after: mark)...])))
    }
}
