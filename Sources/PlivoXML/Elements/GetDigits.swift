/// `<GetDigits>`: plays its prompts and collects keypad digits, then requests `action` with them.
public struct GetDigits: VerbElement {
    public static let name = "GetDigits"

    /// Plivo's engine clamped larger values to this.
    static let maxDigits = 99

    /// Receives `Digits`; nil collects and goes on without a request.
    public var action: String?
    /// Default POST.
    public var method: RequestMethod
    /// Seconds to wait for the first key, counted after the prompts. Default 5.
    public var timeout: Int
    /// Seconds to wait between keys. Default 2.
    public var digitTimeout: Int
    /// The key that submits; nil when the value is empty or `none`. Default `#`.
    public var finishOnKey: Character?
    /// Most digits collected, 1 to 99 (larger values are clamped to 99, as Plivo's engine did). Default 99.
    public var numDigits: Int
    /// Attempts when no key arrives. Default 1.
    public var retries: Int
    /// True: run the XML `action` returns; false: request it and go on. Default true.
    public var redirect: Bool
    /// Beep after the prompts. Default false.
    public var playBeep: Bool
    /// Keys accepted. Default `1234567890*#`.
    public var validDigits: String
    /// Played when another key is pressed.
    public var invalidDigitsSound: String?
    /// Default true.
    public var log: Bool
    /// Speak, Play (and Wait, per the SDK builders), played before listening.
    public var prompts: [PlivoVerb]

    init(reading element: inout ElementReader) {
        action = element.url("action")
        method = element.method("method")
        timeout = element.integer("timeout", in: 1...Int.max, default: 5)
        digitTimeout = element.integer("digitTimeout", in: 1...Int.max, default: 2)
        finishOnKey = element.finishOnKey()
        numDigits = min(element.integer("numDigits", in: 1...Int.max, default: Self.maxDigits), Self.maxDigits)
        retries = element.integer("retries", in: 1...Int.max, default: 1)
        redirect = element.boolean("redirect", default: true)
        playBeep = element.boolean("playBeep", default: false)
        validDigits = element.keys("validDigits", default: ElementReader.keypad)
        invalidDigitsSound = element.url("invalidDigitsSound")
        log = element.boolean("log", default: true)
        prompts = element.children(PlivoVerb.promptRules)
    }

    var verb: PlivoVerb { .getDigits(self) }
}
