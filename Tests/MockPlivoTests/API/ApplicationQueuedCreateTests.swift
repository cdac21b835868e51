import Foundation
import Synchronization
import Testing
@testable import MockPlivo
@testable import PlivoStore

/// A create that arrives while another loop is writing is answered after that loop commits it (group commit):
/// the client sees the same 201, or the same 400, as for a create written at once.
@Suite struct ApplicationQueuedCreateTests {
    let client: RouterClient

    init() throws {
        client = try RouterClient()
    }

    /// Posts `json` from another thread while a writer holds the store, and returns the answer once it lets go.
    func postQueued(_ json: [String: Any]) throws -> RouterResponse {
        let store = client.application.store
        // Authentication's account read must come from the cache: the blocked writer holds the connection.
        #expect(client.get("Application/").status == 200)
        let writer = BlockedWriter(store: store, scope: AccountScope(mainAccountID: RouterClient.mainAuthID))
        let answer = Mutex<RouterResponse?>(nil)
        let answered = DispatchSemaphore(value: 0)
        let client = client
        nonisolated(unsafe) let body = json
        DispatchQueue.global().async {
            let response = client.post("Application/", json: body)
            answer.withLock { $0 = response }
            answered.signal()
        }
        // The handler must have queued its write (not waited, not written) before the writer lets go.
        let deadline = Date().addingTimeInterval(10)
        while store.writeQueue.withLock({ $0.pending.isEmpty }), Date() < deadline { usleep(1_000) }
        #expect(store.writeQueue.withLock { $0.pending.count } == 1, "the create was not queued")
        #expect(answer.withLock { $0 } == nil)
        writer.release()
        answered.wait()
        return try #require(answer.withLock { $0 })
    }

    @Test("A queued create answers 201 once committed")

    func aQueuedCreateAnswers201OnceCommitted() throws {
        let response = try postQueued(["app_name": "queued", "answer_url": "https://example.com/answer"])
        #expect(response.status == 201)
        #expect(response.string("message") == "created")
        let appID = try #require(response.string("app_id"))
        let fetched = client.get("Application/\(appID)/")
        #expect(fetched.status == 200 && fetched.string("app_name") == "queued")
        #expect(client.get("Application/")["meta"]?["total_count"] == .number(2))
    }

    @Test("A queued create that fails answers Plivo's error and stores nothing")

    func aQueuedCreateThatFailsAnswersPlivosErrorAndStoresNothing() throws {
        let response = try postQueued([
            "app_name": "orphan", "answer_url": "https://example.com/answer", "subaccount": "SANOTASUBACCOUNT0001",
        ])
        #expect(response.status == 400)
        #expect(response.string("api_id")?.count == 36)
        #expect(response.string("error")?.contains("subaccount") == true)
        #expect(client.get("Application/")["meta"]?["total_count"] == .number(1))
    }
}
