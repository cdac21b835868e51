/// One element of a Plivo XML document that the call engine runs: a child of `<Response>`, `<PreAnswer>`, or a
/// prompt inside `<GetDigits>`/`<GetInput>`.
public enum PlivoVerb: Sendable, Equatable {
    case speak(Speak)
    case play(Play)
    case wait(Wait)
    case preAnswer(PreAnswer)
    case redirect(Redirect)
    case hangup(Hangup)
    case dtmf(DTMF)
    case message(Message)
    case getDigits(GetDigits)
    case getInput(GetInput)
    case record(Record)
    case dial(Dial)
    case conference(Conference)
    case stream(Stream)

    /// The element name, as written in XML (`GetDigits`).
    public var name: String {
        switch self {
        case .speak: Speak.name
        case .play: Play.name
        case .wait: Wait.name
        case .preAnswer: PreAnswer.name
        case .redirect: Redirect.name
        case .hangup: Hangup.name
        case .dtmf: DTMF.name
        case .message: Message.name
        case .getDigits: GetDigits.name
        case .getInput: GetInput.name
        case .record: Record.name
        case .dial: Dial.name
        case .conference: Conference.name
        case .stream: Stream.name
        }
    }
}
