/// An attribute as written: its value has references replaced and whitespace normalised (XML 1.0 §3.3.3).
struct XMLAttribute: Equatable, Sendable {
    var name: String
    var value: String
    /// Where the attribute's name starts, so an error can point at it.
    var position: SourcePosition
}
