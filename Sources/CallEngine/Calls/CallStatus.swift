/// A call's `CallStatus`: `queued` until it starts, `ringing`, `in-progress` once answered, then `completed`
/// or how an unanswered outbound call ended (`busy`, `failed`, `timeout`, `no-answer`, `canceled`).
public enum CallStatus: String, Sendable {
    case queued
    case ringing
    case inProgress = "in-progress"
    case completed
    case busy
    case failed
    case timeout
    case noAnswer = "no-answer"
    case canceled

    public var isLive: Bool { self == .ringing || self == .inProgress }
    public var isOver: Bool { !isLive && self != .queued }
}
