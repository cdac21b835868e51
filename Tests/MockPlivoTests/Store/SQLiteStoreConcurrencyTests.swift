import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("SQLite store concurrency")
struct SQLiteStoreConcurrencyTests {
    @Test("Concurrent creates from many tasks all land, each with a distinct id")
    func concurrentCreates() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let scope = fixture.main
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let draft = ApplicationDraft(appName: "app\(index)", answerURL: "https://example.com/")
                    let app = try store.createApplication(draft, in: scope)
                    // Interleave reads with writes, as handlers would.
                    _ = try store.account(authID: StoreFixture.mainID)
                    return app.appID
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(ids.count == 64)
        #expect(try store.listApplications(ApplicationQuery(), in: scope).totalCount == 64)
    }

    @Test("Only one default app survives concurrent default creates")
    func concurrentDefaults() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let scope = fixture.main
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<16 {
                group.addTask {
                    var draft = ApplicationDraft(appName: "app\(index)", answerURL: "https://example.com/")
                    draft.defaultNumberApp = true
                    _ = try store.createApplication(draft, in: scope)
                }
            }
            try await group.waitForAll()
        }
        let page = try store.listApplications(ApplicationQuery(page: PageRequest(limit: 100)), in: scope)
        #expect(page.items.filter(\.defaultNumberApp).count == 1)
        #expect(page.items.first?.defaultNumberApp == true, "the last created wins")
    }
}
