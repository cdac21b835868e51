/// `<PreAnswer>`: plays its children as early media, before the call is answered (and billed).
public struct PreAnswer: VerbElement {
    public static let name = "PreAnswer"

    /// Speak, Play and Wait per Plivo's docs; GetDigits, Redirect, Message and DTMF too per the SDK builders.
    public var verbs: [PlivoVerb]

    static let rules: [ChildRule<PlivoVerb>] = [
        .verb(Speak.self), .verb(Play.self), .verb(Wait.self),
        .verb(GetDigits.self, documented: false), .verb(Redirect.self, documented: false),
        .verb(Message.self, documented: false), .verb(DTMF.self, documented: false),
    ]

    init(reading element: inout ElementReader) {
        element.refuseAllAttributes()
        verbs = element.children(Self.rules)
    }

    var verb: PlivoVerb { .preAnswer(self) }
}
