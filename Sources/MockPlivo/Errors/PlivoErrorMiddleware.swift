import HTTPServerKit

/// Renders every error behind it as Plivo's `{"api_id": "…", "error": "…"}` envelope with the right status:
/// the app's own ``PlivoError``s, the router's 404/405 (keeping `Allow`), and store failures. Anything else is
/// logged and becomes a 500 in the same envelope.
struct PlivoErrorMiddleware: HTTPMiddleware {
    let ids: IdentifierGenerator
    let logger: Logger

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        do {
            return try next(request, context)
        } catch {
            return response(for: error, to: request)
        }
    }

    /// The envelope for `error` thrown while answering `request`; also for handlers whose failure comes later,
    /// in a deferred answer.
    func response(for error: any Error, to request: HTTPRequest) -> HTTPResponse {
        switch error {
        case let error as PlivoError:
            return render(error)
        case let error as HTTPRoutingError:
            var response = render(PlivoError(error.status, routingMessage(error, request)))
            if let allow = error.allowHeader { response.headers.add(name: "Allow", value: allow) }
            return response
        case let error as StoreError:
            if let plivo = error.plivoError { return render(plivo) }
            logger.error("store failure on \(request.method) \(request.path): \(error)")
            return render(PlivoError(.internalServerError, "internal server error"))
        default:
            logger.error("unhandled \(type(of: error)) on \(request.method) \(request.path): \(error)")
            return render(PlivoError(.internalServerError, "internal server error"))
        }
    }

    func render(_ error: PlivoError) -> HTTPResponse {
        PlivoResponse.error(error, apiID: ids.makeUUID())
    }

    private func routingMessage(_ error: HTTPRoutingError, _ request: HTTPRequest) -> String {
        switch error {
        case .notFound: "not found"
        case .methodNotAllowed: "method \(request.method) not allowed; use \(error.allowHeader ?? "")"
        case .badRequest(let parseError): "malformed request: \(parseError.reason)"
        }
    }
}
