/// A piece of what `<Speak>` says: text, or an SSML tag around more pieces (Polly voices only).
public enum SpeakContent: Sendable, Equatable {
    case text(String)
    case ssml(SSMLElement)

    /// The words without tags, for estimating how long speaking takes.
    var plainText: String {
        switch self {
        case .text(let text): text
        case .ssml(let element): element.content.map(\.plainText).joined()
        }
    }
}
