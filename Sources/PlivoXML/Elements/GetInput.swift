/// `<GetInput>`: plays its prompts and listens for speech and/or digits, then requests `action` with the result.
public struct GetInput: VerbElement {
    public static let name = "GetInput"

    /// What to listen for; with both, the first detected wins.
    public struct InputType: OptionSet, Sendable, Equatable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let dtmf = InputType(rawValue: 1)
        public static let speech = InputType(rawValue: 2)
    }

    /// When input counts as finished: Plivo's own judgement, or a fixed number of seconds (2–10).
    public enum EndTimeout: Sendable, Equatable {
        case auto
        case seconds(Int)
    }

    public enum SpeechModel: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case `default`
        case commandAndSearch = "command_and_search"
        case phoneCall = "phone_call"
    }

    /// Receives the result. Required.
    public var action: String
    /// Default POST.
    public var method: RequestMethod
    /// `dtmf`, `speech` or `dtmf speech`. Plivo documents no default; the mock listens for both.
    public var inputType: InputType
    /// Seconds to wait for input after the prompts, 5–60. Default 15.
    public var executionTimeout: Int
    /// Default auto.
    public var digitEndTimeout: EndTimeout
    /// Default auto.
    public var speechEndTimeout: EndTimeout
    /// Default `#`; nil when empty or `none`.
    public var finishOnKey: Character?
    /// 1–32. Default 32.
    public var numDigits: Int
    /// Default `default`.
    public var speechModel: SpeechModel
    /// Phrases that help recognition, from the comma-separated attribute.
    public var hints: [String]
    /// Recognition language, such as en-US (the default). Plivo's list is open, so only the shape is checked.
    public var language: String
    /// Default false.
    public var profanityFilter: Bool
    /// Receives partial transcripts while the caller speaks.
    public var interimSpeechResultsCallbackURL: String?
    /// Default POST.
    public var interimSpeechResultsCallbackMethod: RequestMethod
    /// Default true.
    public var redirect: Bool
    /// Default true.
    public var log: Bool
    /// Attempts; listed by Plivo's agent guide only. Default 1.
    public var retries: Int
    /// Seconds to wait for input to start; listed by Plivo's agent guide only, without default.
    public var startInputTimeout: Int?
    /// Speak, Play (and Wait, per the SDK builders), played before listening.
    public var prompts: [PlivoVerb]

    static let hintLimits = (phrases: 500, characters: 10_000, perPhrase: 100)

    init(reading element: inout ElementReader) {
        action = element.requiredURL("action")
        method = element.method("method")
        inputType = Self.readInputType(&element)
        executionTimeout = element.integer("executionTimeout", in: 5...60, default: 15)
        digitEndTimeout = Self.readEndTimeout("digitEndTimeout", &element)
        speechEndTimeout = Self.readEndTimeout("speechEndTimeout", &element)
        finishOnKey = element.finishOnKey()
        numDigits = element.integer("numDigits", in: 1...32, default: 32)
        speechModel = element.choice("speechModel", default: .default)
        hints = Self.readHints(&element)
        language = Self.readLanguage(&element)
        profanityFilter = element.boolean("profanityFilter", default: false)
        interimSpeechResultsCallbackURL = element.url("interimSpeechResultsCallback")
        interimSpeechResultsCallbackMethod = element.method("interimSpeechResultsCallbackMethod")
        redirect = element.boolean("redirect", default: true)
        log = element.boolean("log", default: true)
        retries = element.integer("retries", in: 1...Int.max, default: 1)
        startInputTimeout = element.integer("startInputTimeout", in: 1...Int.max)
        prompts = element.children(PlivoVerb.promptRules)
    }

    var verb: PlivoVerb { .getInput(self) }

    private static func readInputType(_ element: inout ElementReader) -> InputType {
        guard let (attribute, text) = element.value("inputType") else { return [.dtmf, .speech] }
        var type: InputType = []
        for word in text.split(separator: " ") {
            switch word {
            case "dtmf" where !type.contains(.dtmf): type.insert(.dtmf)
            case "speech" where !type.contains(.speech): type.insert(.speech)
            default:
                element.invalid(attribute, mustBe: "dtmf, speech or dtmf speech")
                return [.dtmf, .speech]
            }
        }
        return type
    }

    private static func readEndTimeout(_ name: String, _ element: inout ElementReader) -> EndTimeout {
        guard let (attribute, text) = element.value(name) else { return .auto }
        if text == "auto" { return .auto }
        guard let seconds = ElementReader.integer(text), (2...10).contains(seconds) else {
            element.invalid(attribute, mustBe: "auto or an integer from 2 to 10")
            return .auto
        }
        return .seconds(seconds)
    }

    private static func readHints(_ element: inout ElementReader) -> [String] {
        guard let (attribute, text) = element.value("hints") else { return [] }
        let phrases = text.split(separator: ",").map(\.trimmed).filter { !$0.isEmpty }
        let limits = hintLimits
        if phrases.count > limits.phrases || text.count > limits.characters
            || phrases.contains(where: { $0.count > limits.perPhrase })
        {
            element.invalid(attribute, mustBe: "at most \(limits.phrases) comma-separated phrases, "
                + "\(limits.characters) characters in all and \(limits.perPhrase) per phrase")
            return []
        }
        return phrases
    }

    /// A language tag such as `en-US` or `cmn-Hans-CN`: 2–3 letters, then parts of 2–8 letters or digits.
    private static func readLanguage(_ element: inout ElementReader) -> String {
        guard let (attribute, text) = element.value("language") else { return "en-US" }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let isTag = (2...3).contains(parts[0].count) && parts[0].unicodeScalars.allSatisfy(ElementReader.isASCIIAlphanumeric)
            && !parts[0].contains(where: \.isASCIIDigitCharacter)
            && parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.unicodeScalars.allSatisfy(ElementReader.isASCIIAlphanumeric) }
        guard isTag else {
            element.invalid(attribute, mustBe: "a language code such as en-US")
            return "en-US"
        }
        return text
    }
}
