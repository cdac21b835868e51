/// `<Record>`: records the caller (foreground) or the whole call (background), then requests `action`.
public struct Record: VerbElement {
    public static let name = "Record"

    public enum ChannelType: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case mono
        case stereo
    }

    public enum TranscriptionReportType: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case full
        case compact
    }

    /// Receives the recording details.
    public var action: String?
    /// Default POST.
    public var method: RequestMethod
    /// Default mp3.
    public var fileFormat: AudioFileFormat
    /// Default true.
    public var redirect: Bool
    /// Seconds of silence that end a foreground recording. Default 15.
    public var timeout: Int
    /// Longest recording in seconds, more than 1. Default 60.
    public var maxLength: Int
    /// Keys that end a foreground recording; empty for none. Default `#`: Plivo's current docs, where its
    /// older pages said `1234567890*#`.
    public var finishOnKey: String
    /// Default true.
    public var playBeep: Bool
    /// Record the whole call in the background from here on. Default false.
    public var recordSession: Bool
    /// Record both parties in the background once a following Dial is answered. Default false.
    public var startOnDialAnswer: Bool
    /// Default stereo.
    public var recordChannelType: ChannelType
    /// Nil: no transcript.
    public var transcriptionType: TranscriptionType?
    public var transcriptionURL: String?
    /// Default POST.
    public var transcriptionMethod: RequestMethod
    /// Default compact.
    public var transcriptionReportType: TranscriptionReportType
    /// Notified when the file is ready.
    public var callbackURL: String?
    /// Default POST.
    public var callbackMethod: RequestMethod

    /// True when the recording runs in the background and the element returns at once.
    public var isBackground: Bool { recordSession || startOnDialAnswer }

    init(reading element: inout ElementReader) {
        action = element.url("action")
        method = element.method("method")
        fileFormat = element.choice("fileFormat", default: .mp3)
        redirect = element.boolean("redirect", default: true)
        timeout = element.integer("timeout", in: 1...Int.max, default: 15)
        maxLength = element.integer("maxLength", in: 2...Int.max, default: 60)
        finishOnKey = element.keys("finishOnKey", default: "#", noneAllowed: true)
        playBeep = element.boolean("playBeep", default: true)
        recordSession = element.boolean("recordSession", default: false)
        startOnDialAnswer = element.boolean("startOnDialAnswer", default: false)
        recordChannelType = element.choice("recordChannelType", default: .stereo)
        transcriptionType = element.choice("transcriptionType")
        transcriptionURL = element.url("transcriptionUrl")
        transcriptionMethod = element.method("transcriptionMethod")
        transcriptionReportType = element.choice("transcriptionReportType", default: .compact)
        callbackURL = element.url("callbackUrl")
        callbackMethod = element.method("callbackMethod")
        element.refuseContent()
    }

    var verb: PlivoVerb { .record(self) }
}
