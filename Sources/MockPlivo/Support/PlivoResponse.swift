import HTTPServerKit

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
    static func message(
        _ status: HTTPStatus, apiID: String, message: String, extra: [(String, String)] = []
    ) -> HTTPResponse {
        json(status) { json in
            json.object { object in
                var members = extra
                members.append(("api_id", apiID))
                members.append(("message", message))
                for (name, value) in members.sorted(by: { $0.0 < $1.0 }) { object.member(name, value) }
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
