import HTTPServerKit
import PlivoStore
import PlivoSupport

/// Renders every error behind it as Plivo's `{"api_id": "…", "error": "…"}` envelope with the right status:
/// the app's own ``PlivoError``s, the router's 404/405 (keeping `Allow`) and malformed requests, and store
/// failures; whether thrown by a handler or a middleware, or delivered later by a deferred answer's
/// ``HTTPResponsePromise/fail(_:)``. Anything else is logged and becomes a 500 in the same envelope.
struct PlivoErrorMiddleware: HTTPMiddleware {
    let ids: IdentifierGenerator
    let logger: Logger

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        let response: HTTPResponse
        do {
            response = try next(request, context)
        } catch {
            return self.response(for: error, method: request.method, path: request.path)
        }
        guard response.isDeferred else { return response }
        let method = request.method
        let path = request.path
        return response.recover { [self] error in self.response(for: error, method: method, path: path) }
    }

    /// The envelope for `error`, thrown while answering `method` `path`.
    func response(for error: any Error, method: HTTPMethod, path: String) -> HTTPResponse {
        switch error {
        case let error as PlivoError:
            return render(error)
        case let error as HTTPRoutingError:
            var response = render(PlivoError(error.status, routingMessage(error, method: method)))
            if let allow = error.allowHeader { response.headers.add(name: "Allow", value: allow) }
            return response
        case let error as StoreError:
            if let plivo = error.plivoError { return render(plivo) }
            logger.error("store failure on \(method) \(SecretMasker.maskingURLCredentials(path)): \(error)")
            return render(PlivoError(.internalServerError, "internal server error"))
        default:
            logger.error("unhandled \(type(of: error)) on \(method) \(SecretMasker.maskingURLCredentials(path)): \(error)")
            return render(PlivoError(.internalServerError, "internal server error"))
        }
    }

    func render(_ error: PlivoError) -> HTTPResponse {
        PlivoResponse.error(error, apiID: ids.makeUUID())
    }

    private func routingMessage(_ error: HTTPRoutingError, method: HTTPMethod) -> String {
        switch error {
        case .notFound: "not found"
        case .methodNotAllowed: "method \(method) not allowed; use \(error.allowHeader ?? "")"
        case .badRequest(let parseError): "malformed request: \(parseError.reason)"
        }
    }
}
