import PlivoCatalog

/// A call detail record as the store keeps it: a call that ended, written by the engine.
///
/// Plivo shows `{answer_time, bill_duration, billed_duration, call_direction, call_duration, call_uuid, end_time,
/// from_number, initiation_time, parent_call_uuid, resource_uri, to_number, total_amount, total_rate}`; the cause
/// and status are kept for the list's filters and the console.
package struct StoredCall: Sendable, Equatable {
    package var callUUID: String
    package var requestUUID: String?
    package var parentCallUUID: String?
    package var accountID: String
    package var subaccountID: String?
    /// `inbound` or `outbound`.
    package var direction: String
    package var from: String
    package var to: String
    /// The final `CallStatus`: `completed`, `busy`, `failed`, `timeout`, `no-answer` or `canceled`.
    package var status: String
    /// Microseconds since the epoch on the engine's clock.
    package var initiationTime: Int64
    package var answerTime: Int64?
    package var endTime: Int64
    /// Seconds answered (`call_duration`, `bill_duration`) and billed (`billed_duration`).
    package var duration: Int
    package var billedDuration: Int
    /// Per minute.
    package var totalRate: Money
    package var totalAmount: Money
    package var hangupCause: String
    package var hangupCauseName: String
    package var hangupCauseCode: Int
    package var hangupSource: String

    package init(
        callUUID: String, requestUUID: String?, parentCallUUID: String?, accountID: String, subaccountID: String?,
        direction: String, from: String, to: String, status: String, initiationTime: Int64, answerTime: Int64?,
        endTime: Int64, duration: Int, billedDuration: Int, totalRate: Money, totalAmount: Money,
        hangupCause: String, hangupCauseName: String, hangupCauseCode: Int, hangupSource: String
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
        self.initiationTime = initiationTime
        self.answerTime = answerTime
        self.endTime = endTime
        self.duration = duration
        self.billedDuration = billedDuration
        self.totalRate = totalRate
        self.totalAmount = totalAmount
        self.hangupCause = hangupCause
        self.hangupCauseName = hangupCauseName
        self.hangupCauseCode = hangupCauseCode
        self.hangupSource = hangupSource
    }
}
