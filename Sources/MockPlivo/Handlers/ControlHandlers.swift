import HTTPServerKit
import PlivoStore

/// Calls of the control API that tests and harnesses use besides Plivo's API.
struct ControlHandlers: Sendable {
    let store: SQLiteStore

    /// `GET /__mock/health` → 200 `{"status": "ok"}` once the store answers; no credentials needed, for Docker
    /// and CI readiness checks.
    func health(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        _ = try store.account(authID: "")
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("status", "ok")
                object.member("version", MockPlivoCommand.version)
            }
        }
    }
}
