import PlivoCatalog

/// A finished call, for the store: the CDR `GET …/Call/{call_uuid}/` returns.
public struct CallRecord: Sendable, Equatable {
    public var callUUID: String
    public var requestUUID: String?
    public var parentCallUUID: String?
    public var accountID: String
    public var subaccountID: String?
    /// `inbound` or `outbound`.
    public var direction: String
    public var from: String
    public var to: String
    public var status: CallStatus
    public var initiatedAt: SimulatedTime
    public var answeredAt: SimulatedTime?
    public var endedAt: SimulatedTime
    /// Answered seconds (`call_duration`, `bill_duration`).
    public var duration: Int
    /// Seconds billed, rounded to the destination's billing interval (`billed_duration`).
    public var billedDuration: Int
    /// Per minute.
    public var rate: Money
    public var amount: Money
    public var cause: HangupCause

    public init(
        callUUID: String, requestUUID: String?, parentCallUUID: String?, accountID: String, subaccountID: String?,
        direction: String, from: String, to: String, status: CallStatus, initiatedAt: SimulatedTime,
        answeredAt: SimulatedTime?, endedAt: SimulatedTime, duration: Int, billedDuration: Int, rate: Money,
        amount: Money, cause: HangupCause
    ) {
        self.callUUID = callUUID
        self.requestUUID = requestUUID
        self.parentCallUUID = parentCallUUID
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.direction = direction
        self.from = from
        self.to = to
        self.status = status
        self.initiatedAt = initiatedAt
        self.answeredAt = answeredAt
        self.endedAt = endedAt
        self.duration = duration
        self.billedDuration = billedDuration
        self.rate = rate
        self.amount = amount
        self.cause = cause
    }
}
