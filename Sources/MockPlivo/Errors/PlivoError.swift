import HTTPServerKit

/// An error as Plivo reports it: a status and the text of `{"api_id": "…", "error": "…"}`.
/// ``PlivoErrorMiddleware`` renders it with a fresh `api_id`.
struct PlivoError: Error, Equatable, CustomStringConvertible {
    let status: HTTPStatus
    let message: String

    init(_ status: HTTPStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    var description: String { "\(status.code) \(message)" }

    static let notFound = PlivoError(.notFound, "not found")
    static let authenticationFailed = PlivoError(.unauthorized, "authentication failed")

    /// A 400 naming the parameter, e.g. `invalid("answer_method", "must be GET or POST")`.
    static func invalid(_ parameter: String, _ problem: String) -> PlivoError {
        PlivoError(.badRequest, "\(parameter) \(problem)")
    }

    static func missing(_ parameter: String) -> PlivoError {
        PlivoError(.badRequest, "\(parameter) is required")
    }
}
