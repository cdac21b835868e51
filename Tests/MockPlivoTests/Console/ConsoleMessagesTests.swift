import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Console messages page")
struct ConsoleMessagesTests {
    @Test("The messages page lists each message with its state, and its page shows what happened to it")
    func listAndTrace() throws {
        let harness = try RouterHarness()
        let send = harness.send(
            .post, "/v1/Account/\(RouterHarness.authID)/Message/", headers: [("Content-Type", "application/json")],
            body: #"{"src": "Alerts", "dst": "447700900123", "text": "hello"}"#)
        #expect(send.status == 202)
        guard case .array(let uuids)? = send.json["message_uuid"], case .string(let uuid)? = uuids.first else {
            Issue.record("no message_uuid in \(send.text)")
            return
        }
        harness.application.engine.loop.waitUntilIdle()
        let list = harness.send(.get, "/console/messages/")
        #expect(list.status == 200)
        #expect(list.text.contains("id=\"message-\(uuid)\""))
        #expect(list.text.contains("<td data-field=\"message_state\">delivered</td>"))
        let detail = harness.send(.get, "/console/messages/\(uuid)/")
        #expect(detail.status == 200)
        for event in ["queued", "sent", "delivered"] { #expect(detail.text.contains("<td>\(event)</td>")) }
        #expect(detail.text.contains("<dd data-field=\"message_state\">delivered</dd>"))
        #expect(harness.send(.get, "/console/messages/00000000-0000-4000-8000-000000000000/").status == 404)
    }
}
