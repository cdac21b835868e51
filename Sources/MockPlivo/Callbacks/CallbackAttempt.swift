import CallEngine
/// One callback the mock made while simulating, as the user would want to inspect it afterwards: what was
/// sent (URL as requested, method, parameters, headers) and what came back, or why nothing did.
struct CallbackAttempt: Sendable, Equatable {
    /// Which of the application's URLs this request went to.
    enum Kind: String, Sendable {
        case answer
        case fallback
        case hangup
        case message
        case ring
        case redirect
        case transfer
        case action
        case machineDetection = "machine_detection"
        /// Any other request a call makes (a verb's callback).
        case other
    }

    var kind: Kind
    /// The URL requested; for GET it includes the parameters.
    var url: String
    var method: String
    var parameters: [String: String]
    var requestHeaders: [Header]
    /// The HTTP status, or nil when no response arrived (see `error`).
    var responseStatus: Int?
    var responseContentType: String?
    /// The transport failure, or nil when a response arrived.
    var error: String?
    /// The start of the response body as text, at most `CallbackSender.Configuration.recordedBodyBytes`.
    var responseBody: String
    /// True when the body shown is shorter than the one received (or the one received was cut at the bound).
    var responseBodyTruncated: Bool
    var durationMilliseconds: Int

    /// A request header; a struct rather than a tuple so attempts stay `Equatable`.
    struct Header: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// A 2xx arrived. Anything else counts as failure for the answer/fallback logic.
    var succeeded: Bool { responseStatus.map { (200..<300).contains($0) } ?? false }

    /// The value of the first request header named `name`, compared case-insensitively.
    func requestHeader(_ name: String) -> String? {
        requestHeaders.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

extension CallbackAttempt {
    /// A request the engine made and traced, as the simulation record shows it.
    init(_ exchange: CallbackExchange) {
        let shown = exchange.body.prefix(CallbackSender.Configuration().recordedBodyBytes)
        kind = Kind(rawValue: exchange.callback.kind) ?? .other
        url = exchange.requestURL
        method = exchange.callback.method
        parameters = exchange.callback.parameters
        requestHeaders = exchange.requestHeaders.map { Header(name: $0.name, value: $0.value) }
        responseStatus = exchange.status
        responseContentType = exchange.contentType
        error = exchange.error
        responseBody = String(decoding: shown, as: UTF8.self)
        responseBodyTruncated = exchange.bodyTruncated || shown.count < exchange.body.count
        durationMilliseconds = exchange.durationMilliseconds
    }
}
