/// Which leg of a call a live operation acts on (`legs`, `leg`): the call itself (`aleg`), the party it is
/// bridged to by `<Dial>` (`bleg`), or both.
public enum CallLegs: String, Sendable, CaseIterable {
    case aleg
    case bleg
    case both
}
