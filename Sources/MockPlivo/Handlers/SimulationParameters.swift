import PlivoStore

/// Reads the inputs of a simulation from a JSON or form body. Every problem is a 400 naming the parameter, found
/// before any callback is made.
enum SimulationParameters {
    /// Plivo ends any call after 24 hours.
    static let maxDurationSeconds = 86_400
    /// How long a simulated call lasts when `duration` is not given, as reported in `Duration`.
    static let defaultDurationSeconds = 5

    /// The tokens a callback for an application is signed with (see ``CallbackSender/Credentials``).
    struct Tokens: Sendable {
        var authToken: String
        var mainAuthToken: String
    }

    /// `from`, `to` (or `defaultTo`, for an endpoint's SIP URI), `forwarded_from` and `duration` (seconds).
    static func call(
        _ parameters: RequestParameters, application: Application, tokens: Tokens, callUUID: String,
        defaultTo: String? = nil
    ) throws(PlivoError) -> CallSimulationRequest {
        let request = CallSimulationRequest(
            application: application, authToken: tokens.authToken, mainAuthToken: tokens.mainAuthToken,
            from: try parameters.string("from") ?? "", to: try parameters.nonEmptyString("to") ?? defaultTo ?? "",
            forwardedFrom: try parameters.nonEmptyString("forwarded_from"),
            durationSeconds: try duration(parameters) ?? defaultDurationSeconds, callUUID: callUUID)
        do {
            try CallSimulator.validate(request)
        } catch {
            throw PlivoError(error)
        }
        return request
    }

    /// `from`, `to` and `text`.
    static func message(
        _ parameters: RequestParameters, application: Application, tokens: Tokens, messageUUID: String,
        defaultTo: String? = nil
    ) throws(PlivoError) -> MessageSimulationRequest {
        let request = MessageSimulationRequest(
            application: application, authToken: tokens.authToken, mainAuthToken: tokens.mainAuthToken,
            from: try parameters.string("from") ?? "", to: try parameters.nonEmptyString("to") ?? defaultTo ?? "",
            text: try parameters.string("text", maxLength: TextLimits.messageText) ?? "", messageUUID: messageUUID)
        do {
            try MessageSimulator.validate(request)
        } catch {
            throw PlivoError(error)
        }
        guard !request.text.isEmpty else { throw PlivoError.missing("text") }
        return request
    }

    private static func duration(_ parameters: RequestParameters) throws(PlivoError) -> Int? {
        guard let text = try parameters.string("duration") else { return nil }
        guard let seconds = Int(text), (0...maxDurationSeconds).contains(seconds) else {
            throw PlivoError.invalid("duration", "must be a whole number of seconds from 0 to \(maxDurationSeconds)")
        }
        return seconds
    }
}

extension PlivoError {
    /// A simulation that cannot start is the caller's mistake: a 400 with the simulator's explanation.
    init(_ error: SimulationError) {
        self.init(.badRequest, error.message)
    }
}
