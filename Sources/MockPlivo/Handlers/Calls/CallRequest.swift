import CallEngine

/// A validated `POST …/Call/`: what the API was asked, before rating and handsets turn it into engine calls
/// (``CallPlacing``).
struct CallRequest: Sendable {
    /// Digits (`+` dropped), or the text given for a SIP caller.
    var from: String
    /// Numbers as digits, or `sip:` URIs; several for a bulk call.
    var destinations: [String]
    var answer: CallURL
    var ring: CallURL?
    var hangup: CallURL?
    var fallback: CallURL?
    var callerName: String
    var sendDigits: String?
    var sendOnPreanswer: Bool
    var timeLimit: Int
    var hangupOnRing: Int?
    var ringTimeout: Int
    var machineDetection: MachineDetection?
    var sipHeaders: [(name: String, value: String)]
    var parentCallUUID: String?
    var errorIfParentNotFound: Bool

    /// Most destinations one request names (Plivo documents bulk calls without a number; a bound keeps one
    /// request from starting unbounded work).
    static let maxDestinations = 1_000
    /// `caller_name`: Plivo's limit for a caller name.
    static let maxCallerNameLength = 50
    /// `time_limit` longer than a day is cut to a day, as Plivo does.
    static let longestTimeLimit = 86_400
}
