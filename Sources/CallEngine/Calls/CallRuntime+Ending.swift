import PlivoCatalog

/// How a call ends, whatever ends it: the CDR is recorded (and the call charged), the call leaves the live
/// view, and once the CDR is stored the hangup URL hears of it.
extension CallRuntime {
    /// Ends `call` now with `cause`. Its `CallStatus` is `completed` once answered; an outbound call never
    /// answered ends with `unansweredStatus` (busy, failed, timeout, no-answer, canceled). Does nothing for a
    /// call that has ended already.
    func end(_ call: Call, cause: HangupCause, unansweredStatus: CallStatus = .completed, _ turn: EngineTurn) {
        guard !call.isOver else { return }
        endLiveMedia(on: call, turn)
        call.cancelAll()
        call.endedAt = turn.time
        call.endCause = cause
        for hook in call.endHooks.takeAll() { hook(turn) }
        let answered = call.answeredAt
        call.status = answered != nil || call.setup.direction == .inbound ? .completed : unansweredStatus
        // Whole seconds, rounded up: a call on the line for 3.2 s lasted 4 s, as a billing platform counts.
        let duration = answered.map { Int((turn.time - $0).secondsRoundedUp) } ?? 0
        let (billed, amount) = call.setup.billingInterval.bill(duration: duration, perMinuteRate: call.setup.rate)
        let record = CallRecord(
            callUUID: call.uuid, requestUUID: call.setup.requestUUID, parentCallUUID: call.setup.parentCallUUID,
            accountID: call.setup.accountID, subaccountID: call.setup.subaccountID,
            direction: call.setup.direction.rawValue, from: call.setup.from, to: call.setup.to, status: call.status,
            initiatedAt: call.setup.startAt, answeredAt: answered, endedAt: turn.time, duration: duration,
            billedDuration: billed, rate: call.setup.rate, amount: amount, cause: cause)
        turn.record(.callCompleted(record))
        forget(call)
        trace(call, turn.time, "ended", [
            ("status", call.status.rawValue), ("cause", "\(cause.code) \(cause.name)"), ("source", cause.source),
            ("duration", String(duration)), ("billed_duration", String(billed)), ("amount", amount.plivoString),
        ])
        let observers = endObservers.removeValue(forKey: call.uuid) ?? []
        let hangupURL = call.setup.hangup
        let parameters = call.hangupParameters(record)
        turn.afterChangesStored { [self] in
            guard let hangupURL else {
                for observer in observers { observer(record) }
                return
            }
            notify(call, kind: "hangup", url: hangupURL, parameters: parameters, at: record.endedAt) {
                for observer in observers { observer(record) }
            }
        }
    }
}
