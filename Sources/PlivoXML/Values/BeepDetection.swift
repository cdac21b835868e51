/// Wait's `beep`: the settings of voicemail beep detection. Plivo's older docs take `beep="true"`, its newer
/// ones also a list such as `duration=300,inter_silence=50,intra_silence=500,threshold=256`; keys left out keep
/// these documented defaults.
public struct BeepDetection: Sendable, Equatable {
    /// Milliseconds of tone that count as a beep.
    public var duration = 300
    /// Milliseconds.
    public var interSilence = 50
    /// Milliseconds.
    public var intraSilence = 500
    public var threshold = 256

    public init() {}

    static func read(_ name: String, from element: inout ElementReader) -> BeepDetection? {
        guard let (attribute, text) = element.value(name), text != "false" else { return nil }
        var detection = BeepDetection()
        if text == "true" { return detection }
        guard let settings = ElementReader.parsePairs(text), settings.allSatisfy({ detection.set($0) }) else {
            element.invalid(attribute, mustBe:
                "true, false, or settings such as duration=300,inter_silence=50,intra_silence=500,threshold=256")
            return nil
        }
        return detection
    }

    /// Applies one `key=value`; false for an unknown key or a value that is not a whole number.
    private mutating func set(_ setting: NameValuePair) -> Bool {
        guard let number = ElementReader.integer(setting.value), number >= 0 else { return false }
        switch setting.name {
        case "duration": duration = number
        case "inter_silence": interSilence = number
        case "intra_silence": intraSilence = number
        case "threshold": threshold = number
        default: return false
        }
        return true
    }
}
