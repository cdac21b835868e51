extension Money: LosslessStringConvertible {
    /// Parses a decimal amount as Plivo and its users write it: `"0.00850"`, `"12.5"`, `"-3"`, `"007.10"`.
    ///
    /// Accepted: an optional `-`, one or more digits, and optionally a `.` followed by one or more digits.
    /// Rejected (nil): empty strings, a lone sign or dot, `"+1"`, `".5"`, `"5."`, spaces, exponents, and any value
    /// that cannot be held exactly, meaning a non-zero digit after the fifth decimal (`"0.000001"`) or an amount
    /// beyond `Int64` units. Zeros after the fifth decimal are exact and accepted (`"0.008500"`).
    /// Parsing never rounds: a caller that wants rounding must say so with its own rule.
    public init?(_ description: String) {
        guard let units = Self.parseUnits(Substring(description)) else { return nil }
        self.init(units: units)
    }

    private static func parseUnits(_ text: Substring) -> Int64? {
        var text = text
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }

        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        guard fraction.dropFirst(scale).allSatisfy({ $0 == "0" }) else { return nil }

        let kept = fraction.prefix(scale)
        let digits = Array(whole.utf8) + Array(kept.utf8)
            + Array(repeating: UInt8(ascii: "0"), count: scale - kept.count)
        var magnitude: Int64 = 0
        for digit in digits {
            let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { return nil }
            magnitude = sum
        }
        return negative ? -magnitude : magnitude
    }
}

extension Character {
    /// Only `0`–`9`: `Character.isNumber` also accepts other scripts' digits and fractions like `½`.
    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }
}

extension Money: ExpressibleByStringLiteral {
    /// A literal amount in the catalog's tables and in tests: `let rate: Money = "0.00850"`.
    /// A malformed literal is a programming error and traps, like an out-of-range array index.
    /// Note that Swift reads `Money("0.5")` with a literal argument as this initializer (SE-0213), so it is not
    /// optional; only a `String` value goes through the failable `init?(_:)`.
    public init(stringLiteral value: String) {
        guard let money = Money(value) else { preconditionFailure("not an exact amount: \(value)") }
        self = money
    }
}
