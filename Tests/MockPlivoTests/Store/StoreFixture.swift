import Foundation
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

/// A fresh in-memory store with one main account, owned by a single test.
struct StoreFixture {
    static let mainID = "MATESTACCOUNT0000001"
    static let mainToken = "TestTokenTestTokenTestTokenTestToken0001"

    let store: SQLiteStore
    let main = AccountScope(mainAccountID: StoreFixture.mainID)

    init(seed: UInt64 = 42, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        store = try SQLiteStore(path: ":memory:", identifiers: IdentifierGenerator(seed: seed), clock: clock)
        _ = try store.ensureMainAccount(authID: StoreFixture.mainID, authToken: StoreFixture.mainToken)
    }

    /// Creates a subaccount and returns its scope.
    func makeSubaccount(name: String = "sub") throws -> AccountScope {
        let account = try store.createSubaccount(parentID: StoreFixture.mainID, name: name, enabled: true)
        return AccountScope(account: account)
    }

    @discardableResult
    func makeApplication(_ name: String = "app", in scope: AccountScope? = nil,
                         configure: (inout ApplicationDraft) -> Void = { _ in }) throws -> Application {
        var draft = ApplicationDraft(appName: name, answerURL: "https://example.com/answer")
        configure(&draft)
        return try store.createApplication(draft, in: scope ?? main)
    }

    @discardableResult
    func makeEndpoint(_ username: String = "zumba", appID: String? = nil, in scope: AccountScope? = nil) throws
        -> Endpoint {
        try store.createEndpoint(EndpointDraft(username: username, password: "secret", alias: username, appID: appID),
                                 in: scope ?? main)
    }
}

/// A database file path in the temporary directory, removed (with its WAL and SHM files) by `remove()`.
struct TemporaryDatabasePath {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("mockplivo-test-\(UUID().uuidString).sqlite").path

    func remove() {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
