import CallEngine
import HTTPServerKit
import PlivoSupport

/// The simulated clock of messages and calls, seen and (with `--time-scale manual`) moved by tests. The clock
/// is the server's, shared by every account: a test that moves it moves it for all.
struct ClockHandlers: Sendable {
    let engine: EngineComponents

    /// Longest single step: a day, so that a typo cannot fire every call's four-hour time limit at once.
    static let longestStep: Int64 = 86_400_000

    /// `GET /__mock/clock/` → 200 `{"now", "mode", "time_scale"}`.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        response()
    }

    /// `POST /__mock/clock/advance/` with `seconds` or `milliseconds` → 200 `{"now", …}` once the engine has run
    /// what became due (a callback on its way to a user's server is not waited for). 409 unless the clock is
    /// manual.
    func advance(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        guard let pace = engine.manualPace else {
            throw PlivoError(.conflict, "the clock follows the wall clock; start mock-plivo with --time-scale manual to move it")
        }
        let parameters = try RequestParameters.body(of: request)
        // Both are checked when both are given (a bad one is a 400 even though `seconds` wins), so that nothing
        // moves on a request with a mistake in it.
        var fromSeconds: Int64?
        if let seconds = try parameters.string("seconds") {
            guard let value = Double(seconds), value.isFinite, value >= 0, value * 1000 <= Double(Self.longestStep) else {
                throw PlivoError.invalid("seconds", "must be a number of seconds from 0 to 86400, got \"\(seconds)\"")
            }
            fromSeconds = Int64((value * 1000).rounded())
        }
        var fromMilliseconds: Int64?
        if let text = try parameters.string("milliseconds") {
            guard let value = Int64(text), (0...Self.longestStep).contains(value) else {
                throw PlivoError.invalid("milliseconds", "must be a whole number from 0 to 86400000, got \"\(text)\"")
            }
            fromMilliseconds = value
        }
        guard let milliseconds = fromSeconds ?? fromMilliseconds else {
            throw PlivoError(.badRequest, "seconds or milliseconds is required")
        }
        pace.advance(by: .milliseconds(milliseconds))
        let loop = engine.loop
        return .deferred { promise in
            SimulationThreads.shared.run({ loop.waitUntilIdle(timeout: .seconds(10)) }) { _ in
                promise.succeed(response())
            }
        }
    }

    private func response() -> HTTPResponse {
        let now = engine.loop.now
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("mode", engine.manualPace == nil ? "scaled" : "manual")
                object.member("now", now.plivoText)
                if engine.manualPace == nil { object.member("time_scale", engine.timeScale) }
            }
        }
    }
}
