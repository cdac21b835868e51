import HTTPServerKit
import PlivoSupport

/// One line per request at info level: peer, method, path (never the query or headers, which may carry
/// credentials; a URL's credentials in the path are masked), status, body size and time taken; deferred answers
/// are logged when they complete.
struct AccessLogMiddleware: HTTPMiddleware {
    let logger: Logger

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard logger.isEnabled(.info) else { return try next(request, context) }
        let start = ContinuousClock.now
        let response = try next(request, context)
        let logger = logger
        let peer = context.connection.remoteAddress
        let method = request.method
        let path = SecretMasker.maskingURLCredentials(request.path)
        return response.map { response in
            let elapsed = (ContinuousClock.now - start).milliseconds
            let status = response.dropsConnection ? "dropped" : String(response.status.code)
            logger.info("\(peer) \(method) \(path) \(status) \(response.body.count)B \(elapsed)ms")
            return response
        }
    }
}
