/// The URL check Plivo applies to answer, hangup, fallback and message URLs: absolute, `http` or `https`, with a host.
///
/// Works on the UTF-8 bytes without allocating: it runs for up to four URLs on every create and update.
package enum URLValidation {
    package static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        let utf8 = text.utf8
        // No spaces or control characters anywhere (non-ASCII letters are fine: IRIs).
        guard !utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return false }
        guard let rest = dropScheme(text, "http://") ?? dropScheme(text, "https://") else { return false }
        let authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        // userinfo@host:port: the host is what follows the last "@", up to a port's ":" (or an IPv6 literal).
        let hostAndPort = authority.lastIndex(of: UInt8(ascii: "@")).map { authority[authority.index(after: $0)...] }
            ?? authority
        if hostAndPort.first == UInt8(ascii: "[") { return true }
        return hostAndPort.first.map { $0 != UInt8(ascii: ":") } ?? false
    }

    /// The bytes after `scheme` when `text` starts with it, letters compared case-insensitively.
    private static func dropScheme(_ text: String, _ scheme: StaticString) -> Substring.UTF8View? {
        let prefix = UnsafeBufferPointer(start: scheme.utf8Start, count: scheme.utf8CodeUnitCount)
        guard text.utf8.count >= prefix.count,
            zip(text.utf8, prefix).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
        else { return nil }
        return Substring(text).utf8.dropFirst(prefix.count)
    }
}
