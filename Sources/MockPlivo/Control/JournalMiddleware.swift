import FoundationEssentials
import HTTPServerKit
import Primitives

/// Records every request it runs around in the ``RequestJournal``, with the status it finally got.
///
/// It sits outside the error renderer and the fault middleware, so 401s, 404s, malformed requests, injected faults
/// and every retry of an SDK are journaled with the status the client saw; deferred answers (latency faults) are
/// recorded when they complete. The control plane's routes are declared without it: a harness's resets, fault
/// set-up and health polls would otherwise crowd the bounded journal and the counts a test waits for.
struct JournalMiddleware: HTTPMiddleware {
    let journal: RequestJournal
    let clock: @Sendable () -> Date

    func handle(
        _ request: HTTPRequest, context: HTTPRequestContext,
        next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
    ) throws -> HTTPResponse {
        guard journal.capacity > 0 else {
            return try next(request, context)
        }
        // The server's own monotonic instant rather than ContinuousClock: an Instant's subtraction and a
        // Duration's milliseconds go through 128-bit arithmetic and value witnesses, which showed on every request.
        let started = MonotonicInstant.now
        let entry = JournalEntry(
            sequence: 0, request: request, account: context.parameters["authID"], arrival: clock())
        let response = try next(request, context)
        // Most answers are immediate: recorded here, without the closure `map` allocates for deferred ones.
        guard response.isDeferred else {
            Self.record(entry, answeredWith: response, startedAt: started, in: journal)
            return response
        }
        let journal = journal
        return response.map { response in
            Self.record(entry, answeredWith: response, startedAt: started, in: journal)
            return response
        }
    }

    private static func record(
        _ entry: consuming JournalEntry, answeredWith response: HTTPResponse,
        startedAt started: MonotonicInstant, in journal: RequestJournal
    ) {
        entry.durationMS = Double(MonotonicInstant.now.nanoseconds(since: started) / 1000) / 1000  // to the µs
        entry.status = response.dropsConnection ? nil : response.status.code
        journal.record(entry)
    }
}
