/// Attributes made of telephone keys: finish keys, valid digits, digits to send, patterns to match.
extension ElementReader {
    static let keypad = "1234567890*#"

    /// GetDigits/GetInput `finishOnKey`: one key, or none when the value is empty or `none`. Absent means `#`.
    mutating func finishOnKey(_ name: String = "finishOnKey") -> Character? {
        guard let attribute = attribute(name) else { return "#" }
        let text = attribute.value.trimmed
        if text.isEmpty || text == "none" { return nil }
        guard text.count == 1, let key = text.first, Self.keypad.contains(key) else {
            invalid(attribute, mustBe: "one key of 0-9, * or #, an empty string or none")
            return "#"
        }
        return key
    }

    /// A set of keys written as one string (`validDigits="123"`, Record's `finishOnKey="*#"`). With
    /// `noneAllowed`, `none` and the empty string mean no key at all.
    mutating func keys(_ name: String, default fallback: String, noneAllowed: Bool = false) -> String {
        guard let attribute = attribute(name) else { return fallback }
        let text = attribute.value.trimmed
        if noneAllowed, text.isEmpty || text == "none" { return "" }
        if text.isEmpty { return fallback }
        guard text.allSatisfy(Self.keypad.contains) else {
            invalid(attribute, mustBe: noneAllowed ? "keys from 0-9, * and #, or none" : "keys from 0-9, * and #")
            return fallback
        }
        return text
    }

    /// One key that must be pressed (Dial `confirmKey`).
    mutating func key(_ name: String) -> Character? {
        guard let (attribute, text) = value(name) else { return nil }
        guard text.count == 1, let key = text.first, Self.keypad.contains(key) else {
            invalid(attribute, mustBe: "one key of 0-9, * or #")
            return nil
        }
        return key
    }

    /// Digits to send as tones (`sendDigits`): keys plus `w` (0.5 s pause) and `W` (1 s pause).
    mutating func tones(_ name: String) -> String? {
        guard let (attribute, text) = value(name) else { return nil }
        guard Self.areTones(text) else {
            invalid(attribute, mustBe: "keys from 0-9, * and #, with w or W for pauses")
            return nil
        }
        return text
    }

    static func areTones(_ text: String) -> Bool {
        text.allSatisfy { keypad.contains($0) || $0 == "w" || $0 == "W" }
    }

    /// Comma-separated key sequences (`digitsMatch="123,45*"`).
    mutating func keyPatterns(_ name: String) -> [String] {
        guard let (attribute, text) = value(name) else { return [] }
        let patterns = text.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmed)
        guard patterns.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.keypad.contains) }) else {
            invalid(attribute, mustBe: "comma-separated sequences of 0-9, * and #")
            return []
        }
        return patterns
    }

    /// `name=value` pairs separated by commas. With `alphanumeric`, names and values are limited to
    /// `[A-Za-z0-9]`, Plivo's rule for SIP headers.
    mutating func pairs(_ name: String, alphanumeric: Bool, maxBytes: Int? = nil) -> [NameValuePair] {
        guard let (attribute, text) = value(name) else { return [] }
        if let maxBytes, text.utf8.count > maxBytes {
            invalid(attribute, mustBe: "at most \(maxBytes) bytes")
            return []
        }
        let allowed = { (text: String) in !alphanumeric || text.unicodeScalars.allSatisfy(Self.isASCIIAlphanumeric) }
        guard let pairs = Self.parsePairs(text), pairs.allSatisfy({ allowed($0.name) && allowed($0.value) }) else {
            invalid(attribute, mustBe: "comma-separated name=value pairs" + (alphanumeric ? " of letters and digits" : ""))
            return []
        }
        return pairs
    }

    /// `a=1,b=2` as pairs, or nil when an item has no `=` or no name.
    static func parsePairs(_ text: String) -> [NameValuePair]? {
        var pairs: [NameValuePair] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].trimmed.isEmpty else { return nil }
            pairs.append(NameValuePair(name: parts[0].trimmed, value: parts[1].trimmed))
        }
        return pairs
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
