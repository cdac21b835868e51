import FoundationEssentials

extension CallSimulator {
    /// What Plivo sends to `answer_url` and `fallback_answer_url` for an inbound call: the documented
    /// parameters (seed 003) plus those a real request carries (the SDKs' V3 vector: `BillRate`,
    /// `ParentAuthID`, `RequestUUID`, `SessionStart`, `Event`).
    static func answerParameters(for request: CallSimulationRequest, callUUID: String, sessionStart: Date)
        -> [String: String]
    {
        var parameters = [
            "CallUUID": callUUID,
            "From": request.from,
            "To": request.to,
            "CallStatus": "ringing",
            "Direction": "inbound",
            "BillRate": billRate,
            "ParentAuthID": request.application.accountID,
            "RequestUUID": callUUID,
            "SessionStart": PlivoTimestamp.string(from: sessionStart, microseconds: true),
            "Event": "StartApp",
        ]
        if let forwardedFrom = request.forwardedFrom, !forwardedFrom.isEmpty {
            parameters["ForwardedFrom"] = forwardedFrom
        }
        return parameters
    }

    /// What Plivo sends to `hangup_url`: the call's parameters with the final status, durations, times and
    /// cause. A call that was never answered has no `AnswerTime` and zero durations.
    static func hangupParameters(
        answerParameters: [String: String], cause: HangupCause, startedAt: Date, answeredAt: Date?,
        durationSeconds: Int
    ) -> [String: String] {
        var parameters = answerParameters
        let duration = answeredAt == nil ? 0 : durationSeconds
        // Plivo bills inbound voice per started minute.
        let billDuration = (duration + 59) / 60 * 60
        let endedAt = (answeredAt ?? startedAt).addingTimeInterval(TimeInterval(duration))
        parameters["CallStatus"] = "completed"
        parameters["Event"] = "Hangup"
        parameters["Duration"] = String(duration)
        parameters["BillDuration"] = String(billDuration)
        parameters["TotalCost"] = fixedPoint(billRateHundredThousandths * billDuration / 60, places: 5)
        parameters["StartTime"] = PlivoTimestamp.string(from: startedAt)
        parameters["AnswerTime"] = answeredAt.map { PlivoTimestamp.string(from: $0) } ?? ""
        parameters["EndTime"] = PlivoTimestamp.string(from: endedAt)
        parameters.merge(cause.parameters) { _, new in new }
        return parameters
    }

    /// `units` scaled down by 10^`places`, with exactly `places` decimals: `fixedPoint(850, places: 5)` is
    /// `"0.00850"`, as `%.5f` would print it.
    static func fixedPoint(_ units: Int, places: Int) -> String {
        guard places > 0 else { return String(units) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let digits = String(abs(units) % scale)
        let fraction = String(repeating: "0", count: places - digits.count) + digits
        return (units < 0 ? "-" : "") + String(abs(units) / scale) + "." + fraction
    }
}
