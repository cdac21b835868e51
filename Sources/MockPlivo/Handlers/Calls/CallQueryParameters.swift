import CallEngine
import PlivoStore
import PlivoSupport

/// The Call API's list, live-call and transfer parameters (`docs/calls.md`).
enum CallQueryParameters {
    /// `status=live` (ringing or in progress) or `status=queued`; nil for the CDR list.
    static func liveStatuses(_ parameters: RequestParameters) throws(PlivoError) -> Set<CallStatus>? {
        switch try parameters.nonEmptyString("status") {
        case nil: nil
        case "live": [.ringing, .inProgress]
        case "queued": [.queued]
        case let other?: throw PlivoError.invalid("status", "must be live or queued, got \"\(other)\"")
        }
    }

    /// The live list's filters (plivo-python's `live_calls.list_ids`): `call_direction`, `from_number`, `to_number`.
    static func liveFilter(_ parameters: RequestParameters) throws(PlivoError) -> @Sendable (LiveCall) -> Bool {
        let direction = try choice(parameters, "call_direction", ["inbound", "outbound"])
        let from = try parameters.nonEmptyString("from_number").map(digits)
        let to = try parameters.nonEmptyString("to_number").map(digits)
        return { call in
            (direction == nil || call.direction.rawValue == direction) && (from == nil || call.from == from)
                && (to == nil || call.to == to)
        }
    }

    /// The CDR list's filters: the seed's and those plivo-python sends.
    static func query(from parameters: RequestParameters, page: PageRequest) throws(PlivoError) -> CallQuery {
        var query = CallQuery(page: page)
        query.subaccountID = try parameters.subaccountID()
        query.direction = try choice(parameters, "call_direction", ["inbound", "outbound"])
        query.from = try parameters.nonEmptyString("from_number").map(digits)
        query.to = try parameters.nonEmptyString("to_number").map(digits)
        query.parentCallUUID = try parameters.nonEmptyString("parent_call_uuid")
        query.hangupSource = try parameters.nonEmptyString("hangup_source")
        if let code = try parameters.nonEmptyString("hangup_cause_code") {
            guard let value = Int(code) else { throw PlivoError.invalid("hangup_cause_code", "must be a number, got \"\(code)\"") }
            query.hangupCauseCode = value
        }
        for (suffix, comparison) in comparisons {
            let name = "bill_duration" + suffix
            if let text = try parameters.nonEmptyString(name) {
                guard let seconds = Int(text), seconds >= 0 else {
                    throw PlivoError.invalid(name, "must be a whole number of seconds, got \"\(text)\"")
                }
                query.billDuration.append((comparison, seconds))
            }
        }
        query.endTime = try parameters.timeBounds("end_time")
        return query
    }

    /// `legs` (default `aleg`) and `aleg_url`/`aleg_method`. Transferring a Dial's B leg (`bleg`, `both`) is not
    /// simulated: refused with the reason. Transfer the B leg's own call_uuid with `aleg` instead.
    static func transfer(from parameters: RequestParameters) throws(PlivoError) -> CallURL {
        let legs = try choice(parameters, "legs", ["aleg", "bleg", "both"]) ?? "aleg"
        guard legs == "aleg" else {
            throw PlivoError.invalid("legs", "\(legs): transferring a Dial's B leg this way is not simulated; transfer the B leg's call_uuid with legs=aleg")
        }
        guard let url = try parameters.url("aleg_url", allowEmpty: false) else {
            throw PlivoError(.badRequest, "aleg_url is required when legs is aleg")
        }
        return CallURL(url, method: try parameters.httpMethod("aleg_method") ?? "POST")
    }

    private static let comparisons = [("", "="), ("__gt", ">"), ("__gte", ">="), ("__lt", "<"), ("__lte", "<=")]

    private static func choice(_ parameters: RequestParameters, _ name: String, _ allowed: [String]) throws(PlivoError) -> String? {
        guard let value = try parameters.nonEmptyString(name) else { return nil }
        guard allowed.contains(value) else {
            throw PlivoError.invalid(name, "must be one of \(allowed.joined(separator: ", ")), got \"\(value)\"")
        }
        return value
    }

    private static func digits(_ number: String) -> String {
        number.hasPrefix("+") ? String(number.dropFirst()) : number
    }
}
