/// A validated send (`POST …/Message/`): what the seed and the official SDKs send, checked parameter by parameter.
struct MessageSendRequest: Sendable, Equatable {
    /// A number (digits) or an alphanumeric sender ID; nil when sent through a powerpack.
    var source: String?
    var destinations: [String]
    var text: String
    /// `sms` or `mms`.
    var type: String
    var statusURL: String?
    var statusMethod: String
    /// False keeps the text and the destination out of the stored message.
    var log: Bool
    var mediaURLs: [String]

    /// Largest text, in bytes of UTF-8 (the seed: "accepts up to 1000 bytes of UTF-8 encoded text").
    static let maxTextBytes = 1000
    /// Most media an MMS carries.
    static let maxMedia = 10
    /// Most destinations one request names.
    static let maxDestinations = 1000
}
