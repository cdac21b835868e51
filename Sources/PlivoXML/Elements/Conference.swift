/// `<Conference>`: puts the caller in a named room until they leave it.
public struct Conference: VerbElement {
    public static let name = "Conference"

    /// Members per room in Plivo's current docs (older pages said 100, its old engine 200).
    static let maxMembers = 20

    /// The room's name: per account, case-sensitive.
    public var roomName: String
    /// Join muted. Default false.
    public var muted: Bool
    /// Default silent.
    public var enterSound: ConferenceSound
    /// Default silent.
    public var exitSound: ConferenceSound
    /// False: wait, muted, with `waitSound` until a member with true joins. Default true.
    public var startConferenceOnEnter: Bool
    /// The room ends when this member leaves. Default false.
    public var endConferenceOnExit: Bool
    /// False: the room ends when one member is left. Default true.
    public var stayAlone: Bool
    /// Play/Speak/Wait XML looped while waiting for the room to start.
    public var waitSound: String?
    /// 1–20, fixed by the first member. Default 20.
    public var maxMembers: Int
    /// Seconds the room lives. Default 86400.
    public var timeLimit: Int
    /// The member leaves the room by pressing `*`. Default false.
    public var hangupOnStar: Bool
    /// Record the room. Default false.
    public var record: Bool
    /// Default mp3.
    public var recordFileFormat: AudioFileFormat
    /// SDK builders only; undocumented.
    public var recordWhenAlone: Bool?
    public var transcriptionType: TranscriptionType?
    public var transcriptionURL: String?
    /// Default POST.
    public var transcriptionMethod: RequestMethod
    /// Requested when this member leaves.
    public var action: String?
    /// Default POST.
    public var method: RequestMethod
    /// Receives room events.
    public var callbackURL: String?
    /// Default POST.
    public var callbackMethod: RequestMethod
    /// Default true.
    public var redirect: Bool
    /// Member key sequences reported to `callbackURL`.
    public var digitsMatch: [String]
    /// Report when this member takes the floor. Default false.
    public var floorEvent: Bool
    /// Pass this member's keys to the others. Default true.
    public var relayDTMF: Bool
    /// Python's builder only: tones sent on joining.
    public var sendDigits: String?

    init(reading element: inout ElementReader) {
        muted = element.boolean("muted", default: false)
        enterSound = ConferenceSound.read("enterSound", from: &element)
        exitSound = ConferenceSound.read("exitSound", from: &element)
        startConferenceOnEnter = element.boolean("startConferenceOnEnter", default: true)
        endConferenceOnExit = element.boolean("endConferenceOnExit", default: false)
        stayAlone = element.boolean("stayAlone", default: true)
        waitSound = element.url("waitSound")
        maxMembers = element.integer("maxMembers", in: 1...Self.maxMembers, default: Self.maxMembers)
        timeLimit = element.integer("timeLimit", in: 1...Int.max, default: 86_400)
        hangupOnStar = element.boolean("hangupOnStar", default: false)
        record = element.boolean("record", default: false)
        recordFileFormat = element.choice("recordFileFormat", default: .mp3)
        recordWhenAlone = element.boolean("recordWhenAlone")
        transcriptionType = element.choice("transcriptionType")
        transcriptionURL = element.url("transcriptionUrl")
        transcriptionMethod = element.method("transcriptionMethod")
        action = element.url("action")
        method = element.method("method")
        callbackURL = element.url("callbackUrl")
        callbackMethod = element.method("callbackMethod")
        redirect = element.boolean("redirect", default: true)
        digitsMatch = element.keyPatterns("digitsMatch")
        floorEvent = element.boolean("floorEvent", default: false)
        relayDTMF = element.boolean("relayDTMF", default: true)
        sendDigits = element.tones("sendDigits")
        // Node's and Ruby's builders accept `beep`; no Plivo page says what it does.
        element.accept("beep")
        roomName = element.requiredText("the room name")
    }

    var verb: PlivoVerb { .conference(self) }
}
