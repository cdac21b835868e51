/// Dial's `dialMusic`: what the caller hears while the other party rings.
public enum DialMusic: Sendable, Equatable {
    /// The carrier's own ringback (`real`).
    case real
    /// XML of Play/Speak/Wait fetched with POST from this URL.
    case url(String)

    static func read(_ name: String, from element: inout ElementReader) -> DialMusic? {
        guard let (attribute, text) = element.value(name) else { return nil }
        if text == "real" { return .real }
        guard AbsoluteURL.isValid(text, schemes: AbsoluteURL.web) else {
            element.invalid(attribute, mustBe: "real or \(AbsoluteURL.describe(AbsoluteURL.web))")
            return nil
        }
        return .url(text)
    }
}
