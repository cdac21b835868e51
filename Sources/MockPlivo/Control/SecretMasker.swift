/// Finds the values of secret parameters in request text by the pattern of their names, without parsing, so that
/// text which does not parse is masked too: a body cut short, malformed JSON, a form with broken escapes, JSON
/// inside other text.
///
/// Two patterns, both looked for in the whole text:
/// - JSON-ish: a string literal followed by `:` is a name. A secret name's value is masked: a string's content
///   becomes `****`; a number, literal, object or array becomes `"****"`; a value the text cuts short is masked to
///   the end. Other strings are skipped whole, so a quoted name inside a string value is not taken for a key.
/// - Form-ish, in text that does not start as JSON: `name=value` pairs separated by `&`; a secret name's value, up
///   to the next `&`, becomes `****`.
///
/// Names are compared as they decode (`\u0077`, `%77` and `+` included), ignoring case, `-` and `_`
/// (``isSecret(_:)``). Credentials in a URL's userinfo are masked wherever a URL appears, plain, JSON-escaped or
/// percent-encoded (``maskingURLCredentials(_:)``). Everything else is left byte for byte as it was.
enum SecretMasker {
    static let mask: [UInt8] = Array("****".utf8)

    /// The name stems that make a header or parameter secret, lower case, without `-` or `_`.
    private static let stems: [[UInt8]] = [
        "token", "secret", "password", "passwd", "cookie", "signature", "apikey", "privatekey",
    ].map { Array($0.utf8) }

    /// Whether a header or parameter name names a credential: it contains `token`, `secret`, `password`,
    /// `passwd`, `cookie`, `signature`, `apikey` or `privatekey`, in any case, `-` and `_` ignored
    /// (`auth_token`, `X-Api-Key`, `Client-Secret`).
    static func isSecret(_ name: some Collection<UInt8>) -> Bool {
        // Compared in place rather than on a lowered copy: this runs for every name in every journaled body.
        var start = name.startIndex
        while start != name.endIndex {
            let first = lowercased(name[start])
            if stems.contains(where: { $0[0] == first && matches($0, in: name, from: start) }) { return true }
            start = name.index(after: start)
        }
        return false
    }

    /// Whether `stem` is spelled in `name` from `start`, case, `-` and `_` aside.
    private static func matches<Name: Collection<UInt8>>(_ stem: [UInt8], in name: Name, from start: Name.Index) -> Bool {
        var index = start
        var matched = 0
        while matched < stem.count {
            guard index != name.endIndex else { return false }
            let byte = name[index]
            index = name.index(after: index)
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") { continue }
            guard lowercased(byte) == stem[matched] else { return false }
            matched += 1
        }
        return true
    }

    static func isSecret(_ name: String) -> Bool { isSecret(name.utf8) }

    /// `text` with every secret value found masked, or nil when there is none (the usual case, which copies
    /// nothing).
    static func masking(_ text: [UInt8]) -> [UInt8]? {
        var replacements: [Replacement] = []
        findJSONValues(in: text, into: &replacements)
        findURLCredentials(in: text, into: &replacements)
        if text.first(where: { !isWhitespace($0) }).map({ $0 != UInt8(ascii: "{") && $0 != UInt8(ascii: "[") }) ?? false {
            findFormValues(in: text, into: &replacements)
        }
        guard !replacements.isEmpty else { return nil }
        return apply(replacements, to: text)
    }

    struct Replacement {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    /// `text` with each range replaced; a range that overlaps an earlier one is merged into its mask.
    static func apply(_ replacements: [Replacement], to text: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var position = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if replacement.range.lowerBound >= position {
                output.append(contentsOf: text[position..<replacement.range.lowerBound])
                output.append(contentsOf: replacement.bytes)
                position = replacement.range.upperBound
            } else if replacement.range.upperBound > position {
                position = replacement.range.upperBound
            }
        }
        output.append(contentsOf: text[position...])
        return output
    }

    // MARK: JSON-ish

    private static func findJSONValues(in text: [UInt8], into replacements: inout [Replacement]) {
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            let literal = stringLiteral(in: text, at: index)
            guard let end = literal.end else { return }  // an unterminated string runs to the end: nothing follows
            var next = skipWhitespace(in: text, from: end)
            guard next < text.count, text[next] == UInt8(ascii: ":") else {
                index = end
                continue
            }
            next = skipWhitespace(in: text, from: next + 1)
            let name = text[literal.content]
            let isSecretName = literal.hasEscapes ? isSecret(decodeJSONString(name)) : isSecret(name)
            guard isSecretName, next < text.count else {
                index = next
                continue
            }
            let valueEnd = jsonValueEnd(in: text, at: next)
            if text[next] == UInt8(ascii: "\"") {
                let value = stringLiteral(in: text, at: next)
                replacements.append(Replacement(range: value.content, bytes: mask))
            } else {
                replacements.append(Replacement(range: next..<valueEnd, bytes: [UInt8(ascii: "\"")] + mask + [UInt8(ascii: "\"")]))
            }
            index = valueEnd
        }
    }

    /// The string literal opening at `start`: its content, and the index after its closing quote (nil when the
    /// text ends first).
    private static func stringLiteral(in text: [UInt8], at start: Int) -> (content: Range<Int>, end: Int?, hasEscapes: Bool) {
        var index = start + 1
        var hasEscapes = false
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: "\\"):
                hasEscapes = true
                index += 2
            case UInt8(ascii: "\""):
                return (start + 1..<index, index + 1, hasEscapes)
            default:
                index += 1
            }
        }
        return (start + 1..<text.count, nil, hasEscapes)
    }

    /// Where the value starting at `start` ends: after a string or a balanced object or array, or at the `,`, `}`,
    /// `]` or space that ends a number or literal; the end of the text when it is cut short.
    private static func jsonValueEnd(in text: [UInt8], at start: Int) -> Int {
        switch text[start] {
        case UInt8(ascii: "\""):
            return stringLiteral(in: text, at: start).end ?? text.count
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < text.count {
                switch text[index] {
                case UInt8(ascii: "\""):
                    guard let end = stringLiteral(in: text, at: index).end else { return text.count }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            return text.count
        default:
            var index = start
            while index < text.count, !isWhitespace(text[index]),
                ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(text[index])
            {
                index += 1
            }
            return index
        }
    }

    /// A JSON string's content decoded enough to compare names: escapes resolved, `\u` below 0x80 as its byte.
    private static func decodeJSONString(_ content: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = content.startIndex
        while index < content.endIndex {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < content.endIndex else {
                output.append(byte)
                index += 1
                continue
            }
            let escaped = content[index + 1]
            if escaped == UInt8(ascii: "u"), index + 6 <= content.endIndex,
                let code = UInt32(String(decoding: content[index + 2..<index + 6], as: UTF8.self), radix: 16)
            {
                output.append(code < 0x80 ? UInt8(code) : UInt8(ascii: "?"))
                index += 6
            } else {
                output.append(escaped)
                index += 2
            }
        }
        return output
    }

    // MARK: Form-ish

    private static func findFormValues(in text: [UInt8], into replacements: inout [Replacement]) {
        var start = 0
        while start <= text.count {
            let end = text[start...].firstIndex(of: UInt8(ascii: "&")) ?? text.count
            if let equals = text[start..<end].firstIndex(of: UInt8(ascii: "=")) {
                let name = text[start..<equals]
                let escaped = name.contains { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }
                if escaped ? isSecret(decodeFormName(name)) : isSecret(name) {
                    replacements.append(Replacement(range: equals + 1..<end, bytes: mask))
                }
            }
            start = end + 1
        }
    }

    /// `%XX` and `+` decoded; a `%` not followed by two hex digits stays as it is.
    private static func decodeFormName(_ name: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = name.startIndex
        while index < name.endIndex {
            let byte = name[index]
            if byte == UInt8(ascii: "%"), index + 3 <= name.endIndex,
                let value = UInt8(String(decoding: name[index + 1..<index + 3], as: UTF8.self), radix: 16)
            {
                output.append(value)
                index += 3
            } else {
                output.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return output
    }

    // MARK: Bytes

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func skipWhitespace(in text: [UInt8], from start: Int) -> Int {
        var index = start
        while index < text.count, isWhitespace(text[index]) { index += 1 }
        return index
    }

}
