/// `<Stream>`: streams the call's audio to a WebSocket service.
public struct Stream: VerbElement {
    public static let name = "Stream"

    static let maxURLLength = 2048
    static let maxExtraHeadersBytes = 512

    public enum AudioTrack: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case inbound
        case outbound
        case both
    }

    public enum ContentType: String, Sendable, Equatable, CaseIterable, AttributeChoice {
        case linear8k = "audio/x-l16;rate=8000"
        case linear16k = "audio/x-l16;rate=16000"
        case mulaw8k = "audio/x-mulaw;rate=8000"
    }

    /// `wss://` (or, for local tests, `ws://`) URL of the service, at most 2048 characters.
    public var url: String
    /// The service may send audio back. Default false.
    public var bidirectional: Bool
    /// Must be inbound when bidirectional. Default inbound.
    public var audioTrack: AudioTrack
    /// Seconds before the stream stops. Default 86400.
    public var streamTimeout: Int
    public var statusCallbackURL: String?
    /// Default POST.
    public var statusCallbackMethod: RequestMethod
    /// Default audio/x-l16;rate=8000.
    public var contentType: ContentType
    /// Passed to the service; at most 512 bytes as written.
    public var extraHeaders: [NameValuePair]
    /// True: later elements wait until the stream ends. Default false.
    public var keepCallAlive: Bool
    /// Plivo's streaming guide only. Default false.
    public var noiseCancellation: Bool
    /// 60–100; Plivo's streaming guide only. Default 85.
    public var noiseCancellationLevel: Int

    init(reading element: inout ElementReader) {
        bidirectional = element.boolean("bidirectional", default: false)
        let track = element.value("audioTrack")?.attribute
        audioTrack = element.choice("audioTrack", default: .inbound)
        streamTimeout = element.integer("streamTimeout", in: 1...Int.max, default: 86_400)
        statusCallbackURL = element.url("statusCallbackUrl")
        statusCallbackMethod = element.method("statusCallbackMethod")
        contentType = element.choice("contentType", default: .linear8k)
        extraHeaders = element.pairs("extraHeaders", alphanumeric: false, maxBytes: Self.maxExtraHeadersBytes)
        keepCallAlive = element.boolean("keepCallAlive", default: false)
        noiseCancellation = element.boolean("noiseCancellation", default: false)
        noiseCancellationLevel = element.integer("noiseCancellationLevel", in: 60...100, default: 85)
        url = element.requiredURLText(schemes: AbsoluteURL.webSocket)
        if url.count > Self.maxURLLength {
            element.report(.invalidText, "the URL is \(url.count) characters; at most \(Self.maxURLLength) are allowed")
        }
        if bidirectional, audioTrack != .inbound {
            element.report(.conflictingAttributes, "audioTrack must be inbound when bidirectional is true, got \(audioTrack.rawValue)",
                           attribute: track)
        }
    }

    var verb: PlivoVerb { .stream(self) }
}
