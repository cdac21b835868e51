/// The parameters of the requests a call makes (`docs/calls.md`, "Requests"): the seed's (003) and those real
/// requests carry (`BillRate`, `ParentAuthID`, `SessionStart`, the SDKs' V3 vector).
extension Call {
    /// The standard parameters, for the answer, fallback, redirect, transfer and ring requests.
    func parameters(event: String?) -> [String: String] {
        var parameters = [
            "CallUUID": uuid,
            "From": setup.from,
            "To": setup.to,
            "CallStatus": status.rawValue,
            "Direction": setup.direction.rawValue,

            "BillRate": setup.rate.plivoString,
            "ParentAuthID": setup.accountID,
            "SessionStart": setup.startAt.plivoText,
            "RequestUUID": setup.requestUUID ?? uuid,
        ]
        if let event { parameters["Event"] = event }
        if setup.direction == .outbound {
            parameters["ALegUUID"] = uuid
            parameters["ALegRequestUUID"] = setup.requestUUID ?? uuid
        }
        if !setup.callerName.isEmpty { parameters["CallerName"] = setup.callerName }
        if let forwardedFrom = setup.forwardedFrom, !forwardedFrom.isEmpty { parameters["ForwardedFrom"] = forwardedFrom }
        for header in setup.sipHeaders { parameters["X-PH-" + header.name] = header.value }
        if setup.machineDetection != nil, let machine { parameters["Machine"] = machine ? "true" : "false" }
        return parameters
    }

    /// The hangup request's: the standard ones with the final status, the times, the durations and the cause.
    func hangupParameters(_ record: CallRecord) -> [String: String] {
        var parameters = self.parameters(event: "Hangup")
        parameters["CallStatus"] = record.status.rawValue
        parameters["Duration"] = String(record.duration)
        parameters["BillDuration"] = String(record.billedDuration)
        parameters["TotalCost"] = record.amount.plivoString
        parameters["StartTime"] = record.initiatedAt.plivoSeconds
        parameters["AnswerTime"] = record.answeredAt?.plivoSeconds ?? ""
        parameters["EndTime"] = record.endedAt.plivoSeconds
        parameters["HangupCause"] = record.cause.telephonyCause
        parameters["HangupCauseName"] = record.cause.name
        parameters["HangupCauseCode"] = String(record.cause.code)
        parameters["HangupSource"] = record.cause.source
        return parameters
    }
}
