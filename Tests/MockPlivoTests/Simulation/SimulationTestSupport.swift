import Testing
@testable import MockPlivo

/// The parent of the simulation route suites, so `swift test --filter Simulation` selects them all.
@Suite enum SimulationAPITests {}

/// Shortcuts for the simulation route tests: applications pointing at a `CallbackReceiver`, simulations through
/// the router (deferred answers waited for), and the signature check every received request must pass.
extension RouterClient {
    /// `/__mock/Account/{auth_id}/` followed by `path`.
    func mockURL(_ path: String) -> String { "/__mock/Account/\(authID)/\(path)" }

    /// Creates an application whose URLs are `receiver`'s `/answer`, `/fallback`, `/hangup` and `/message` as asked.
    func makeApplication(
        receiver: CallbackReceiver, fallback: Bool = false, hangup: Bool = true, message: Bool = false,
        extra: [String: Any] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        var body: [String: Any] = ["answer_url": receiver.url("/answer")]
        if fallback { body["fallback_answer_url"] = receiver.url("/fallback") }
        if hangup { body["hangup_url"] = receiver.url("/hangup") }
        if message { body["message_url"] = receiver.url("/message") }
        body.merge(extra) { _, new in new }
        return try makeApplication(name: "simulated", extra: body, sourceLocation: sourceLocation)
    }

    /// `POST /__mock/Account/{auth_id}/Application/{app_id}/Call/` from 14155550100 to 14155550199.
    func simulateCall(appID: String, extra: [String: Any] = [:]) -> RouterResponse {
        var body: [String: Any] = ["from": "14155550100", "to": "14155550199"]
        body.merge(extra) { _, new in new }
        return post(mockURL("Application/\(appID)/Call/"), json: body)
    }

    /// `POST /__mock/Account/{auth_id}/Application/{app_id}/Message/`.
    func simulateMessage(appID: String, text: String = "Hello") -> RouterResponse {
        post(mockURL("Application/\(appID)/Message/"), json: ["from": "14155550100", "to": "14155550199", "text": text])
    }

    /// The token of an account the store knows.
    func token(of authID: String) throws -> String {
        try #require(try application.store.account(authID: authID)).authToken
    }
}

/// Checks the six signature headers of a request the receiver got against the tokens Plivo would use.
func expectSigned(
    _ request: CallbackReceiver.ReceivedRequest, authToken: String, mainAuthToken: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    CallbackFixtures.expectValidSignatures(
        request, authToken: authToken, mainAuthToken: mainAuthToken, sourceLocation: sourceLocation)
}
