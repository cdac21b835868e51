/// Which verbs exist and where each may stand. Adding a verb: its file (a `VerbElement`), its case in
/// `PlivoVerb`, and one line in `registry`; parents that take it list it in their own rules.
extension PlivoVerb {
    /// Every verb `<Response>` takes, in the order of Plivo's element reference.
    static let registry: [any VerbElement.Type] = [
        Speak.self, Play.self, Wait.self, PreAnswer.self, Redirect.self, Hangup.self, DTMF.self, Message.self,
        GetDigits.self, GetInput.self, Record.self, Dial.self, Conference.self, Stream.self,
    ]

    /// Plivo elements the mock recognises and refuses, with the reason a trace shows.
    static let unsupported: [(name: String, reason: String)] = [
        ("MultiPartyCall", "multi-party calls are a separate Plivo product the mock does not simulate"),
    ]

    /// The children of `<Response>`.
    static let responseRules: [ChildRule<PlivoVerb>] =
        registry.map { ChildRule.verb($0) } + unsupported.map { ChildRule.unsupported($0.name, reason: $0.reason) }

    /// The prompts of `<GetDigits>` and `<GetInput>`: Speak and Play per Plivo's docs, Wait per the SDK builders.
    static let promptRules: [ChildRule<PlivoVerb>] = [
        .verb(Speak.self), .verb(Play.self), .verb(Wait.self, documented: false),
    ]

    /// Every element name the grammar knows anywhere, so that a known element in the wrong parent is reported
    /// as misplaced rather than unknown.
    static let knownElementNames: Set<String> = Set(
        [PlivoDocument.rootName, Number.name, User.name] + registry.map { $0.name } + unsupported.map(\.name)
            + SSMLElement.grammar.keys)
}
