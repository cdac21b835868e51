/// `<Hangup>`: ends the call now, or arms a timer and lets the document go on.
public struct Hangup: VerbElement {
    public static let name = "Hangup"

    public enum Reason: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        /// The caller hears a rejection; recorded as hangup cause 3020.
        case rejected
        /// The caller hears busy; recorded as 3010.
        case busy
    }

    /// Nil for a normal hangup.
    public var reason: Reason?
    /// Seconds until a scheduled hangup while later elements run; nil hangs up at once.
    public var schedule: Int?

    init(reading element: inout ElementReader) {
        reason = element.choice("reason")
        schedule = element.integer("schedule", in: 1...Int.max)
        element.refuseContent()
    }

    var verb: PlivoVerb { .hangup(self) }
}
