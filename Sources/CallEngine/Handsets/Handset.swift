/// A phone out in the world that a test scripts: how it treats the SMS sent to it and, for calls, how it answers
/// (the voice half grows with the call engine). A handset is keyed by its number (or `sip:` user) within an
/// account; ``default`` plays every number that has none.
public struct Handset: Sendable, Equatable {
    public var sms: SMSBehaviour
    public var voice: VoiceBehaviour

    public init(sms: SMSBehaviour = SMSBehaviour(), voice: VoiceBehaviour = VoiceBehaviour()) {
        self.sms = sms
        self.voice = voice
    }

    /// A handset that takes every SMS (sent after 1 s, delivered 2 s later, no reply) and answers every call after
    /// ringing 3 s, staying on until the call ends.
    public static let `default` = Handset()
}

/// What happens to an SMS sent to a handset.
public struct SMSBehaviour: Sendable, Equatable {
    public enum Outcome: String, Sendable, CaseIterable {
        /// queued → sent → delivered.
        case delivered
        /// queued → sent → undelivered: the carrier took it but the phone never got it.
        case undelivered
        /// queued → failed: it could not be sent.
        case failed
        /// queued → rejected: refused before sending (a carrier filter, a STOP).
        case rejected

        /// The error code Plivo reports when the document names none.
        public var defaultErrorCode: MessageErrorCode? {
            switch self {
            case .delivered: nil
            case .undelivered: MessageErrorCode.withCode("80")
            case .failed: MessageErrorCode.withCode("300")
            case .rejected: MessageErrorCode.withCode("100")
            }
        }
    }

    /// An SMS the handset sends back once it has the message.
    public struct Reply: Sendable, Equatable {
        public var text: String
        public var after: SimulatedDuration

        public init(text: String, after: SimulatedDuration = .seconds(3)) {
            self.text = text
            self.after = after
        }
    }

    public var outcome: Outcome
    /// The error code of a failure; nil for the outcome's default.
    public var errorCode: MessageErrorCode?
    /// From queued to sent (or to failed/rejected).
    public var sentAfter: SimulatedDuration
    /// From sent to delivered (or undelivered).
    public var deliveredAfter: SimulatedDuration
    public var reply: Reply?

    public init(
        outcome: Outcome = .delivered, errorCode: MessageErrorCode? = nil, sentAfter: SimulatedDuration = .seconds(1),
        deliveredAfter: SimulatedDuration = .seconds(2), reply: Reply? = nil
    ) {
        self.outcome = outcome
        self.errorCode = errorCode
        self.sentAfter = sentAfter
        self.deliveredAfter = deliveredAfter
        self.reply = reply
    }

    /// The error code reported for this outcome: the document's, else the outcome's default.
    public var effectiveErrorCode: MessageErrorCode? {
        outcome == .delivered ? MessageErrorCode.delivered : errorCode ?? outcome.defaultErrorCode
    }
}
