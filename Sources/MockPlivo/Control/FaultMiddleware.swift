import Dispatch
import HTTPServerKit
import PlivoSupport

/// Applies the ``FaultRules`` to the Plivo API requests it is declared around: an error status in Plivo's envelope
/// without running the handler, a dropped connection, and/or latency.
///
/// It sits inside the journal, so each affected attempt is journaled with what the client saw (three entries for
/// an SDK that retries a 500 twice), and outside authentication, as a failing load balancer would be: a rule
/// scoped to an account matches the path's `{auth_id}`. Injected errors are thrown, so the error renderer answers
/// them exactly like the mock's own. Latency never blocks the event loop: the answer is deferred and completed by
/// a timer on a background queue. With latency alone the handler runs at once and only its answer waits, which is
/// what a client observes of a slow server.
struct FaultMiddleware: HTTPMiddleware {
    let rules: FaultRules

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard let rule = rules.take(
            method: request.method.rawValue, path: request.path, account: context.parameters["authID"])
        else { return try next(request, context) }
        let outcome: Result<HTTPResponse, any Error>
        if rule.drop {
            outcome = .success(.droppedConnection)
        } else if let status = rule.status {
            let code = HTTPStatus(code: status)
            outcome = .failure(PlivoError(code, rule.message ?? code.reasonPhrase.lowercased()))
        } else {
            outcome = Result { try next(request, context) }
        }
        guard rule.latencyMS > 0 else { return try outcome.get() }
        return Self.delay(outcome, byMilliseconds: rule.latencyMS)
    }

    /// `outcome`, delivered `milliseconds` later from a background queue; the server takes a deferred, dropped or
    /// immediate response alike as the completion, and a failure reaches the error renderer.
    /// A stopping server gets the outcome at once instead of waiting out the latency.
    static func delay(_ outcome: Result<HTTPResponse, any Error>, byMilliseconds milliseconds: Int) -> HTTPResponse {
        .deferred { promise in
            promise.onCancel { reason in
                if reason == .serverStopping { promise.complete(outcome) }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
                promise.complete(outcome)
            }
        }
    }
}
