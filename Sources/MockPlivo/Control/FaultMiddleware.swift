import Dispatch
import HTTPServerKit

/// Applies the ``FaultRules`` to Plivo API requests (never to `/__mock/`): an error status in Plivo's envelope
/// without running the handler, a dropped connection, and/or latency.
///
/// It sits inside the journal, so each affected attempt is journaled with what the client saw (three entries for
/// an SDK that retries a 500 twice), and outside authentication, as a failing load balancer would be: a rule
/// scoped to an account matches the path's `{auth_id}`. Latency never blocks the event loop: the answer is
/// deferred and completed by a timer on a background queue. With latency alone the handler runs at once and only
/// its answer waits, which is what a client observes of a slow server.
struct FaultMiddleware: HTTPMiddleware {
    let rules: FaultRules
    /// Renders an injected error exactly like the mock's own errors (fresh `api_id`).
    let render: @Sendable (PlivoError) -> HTTPResponse

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard !ControlRoutes.isControlPath(request.path),
              let rule = rules.take(method: request.method.rawValue, path: request.path)
        else { return try next(request, context) }
        let response: HTTPResponse
        if rule.drop {
            response = .droppedConnection
        } else if let status = rule.status {
            let code = HTTPStatus(code: status)
            response = render(PlivoError(code, rule.message ?? code.reasonPhrase.lowercased()))
        } else {
            response = try next(request, context)
        }
        return Self.delay(response, byMilliseconds: rule.latencyMS)
    }

    /// `response`, answered `milliseconds` later from a background queue; the server takes a deferred, dropped or
    /// immediate response alike as the completion.
    static func delay(_ response: HTTPResponse, byMilliseconds milliseconds: Int) -> HTTPResponse {
        guard milliseconds > 0 else { return response }
        return .deferred { promise in
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
                promise.succeed(response)
            }
        }
    }
}
