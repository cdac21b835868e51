import FoundationEssentials

/// Where a callback goes, taken apart for a client that speaks HTTP itself: the host and port to connect to,
/// the `Host` header, the request target, and the credentials of a `user:password@` URL.
///
/// Only `http` and `https` URLs with a host are accepted, and none containing spaces or control characters
/// (they could split the request line). Bytes outside ASCII in the path or query are percent-encoded, so the
/// request line is valid HTTP (RFC 9112 §3.2); everything else is sent as the user wrote it.
package struct CallbackTarget: Sendable, Equatable {
    package var isSecure: Bool
    /// The name or address to resolve, without the brackets of an IPv6 literal.
    package var host: String
    package var port: Int
    /// `host[:port]` as written in the URL, brackets included: the `Host` header (RFC 9110 §7.2).
    package var hostHeader: String
    /// Path and query, never empty (`/` at least), without the fragment.
    package var requestTarget: String
    /// `Basic …` for a URL with user info, as browsers and curl send it; nil otherwise.
    package var authorization: String?

    /// The URL a library is handed: scheme, `hostHeader` and `requestTarget`, user info and fragment left out.
    package var url: String { (isSecure ? "https://" : "http://") + hostHeader + requestTarget }

    /// Parses `text`, or throws `.invalidURL(text)`.
    package init(_ text: String) throws(CallbackTransportError) {
        guard !text.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { throw .invalidURL(text) }
        let parts = CallbackURL(text)
        guard parts.scheme == "http" || parts.scheme == "https" else { throw .invalidURL(text) }
        isSecure = parts.scheme == "https"

        var authority = Substring(parts.netloc)
        authorization = nil
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            let user = userInfo.prefix { $0 != ":" }
            let password = userInfo.dropFirst(user.count + 1)
            let credentials = Self.percentDecoded(user) + ":" + Self.percentDecoded(password)
            authorization = "Basic " + Data(credentials.utf8).base64EncodedString()
            authority = authority[authority.index(after: at)...]
        }
        hostHeader = String(authority)

        let portText: Substring
        if authority.hasPrefix("[") {
            // An IPv6 literal (RFC 3986 §3.2.2): the port, if any, follows the closing bracket.
            guard let close = authority.firstIndex(of: "]") else { throw .invalidURL(text) }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let rest = authority[authority.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { throw .invalidURL(text) }
            portText = rest.dropFirst()
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            portText = authority[authority.index(after: colon)...]
        } else {
            host = String(authority)
            portText = ""
        }
        guard !host.isEmpty else { throw .invalidURL(text) }
        if portText.isEmpty {
            port = isSecure ? 443 : 80
        } else {
            guard portText.utf8.count <= 5, portText.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(portText),
                (1...65535).contains(number)
            else { throw .invalidURL(text) }
            port = number
        }

        let target = (parts.path.isEmpty ? "/" : parts.path) + (parts.query.isEmpty ? "" : "?" + parts.query)
        requestTarget = Self.percentEncodingNonASCII(target)
    }

    private static func percentEncodingNonASCII(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if byte < 0x80 {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `%XX` escapes decoded as UTF-8 (RFC 3986 §2.1); `+` stays a plus, as user info is not a form. An invalid
    /// escape is kept as it is.
    private static func percentDecoded(_ text: Substring) -> String {
        func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
