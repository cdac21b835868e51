/// Speak's `voice`: Plivo's two standard voices, or an Amazon Polly voice (which also enables SSML).
public enum SpeakVoice: Sendable, Equatable {
    case woman
    case man
    /// A Polly voice by name, spelled as in Plivo's voice list (`Joanna`, `Léa`); `*` lets Plivo choose one
    /// for the language.
    case polly(String)

    /// The value as written in XML.
    public var attributeValue: String {
        switch self {
        case .woman: "WOMAN"
        case .man: "MAN"
        case .polly(let name): "Polly.\(name)"
        }
    }

    public var isPolly: Bool {
        if case .polly = self { true } else { false }
    }

    init?(attributeValue text: String) {
        switch text {
        case "WOMAN": self = .woman
        case "MAN": self = .man
        default:
            guard text.hasPrefix("Polly."), text.count > "Polly.".count else { return nil }
            self = .polly(String(text.dropFirst("Polly.".count)))
        }
    }
}
