/// `application/x-www-form-urlencoded` and percent-encoding helpers (WHATWG URL §5, RFC 3986 §2.1).
public enum FormURLEncoding {
    /// Splits `a=1&b=2` into ordered pairs; `+` means a space and `%XX` a byte. Malformed escapes are kept literally,
    /// as browsers do, rather than failing the whole body.
    public static func decode<S: StringProtocol>(_ text: S) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = percentDecode(parts[0], plusAsSpace: true)
            let value = parts.count > 1 ? percentDecode(parts[1], plusAsSpace: true) : ""
            return (name, value)
        }
    }

    /// Encodes ordered pairs as a form body or query string.
    public static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    /// Decodes `%XX` escapes (and `+` when `plusAsSpace`) into UTF-8 text; invalid escapes stay as they are.
    public static func percentDecode<S: StringProtocol>(_ text: S, plusAsSpace: Bool = false) -> String {
        percentDecode(bytes: text.utf8, plusAsSpace: plusAsSpace)
    }

    /// ``percentDecode(_:plusAsSpace:)`` on bytes, such as a path segment where it lies in the request.
    static func percentDecode<Bytes: Collection<UInt8>>(bytes: Bytes, plusAsSpace: Bool = false) -> String {
        // Most route parameters and form values have nothing to decode: they become a `String` in one step.
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            if byte == UInt8(ascii: "%"), index != bytes.endIndex, let high = hexValue(bytes[index]) {
                let next = bytes.index(after: index)
                if next != bytes.endIndex, let low = hexValue(bytes[next]) {
                    decoded.append(high << 4 | low)
                    index = bytes.index(after: next)
                    continue
                }
            }
            decoded.append(byte == UInt8(ascii: "+") && plusAsSpace ? UInt8(ascii: " ") : byte)
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    public static func percentEncode<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                result += "%"
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
            }
        }
        return result
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
