/// The services a number offers: voice, SMS, MMS.
public struct ServiceSet: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let voice = ServiceSet(rawValue: 1 << 0)
    public static let sms = ServiceSet(rawValue: 1 << 1)
    public static let mms = ServiceSet(rawValue: 1 << 2)

    public static let voiceAndSMS: ServiceSet = [.voice, .sms]
    public static let all: ServiceSet = [.voice, .sms, .mms]

    /// Parses Plivo's `services` parameter: a comma-separated list of `voice`, `sms` and `mms`, in any order and
    /// case (`"voice,sms"`). Nil for an empty list or any other word, so a typo is an error, not an empty filter.
    public init?(plivoValue: String) {
        var services: ServiceSet = []
        for word in plivoValue.split(separator: ",", omittingEmptySubsequences: false) {
            switch word.lowercased() {
            case "voice": services.insert(.voice)
            case "sms": services.insert(.sms)
            case "mms": services.insert(.mms)
            default: return nil
            }
        }
        guard !services.isEmpty else { return nil }
        self = services
    }

    /// `"voice,sms,mms"` order, the way Plivo's documentation lists them.
    public var description: String {
        [(ServiceSet.voice, "voice"), (.sms, "sms"), (.mms, "mms")]
            .filter { contains($0.0) }
            .map(\.1)
            .joined(separator: ",")
    }
}
