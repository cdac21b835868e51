import HTTPServerKit
import PlivoSupport

/// Reading, waiting on and clearing the request journal. Filters (`account`, `path` prefix, `method`, `since`)
/// come from the query string; an account other than the configured main one only ever sees its own entries.
struct JournalHandlers: Sendable {
    /// The longest a wait may last: under the timeouts of common HTTP clients, so the answer always arrives.
    static let maxWaitMilliseconds = 60_000
    static let defaultWaitMilliseconds = 5_000

    let plane: ControlPlane

    /// `GET /__mock/journal?account=&path=&method=&since=&limit=` → 200 `{"capacity", "entries", "evicted",
    /// "matched", "recorded"}`, entries oldest first (with `limit`, the newest `limit` of them).
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (filter, parameters) = try filter(request, context)
        let limit = try parameters.nonNegativeInteger("limit")
        let listing = plane.journal.entries(matching: filter, limit: limit)
        let totals = plane.journal.totals
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("capacity", plane.journal.capacity)
                Self.writeEntries(listing.entries, into: &object)
                object.member("evicted", totals.evicted)
                object.member("matched", listing.matched)
                object.member("recorded", totals.recorded)
            }
        }
    }

    /// `DELETE /__mock/journal` with the same filters → 200 `{"cleared": n}`. Sequence numbers keep counting.
    func clear(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (filter, _) = try filter(request, context)
        let cleared = plane.journal.clear(matching: filter)
        return PlivoResponse.json(.ok) { json in json.object { $0.member("cleared", cleared) } }
    }

    /// `GET /__mock/journal/wait?count=N&timeout_ms=T&…filters` → 200 `{"entries", "matched", "timed_out"}` as soon
    /// as N entries match (at once if they already do), or after T ms (default 5000, at most 60000) with
    /// `"timed_out": true` and what matched then. N is at most the journal's capacity. The event loop is never
    /// blocked: the answer is deferred and completed by the journal when the Nth entry lands, or by a timer; the
    /// waiter is dropped when its client disconnects, and answered 503 at once when the server stops.
    func wait(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (filter, parameters) = try filter(request, context)
        let count = try parameters.nonNegativeInteger("count") ?? 1
        guard count >= 1 else { throw PlivoError.invalid("count", "must be at least 1") }
        // More than the ring holds could never be met: the wait would only ever time out.
        let capacity = plane.journal.capacity
        guard count <= capacity else {
            throw PlivoError.invalid(
                "count", "must be at most \(capacity), the journal's capacity"
                    + (capacity == 0 ? " (--journal-size 0 turns it off)" : ""))
        }
        let timeout = try parameters.nonNegativeInteger("timeout_ms") ?? Self.defaultWaitMilliseconds
        guard timeout <= Self.maxWaitMilliseconds else {
            throw PlivoError.invalid("timeout_ms", "must be at most \(Self.maxWaitMilliseconds)")
        }
        let journal = plane.journal
        return .deferred { promise in
            let waiter = journal.wait(for: filter, count: count, timeout: .milliseconds(timeout)) { listing, timedOut in
                promise.succeed(PlivoResponse.json(.ok) { json in
                    json.object { object in
                        Self.writeEntries(listing.entries, into: &object)
                        object.member("matched", listing.matched)
                        object.member("timed_out", timedOut)
                    }
                })
            }
            // A client that hangs up leaves no waiter behind to be checked on every request until its timeout; a
            // server that stops answers at once rather than hold the stop for the wait's whole timeout.
            if let waiter {
                promise.onCancel { reason in
                    guard journal.cancelWait(waiter), reason == .serverStopping else { return }
                    promise.fail(PlivoError(.serviceUnavailable, "the server is stopping"))
                }
            }
        }
    }

    private func filter(
        _ request: HTTPRequest, _ context: HTTPRequestContext
    ) throws -> (JournalFilter, RequestParameters) {
        let caller = try ControlCaller(context: context, plane: plane)
        let parameters = RequestParameters.query(of: request)
        var filter = try JournalFilter(parameters)
        filter.account = try caller.scope(requested: filter.account)
        return (filter, parameters)
    }

    private static func writeEntries(_ entries: [JournalEntry], into object: inout JSONWriter) {
        object.key("entries")
        object.array { array in
            for entry in entries { entry.write(into: &array) }
        }
    }
}
