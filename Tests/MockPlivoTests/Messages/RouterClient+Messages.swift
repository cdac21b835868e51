import Testing
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// Sends `body` to `…/Message/` and returns the message UUIDs of a 202.
    func sendMessage(_ body: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let response = post("Message/", json: body)
        #expect(response.status == 202, "\(response.text)", sourceLocation: sourceLocation)
        let uuids = try #require(response["message_uuid"]?.arrayValue, sourceLocation: sourceLocation)
        return uuids.compactMap(\.stringValue)
    }

    /// Waits until the engine has run everything due (time scale 0: every message to its end).
    func settle() {
        application.engine.loop.waitUntilIdle()
    }

    /// PUTs a handset document.
    func setHandset(_ key: String, _ document: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let response = send(
            .put, "/__mock/Account/\(authID)/Handset/\(key)/", headers: [("Content-Type", "application/json")],
            body: Array(document.utf8))
        #expect(response.status == 200, "\(response.text)", sourceLocation: sourceLocation)
    }
}
