import FoundationEssentials
import PlivoSupport

/// A ``SimulationRecord`` as the simulation routes return it, keys in alphabetical order like Plivo's objects:
/// what happened (`outcome`, `hangup_cause`) and every callback made, with what was sent and what came back.
/// Times are UTC in Plivo's `"2020-04-08 11:34:33.238707"` form.
enum SimulationJSON {
    static func resourceURI(authID: String, id: String) -> String {
        "/__mock/Account/\(authID)/Simulations/\(id)/"
    }

    /// Writes `record` as seen by `authID` (which appears in `resource_uri`); `apiID` is added for a single one.
    static func write(_ record: SimulationRecord, authID: String, apiID: String?, into json: inout JSONWriter) {
        json.object { object in
            if let apiID { object.member("api_id", apiID) }
            object.member("app_id", record.applicationID)
            object.member("call_uuid", record.callUUID)
            object.key("callbacks")
            object.array { array in
                for attempt in record.callbacks { write(attempt, into: &array) }
            }
            object.member("duration_ms", milliseconds(from: record.startedAt, to: record.finishedAt))
            object.member("finished_at", PlivoTimestamp.string(from: record.finishedAt, microseconds: true))
            object.key("hangup_cause")
            if let cause = record.hangupCause {
                object.object { writer in
                    writer.member("cause", cause.telephonyCause)
                    writer.member("code", cause.code)
                    writer.member("name", cause.name)
                    writer.member("source", cause.source)
                }
            } else {
                object.value(nil as String?)
            }
            object.member("id", record.id)
            object.member("kind", record.kind.rawValue)
            object.member("message_uuid", record.messageUUID)
            object.member("outcome", record.outcome.rawValue)
            object.member("resource_uri", resourceURI(authID: authID, id: record.id))
            object.member("started_at", PlivoTimestamp.string(from: record.startedAt, microseconds: true))
        }
    }

    /// One callback: the request as sent (`url` includes a GET's query; `params` are also in the POST body) and
    /// the response, or `error` with a null `status` when none arrived.
    static func write(_ attempt: CallbackAttempt, into json: inout JSONWriter) {
        json.object { object in
            object.member("duration_ms", attempt.durationMilliseconds)
            object.member("error", attempt.error)
            object.member("kind", attempt.kind.rawValue)
            object.member("method", attempt.method)
            object.key("params")
            object.object { params in
                for (name, value) in attempt.parameters.sortedByCodePoint { params.member(name, value) }
            }
            object.key("request_headers")
            object.object { headers in
                let sorted = attempt.requestHeaders.sorted {
                    $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars)
                }
                for header in sorted { headers.member(header.name, header.value) }
            }
            object.member("response_body", attempt.responseBody)
            object.member("response_body_truncated", attempt.responseBodyTruncated)
            object.member("response_content_type", attempt.responseContentType)
            object.key("status")
            if let status = attempt.responseStatus { object.value(status) } else { object.value(nil as String?) }
            object.member("succeeded", attempt.succeeded)
            object.member("url", attempt.url)
        }
    }

    private static func milliseconds(from start: Date, to end: Date) -> Int {
        max(Int((end.timeIntervalSince(start) * 1000).rounded()), 0)
    }
}
