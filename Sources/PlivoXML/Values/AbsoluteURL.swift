/// The URL check behind every URL attribute and body: Plivo requires absolute http(s) URLs (a relative or other
/// scheme ends the call with 7022–7024, docs/plivo-xml.md), so the check is on the scheme and a host, not on
/// everything RFC 3986 allows.
enum AbsoluteURL {
    static let web = ["http", "https"]
    static let webSocket = ["ws", "wss"]

    /// True for `scheme://host...` with one of `schemes` (any case), a non-empty host, and no whitespace or
    /// control characters anywhere.
    static func isValid(_ text: String, schemes: [String]) -> Bool {
        guard let separator = text.firstRange(of: "://") else { return false }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard schemes.contains(scheme) else { return false }
        let rest = text[separator.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.isEmpty, !authority.hasPrefix("@"), !authority.hasSuffix("@") else { return false }
        return text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
    }

    static func describe(_ schemes: [String]) -> String {
        "an absolute " + schemes.joined(separator: "/") + " URL"
    }
}
