extension HTTPRequestParser {
    /// Longest target kept from an unparsable request: enough to tell where it was going, not a copy of an
    /// oversized line.
    static let maxSalvagedTargetLength = 1024

    /// What can be read of a request that failed to parse, from the start of its bytes: the method and target of
    /// its first line when they look like ones, for logs and journals. The rest (headers, body) is left out: they
    /// are what failed, or were never reached. A method that is not a token reads `-`, and a target that is not
    /// visible ASCII starting with `/` (or an absolute `http` URL) reads `*`, so nothing unprintable is passed on.
    public static func salvage(_ bytes: UnsafeRawBufferPointer) -> HTTPRequest {
        var start = 0
        // RFC 9112 §2.2: empty lines before the request line are ignored.
        while start < bytes.count && (bytes[start] == UInt8(ascii: "\r") || bytes[start] == UInt8(ascii: "\n")) {
            start += 1
        }
        let line = bytes[start...].prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
        let words = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false)
        var method = "-"
        if let first = words.first, !first.isEmpty, first.count <= 32, first.allSatisfy(isTokenByte) {
            method = String(decoding: first, as: UTF8.self)
        }
        var target = "*"
        if words.count > 1 {
            let candidate = words[1].prefix(maxSalvagedTargetLength)
            let visible = !candidate.isEmpty && candidate.allSatisfy { (0x21...0x7E).contains($0) }
            let text = String(decoding: candidate, as: UTF8.self)
            if visible && (text.hasPrefix("/") || text.lowercased().hasPrefix("http")) { target = text }
        }
        return HTTPRequest(method: HTTPMethod(method), target: target)
    }
}
