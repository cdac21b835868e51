/// Where a message is in its life: `queued` → `sent` → `delivered`, or `failed`/`rejected` before it is sent,
/// or `undelivered` after; `received` for one that came in.
public enum MessageState: String, Sendable, CaseIterable {
    case queued, sent, delivered, undelivered, failed, rejected, received

    /// Whether the message will not change any more.
    public var isFinal: Bool {
        switch self {
        case .queued, .sent: false
        case .delivered, .undelivered, .failed, .rejected, .received: true
        }
    }
}

/// A message moving to a new state, for the store.
public struct MessageStateChange: Sendable, Equatable {
    public var messageUUID: String
    public var state: MessageState
    public var errorCode: MessageErrorCode?
    public var time: SimulatedTime
    /// Set when the message is sent (`message_sent_time`).
    public var sentTime: SimulatedTime?

    public init(
        messageUUID: String, state: MessageState, errorCode: MessageErrorCode?, time: SimulatedTime,
        sentTime: SimulatedTime?
    ) {
        self.messageUUID = messageUUID
        self.state = state
        self.errorCode = errorCode
        self.time = time
        self.sentTime = sentTime
    }
}
