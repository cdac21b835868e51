import HTTPServerKit
import PlivoSupport

/// Builds responses as Plivo sends them: JSON, with `Content-Type: application/json` on every one, 204 included,
/// because Ruby's SDK parses a body only when it sees that header.
enum PlivoResponse {
    static let jsonHeaders: HTTPHeaders = ["Content-Type": "application/json"]

    static func json(_ status: HTTPStatus, _ write: (inout JSONWriter) -> Void) -> HTTPResponse {
        var writer = JSONWriter()
        write(&writer)
        return HTTPResponse(status: status, headers: jsonHeaders, body: writer.bytes)
    }

    /// `{"api_id": …, "message": …}` plus any extra members, keys in alphabetical order as Plivo sends them.
    /// `extra` comes sorted by name, and the two fixed members are merged in where they belong: every create
    /// answers with this, and copying and sorting the members cost two allocations each time. Checked by an
    /// assert, not in release builds: even the check (with a sorting fallback) cost an allocation per create.
    static func message(
        _ status: HTTPStatus, apiID: String, message: String, extra: [(String, String)] = []
    ) -> HTTPResponse {
        assert(zip(extra, extra.dropFirst()).allSatisfy { $0.0 < $1.0 }, "extra members must come sorted by name")
        return json(status) { json in
            json.object { object in
                var apiIDPending = true
                var messagePending = true
                for (name, value) in extra {
                    if apiIDPending && "api_id" < name {
                        object.member("api_id", apiID)
                        apiIDPending = false
                    }
                    if messagePending && "message" < name {
                        object.member("message", message)
                        messagePending = false
                    }
                    object.member(name, value)
                }
                if apiIDPending { object.member("api_id", apiID) }
                if messagePending { object.member("message", message) }
            }
        }
    }

    /// Plivo's error envelope, `{"api_id": …, "error": …}`, with the error's status.
    static func error(_ error: PlivoError, apiID: String) -> HTTPResponse {
        json(error.status) { json in
            json.object { object in
                object.member("api_id", apiID)
                object.member("error", error.message)
            }
        }
    }

    static func noContent() -> HTTPResponse {
        HTTPResponse(status: .noContent, headers: jsonHeaders)
    }
}
