/// Conference `enterSound`/`exitSound`: what the room hears when a member joins or leaves.
public enum ConferenceSound: Sendable, Equatable {
    /// Nothing (`""`, the default).
    case silent
    /// `beep:1`.
    case beepOnce
    /// `beep:2`.
    case beepTwice
    /// Play/Speak/Wait XML fetched with POST from this URL.
    case url(String)

    static func read(_ name: String, from element: inout ElementReader) -> ConferenceSound {
        guard let (attribute, text) = element.value(name) else { return .silent }
        switch text {
        case "beep:1": return .beepOnce
        case "beep:2": return .beepTwice
        default:
            guard AbsoluteURL.isValid(text, schemes: AbsoluteURL.web) else {
                element.invalid(attribute, mustBe: "empty, beep:1, beep:2 or \(AbsoluteURL.describe(AbsoluteURL.web))")
                return .silent
            }
            return .url(text)
        }
    }
}
