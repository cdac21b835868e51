extension SecretMasker {
    /// `text` with the userinfo of every URL in it masked: `https://user:****@host/` (the user name kept, so a test
    /// can still tell which was sent), `https://****@host/` when there is no password (a token as the user name),
    /// `https%3A%2F%2F****%40host` in percent-encoded text; unchanged, and not copied, when there is none.
    static func maskingURLCredentials(_ text: String) -> String {
        // Every request's path comes through here for the access log and the journal: most hold neither byte, and
        // need no copy. Scanned in the string's own buffer: the UTF-8 view's iterator cost more than the scan.
        var text = text
        let mayHold = text.withUTF8 { bytes in bytes.contains { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "%") } }
        guard mayHold else { return text }
        let bytes = Array(text.utf8)
        guard mayHoldURLCredentials(bytes) else { return text }
        var replacements: [Replacement] = []
        findURLCredentials(in: bytes, into: &replacements)
        guard !replacements.isEmpty else { return text }
        return String(decoding: apply(replacements, to: bytes), as: UTF8.self)
    }

    /// An `@`, or a percent-encoded one: without either, no URL in `text` has a userinfo.
    private static func mayHoldURLCredentials(_ text: [UInt8]) -> Bool {
        text.indices.contains { index in
            text[index] == UInt8(ascii: "@")
                || text[index] == UInt8(ascii: "%") && matches(Array("%40".utf8), in: text, at: index)
        }
    }

    private static let schemeSeparators: [(pattern: [UInt8], encoded: Bool)] = [
        (Array("://".utf8), false), (Array(#":\/\/"#.utf8), false), (Array("%3a%2f%2f".utf8), true),
    ]

    static func findURLCredentials(in text: [UInt8], into replacements: inout [Replacement]) {
        guard mayHoldURLCredentials(text) else { return }
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: ":") || text[index] == UInt8(ascii: "%"),
                let separator = schemeSeparators.first(where: { matches($0.pattern, in: text, at: index) })
            else {
                index += 1
                continue
            }
            let start = index + separator.pattern.count
            let end = authorityEnd(in: text, from: start, encoded: separator.encoded)
            index = end
            if separator.encoded {
                guard let at = lastIndex(of: Array("%40".utf8), in: text, within: start..<end), at > start else { continue }
                replacements.append(Replacement(range: start..<at, bytes: mask))
            } else {
                guard let at = text[start..<end].lastIndex(of: UInt8(ascii: "@")), at > start else { continue }
                if let colon = text[start..<at].firstIndex(of: UInt8(ascii: ":")) {
                    if colon + 1 < at { replacements.append(Replacement(range: colon + 1..<at, bytes: mask)) }
                } else {
                    replacements.append(Replacement(range: start..<at, bytes: mask))
                }
            }
        }
    }

    /// Where the authority that starts at `start` ends: at the path, query or fragment, or wherever the text
    /// around the URL resumes (a quote, a space, a JSON escape, a form's `&`).
    private static func authorityEnd(in text: [UInt8], from start: Int, encoded: Bool) -> Int {
        var index = start
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\t"),
                 UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                return index
            case UInt8(ascii: "&") where encoded, UInt8(ascii: "=") where encoded, UInt8(ascii: "+") where encoded:
                return index
            case UInt8(ascii: "%") where encoded:
                if ["%2f", "%3f", "%23", "%20"].contains(where: { matches(Array($0.utf8), in: text, at: index) }) {
                    return index
                }
            default:
                break
            }
            index += 1
        }
        return index
    }

    /// Whether `pattern` (lower case) is at `index` in `text`, letters compared without case.
    private static func matches(_ pattern: [UInt8], in text: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= text.count else { return false }
        return pattern.indices.allSatisfy { lowercased(text[index + $0]) == pattern[$0] }
    }

    private static func lastIndex(of pattern: [UInt8], in text: [UInt8], within range: Range<Int>) -> Int? {
        stride(from: range.upperBound - pattern.count, through: range.lowerBound, by: -1).first { index in
            matches(pattern, in: text, at: index)
        }
    }
}
