/// `<Dial>`: rings its numbers and SIP users and bridges the caller to the first who answers.
public struct Dial: VerbElement {
    public static let name = "Dial"

    /// Calls longer than a day are cut at 24 h (Plivo's docs), so larger limits are clamped to this.
    static let maxTimeLimit = 86_400
    static let maxCallerNameLength = 50

    public enum CallType: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case voice
        case whatsapp
    }

    /// Receives the dial result after the other leg ends.
    public var action: String?
    /// Default POST.
    public var method: RequestMethod
    /// Seconds to ring. Nil: Plivo's docs give no Dial default (one page says 30), so the engine's ring
    /// timeout applies.
    public var timeout: Int?
    /// Most seconds bridged, at most 86400. Default 14400.
    public var timeLimit: Int
    /// Caller ID shown to the called party; nil keeps the caller's.
    public var callerId: String?
    /// At most 50 characters.
    public var callerName: String?
    /// The caller presses `*` to drop the other leg and go on. Default false.
    public var hangupOnStar: Bool
    /// Play/Speak/Wait XML played to the called party on answer.
    public var confirmSound: String?
    /// Key the called party must press to be bridged.
    public var confirmKey: Character?
    /// Seconds to wait for `confirmKey`. Default 120.
    public var confirmTimeout: Int
    public var dialMusic: DialMusic?
    /// Receives live events of the other leg.
    public var callbackURL: String?
    /// Default POST.
    public var callbackMethod: RequestMethod
    /// Default true.
    public var redirect: Bool
    /// Caller key sequences reported to `callbackURL`.
    public var digitsMatch: [String]
    /// Called-party key sequences reported to `callbackURL`.
    public var digitsMatchBLeg: [String]
    /// Sent to the called party as `X-PH-<name>` headers.
    public var sipHeaders: [NameValuePair]
    /// Default voice.
    public var callType: CallType
    /// At least one.
    public var targets: [DialTarget]

    init(reading element: inout ElementReader) {
        action = element.url("action")
        method = element.method("method")
        timeout = element.integer("timeout", in: 1...Int.max)
        timeLimit = min(element.integer("timeLimit", in: 1...Int.max, default: 14_400), Self.maxTimeLimit)
        callerId = element.string("callerId")
        callerName = Self.readCallerName(&element)
        hangupOnStar = element.boolean("hangupOnStar", default: false)
        confirmSound = element.url("confirmSound")
        confirmKey = element.key("confirmKey")
        confirmTimeout = element.integer("confirmTimeout", in: 1...Int.max, default: 120)
        dialMusic = DialMusic.read("dialMusic", from: &element)
        callbackURL = element.url("callbackUrl")
        callbackMethod = element.method("callbackMethod")
        redirect = element.boolean("redirect", default: true)
        digitsMatch = element.keyPatterns("digitsMatch")
        digitsMatchBLeg = element.keyPatterns("digitsMatchBLeg")
        sipHeaders = element.pairs("sipHeaders", alphanumeric: true)
        callType = element.choice("callType", default: .voice)
        // The Go builder writes `machineDetection`; no Plivo page says what it does on Dial.
        element.accept("machineDetection")
        targets = element.children(DialTarget.rules)
        if targets.isEmpty {
            element.report(.missingChild, "needs at least one Number or User to ring")
        }
    }

    var verb: PlivoVerb { .dial(self) }

    /// Also used by Node's Number and User, which take the same attribute.
    static func readCallerName(_ element: inout ElementReader) -> String? {
        guard let (attribute, text) = element.value("callerName") else { return nil }
        guard text.count <= maxCallerNameLength else {
            element.invalid(attribute, mustBe: "at most \(maxCallerNameLength) characters")
            return nil
        }
        return text
    }
}
