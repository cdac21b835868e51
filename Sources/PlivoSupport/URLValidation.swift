#if canImport(Glibc)
    import Glibc
#endif

/// The URL check Plivo applies to answer, hangup, fallback and message URLs: absolute, `http` or `https`, with a host.
///
/// The authority is `[userinfo@]host[:port]`: the host a name, or an IPv6 address in brackets (RFC 3986 §3.2.2);
/// the port, as Django's URL validator (Plivo's) reads it, up to five digits. Works on the UTF-8 bytes, allocating
/// only for a bracketed address: it runs for up to four URLs on every create and update.
package enum URLValidation {
    package static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        let utf8 = text.utf8
        // No spaces or control characters anywhere (non-ASCII letters are fine: IRIs).
        guard !utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return false }
        guard let rest = dropScheme(text, "http://") ?? dropScheme(text, "https://") else { return false }
        let authority = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        // userinfo@host:port: the host is what follows the last "@".
        let hostAndPort = authority.lastIndex(of: UInt8(ascii: "@")).map { authority[authority.index(after: $0)...] }
            ?? authority
        let port: Substring.UTF8View.SubSequence
        if hostAndPort.first == UInt8(ascii: "[") {
            guard let close = hostAndPort.firstIndex(of: UInt8(ascii: "]")),
                isIPv6(hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close])
            else { return false }
            port = hostAndPort[hostAndPort.index(after: close)...]
        } else {
            let host = hostAndPort.prefix { $0 != UInt8(ascii: ":") }
            guard !host.isEmpty, !host.contains(UInt8(ascii: "[")), !host.contains(UInt8(ascii: "]")) else { return false }
            port = hostAndPort[host.endIndex...]
        }
        guard let colon = port.first else { return true }
        let digits = port.dropFirst()
        return colon == UInt8(ascii: ":") && digits.count <= 5 && digits.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func isIPv6(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, String(Substring(bytes)), &address) == 1
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
