/// Typed attribute values. Each reader reports a bad value as `invalidAttributeValue` with the expectation in
/// words, and returns the default so the rest of the document is still checked.
///
/// Values are trimmed first (Plivo's engine stripped them). An empty value counts as absent: SDK builders write
/// empty strings for options left unset (Python emits `sendDigitsMode=""`, `recordWhenAlone=""`). The one
/// exception is `finishOnKey`, where Plivo documents the empty string as "no key".
extension ElementReader {
    /// The trimmed value of `name`, or nil when it is absent or empty.
    mutating func value(_ name: String) -> (attribute: XMLAttribute, text: String)? {
        guard let attribute = attribute(name) else { return nil }
        let text = attribute.value.trimmed
        return text.isEmpty ? nil : (attribute, text)
    }

    func invalid(_ attribute: XMLAttribute, mustBe expectation: String) {
        report(.invalidAttributeValue,
               "attribute \(attribute.name) must be \(expectation), got \"\(attribute.value.clipped())\"",
               attribute: attribute)
    }

    mutating func string(_ name: String) -> String? {
        value(name)?.text
    }

    /// A string the element cannot do without; reports `missingAttribute` when absent or empty.
    mutating func requiredString(_ name: String) -> String {
        guard let (_, text) = value(name) else {
            report(.missingAttribute, "attribute \(name) is required")
            return ""
        }
        return text
    }

    mutating func integer(_ name: String, in range: ClosedRange<Int>) -> Int? {
        guard let (attribute, text) = value(name) else { return nil }
        guard let number = Self.integer(text), range.contains(number) else {
            invalid(attribute, mustBe: Self.describe(range))
            return nil
        }
        return number
    }

    mutating func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) -> Int {
        integer(name, in: range) ?? fallback
    }

    /// Decimal digits with an optional minus (so that "-1" can be reported as out of range). `Int.init` alone
    /// would also take "+5"; Plivo's values never have a plus sign, so it is refused with the rest.
    static func integer(_ text: String) -> Int? {
        text.hasPrefix("+") ? nil : Int(text)
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max
            ? "an integer of at least \(range.lowerBound)"
            : "an integer from \(range.lowerBound) to \(range.upperBound)"
    }

    /// `true` or `false`, exactly: Plivo documents booleans as these two lower-case strings.
    mutating func boolean(_ name: String) -> Bool? {
        guard let (attribute, text) = value(name) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            invalid(attribute, mustBe: "true or false")
            return nil
        }
    }

    mutating func boolean(_ name: String, default fallback: Bool) -> Bool {
        boolean(name) ?? fallback
    }

    mutating func choice<Choice: AttributeChoice>(_ name: String, as type: Choice.Type = Choice.self) -> Choice? {
        guard let (attribute, text) = value(name) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            invalid(attribute, mustBe: "one of \(Choice.choices)")
            return nil
        }
        return choice
    }

    mutating func choice<Choice: AttributeChoice>(_ name: String, default fallback: Choice) -> Choice {
        choice(name, as: Choice.self) ?? fallback
    }

    /// A method attribute; Plivo's default is POST everywhere.
    mutating func method(_ name: String) -> RequestMethod {
        choice(name, default: .post)
    }

    mutating func url(_ name: String, schemes: [String] = AbsoluteURL.web) -> String? {
        guard let (attribute, text) = value(name) else { return nil }
        guard AbsoluteURL.isValid(text, schemes: schemes) else {
            invalid(attribute, mustBe: AbsoluteURL.describe(schemes))
            return nil
        }
        return text
    }

    mutating func requiredURL(_ name: String) -> String {
        guard attribute(name).map({ !$0.value.trimmed.isEmpty }) == true else {
            report(.missingAttribute, "attribute \(name) is required")
            return ""
        }
        return url(name) ?? ""
    }
}
