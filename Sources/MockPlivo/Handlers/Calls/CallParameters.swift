import CallEngine
import PlivoStore
import PlivoSupport

/// Reads and validates the Call API's parameters; every problem is a 400 naming the parameter, and nothing is
/// started (`docs/calls.md`, "Making a call").
enum CallParameters {
    static func make(from parameters: RequestParameters) throws(PlivoError) -> CallRequest {
        guard let fromText = try parameters.nonEmptyString("from") else { throw PlivoError.missing("from") }
        let from = try caller(fromText)
        guard let to = try parameters.nonEmptyString("to") else { throw PlivoError.missing("to") }
        let destinations = try destinations(to)
        guard !destinations.contains(from) else {
            throw PlivoError.invalid("to", "must not include the caller \(from): src and destination cannot overlap")
        }
        guard let answerURL = try parameters.url("answer_url", allowEmpty: false) else { throw PlivoError.missing("answer_url") }
        let answer = CallURL(answerURL, method: try parameters.httpMethod("answer_method") ?? "POST")
        let hangupURL = try optionalURL(parameters, "hangup_url")
        var request = CallRequest(
            from: from, destinations: destinations, answer: answer,
            ring: try callURL(parameters, "ring_url", "ring_method"),
            // The seed: hangup_url "Defaults to answer_url".
            hangup: CallURL(hangupURL ?? answerURL, method: try parameters.httpMethod("hangup_method") ?? "POST"),
            fallback: try callURL(parameters, "fallback_url", "fallback_method"),
            callerName: try parameters.string("caller_name", maxLength: CallRequest.maxCallerNameLength) ?? "",
            sendDigits: try sendDigits(parameters), sendOnPreanswer: try parameters.bool("send_on_preanswer") ?? false,
            timeLimit: 14_400, hangupOnRing: nil, ringTimeout: 120, machineDetection: nil,
            sipHeaders: try sipHeaders(parameters), parentCallUUID: try parameters.nonEmptyString("parent_call_uuid"),
            errorIfParentNotFound: try parameters.bool("error_if_parent_not_found") ?? false)
        if let limit = try integer(parameters, "time_limit", atLeast: 1) {
            request.timeLimit = min(limit, CallRequest.longestTimeLimit)
        }
        request.hangupOnRing = try integer(parameters, "hangup_on_ring", atLeast: 0)
        request.ringTimeout = try integer(parameters, "ring_timeout", atLeast: 0) ?? 120
        request.machineDetection = try machineDetection(parameters)
        _ = try optionalURL(parameters, "callback_url")
        _ = try parameters.httpMethod("callback_method")
        return request
    }

    /// A number (digits, `+` dropped), or a `sip:` URI for a call from an endpoint.
    private static func caller(_ text: String) throws(PlivoError) -> String {
        if NumberParameters.isE164Digits(text) { return text.hasPrefix("+") ? String(text.dropFirst()) : text }
        if isSIPURI(text) { return text }
        throw PlivoError.invalid("from", "must be a number of 8 to 15 digits with its country code, got \"\(text)\"")
    }

    private static func destinations(_ text: String) throws(PlivoError) -> [String] {
        let items = text.split(separator: "<", omittingEmptySubsequences: false).map(\.trimmed)
        var destinations: [String] = []
        for item in items {
            if NumberParameters.isE164Digits(item) {
                destinations.append(item.hasPrefix("+") ? String(item.dropFirst()) : item)
            } else if isSIPURI(item) {
                destinations.append(item)
            } else {
                throw PlivoError.invalid(
                    "to", "must be numbers of 8 to 15 digits or sip: URIs joined by <, got \"\(item)\"")
            }
        }
        guard destinations.count <= CallRequest.maxDestinations else {
            throw PlivoError.invalid("to", "names \(destinations.count) destinations; at most \(CallRequest.maxDestinations)")
        }
        guard Set(destinations).count == destinations.count else {
            throw PlivoError.invalid("to", "must not name a destination twice")
        }
        return destinations
    }

    /// `sip:user@host` (or `sip:user`): a user of letters, digits and `._-`.
    static func isSIPURI(_ text: String) -> Bool {
        guard text.hasPrefix("sip:") else { return false }
        let user = text.dropFirst(4).prefix { $0 != "@" }
        return !user.isEmpty && user.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    private static func optionalURL(_ parameters: RequestParameters, _ name: String) throws(PlivoError) -> String? {
        try parameters.url(name, allowEmpty: true).flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func callURL(_ parameters: RequestParameters, _ name: String, _ methodName: String) throws(PlivoError) -> CallURL? {
        let method = try parameters.httpMethod(methodName) ?? "POST"
        guard let url = try optionalURL(parameters, name) else { return nil }
        return CallURL(url, method: method)
    }

    private static func integer(_ parameters: RequestParameters, _ name: String, atLeast minimum: Int) throws(PlivoError) -> Int? {
        guard let text = try parameters.nonEmptyString(name) else { return nil }
        guard let value = RequestParameters.wholeNumber(text), value >= minimum else {
            throw PlivoError.invalid(name, "must be a whole number of seconds, at least \(minimum), got \"\(text)\"")
        }
        return value
    }

    /// `send_digits`: keys `0-9 * #`, `w`/`W` pauses, optionally `@` and a tone length in ms.
    private static func sendDigits(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let text = try parameters.nonEmptyString("send_digits") else { return nil }
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let keysValid = !parts[0].isEmpty && parts[0].allSatisfy { "0123456789*#wW".contains($0) }
        let lengthValid = parts.count == 1 || (Int(parts[1]).map { $0 > 0 } ?? false)
        guard keysValid, lengthValid else {
            throw PlivoError.invalid("send_digits", "must be keys from 0-9, * and #, w or W for pauses, and an optional @duration in ms, got \"\(text)\"")
        }
        return text
    }

    /// `sip_headers`: `name=value` pairs joined by commas; names of letters and digits, values also `%`.
    private static func sipHeaders(_ parameters: RequestParameters) throws(PlivoError) -> [(name: String, value: String)] {
        guard let text = try parameters.nonEmptyString("sip_headers") else { return [] }
        var headers: [(name: String, value: String)] = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmed
            let value = parts.count == 2 ? parts[1].trimmed : ""
            guard parts.count == 2, !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
                  value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "%") })
            else {
                throw PlivoError.invalid("sip_headers", "must be name=value pairs joined by commas, names of letters and digits and values also %, got \"\(pair)\"")
            }
            headers.append((name, value))
        }
        return headers
    }

    private static func machineDetection(_ parameters: RequestParameters) throws(PlivoError) -> MachineDetection? {
        guard let text = try parameters.nonEmptyString("machine_detection") else { return nil }
        guard let mode = MachineDetection.Mode(rawValue: text.lowercased()) else {
            throw PlivoError.invalid("machine_detection", "must be true or hangup, got \"\(text)\"")
        }
        var detection = MachineDetection(mode: mode)
        if let time = try parameters.nonEmptyString("machine_detection_time") {
            guard let milliseconds = Int(time), (2_000...10_000).contains(milliseconds) else {
                throw PlivoError.invalid("machine_detection_time", "must be milliseconds from 2000 to 10000, got \"\(time)\"")
            }
            detection.time = .milliseconds(Int64(milliseconds))
        }
        detection.url = try callURL(parameters, "machine_detection_url", "machine_detection_method")
        return detection
    }
}
