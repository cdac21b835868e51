import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

/// The store answers hot reads from memory; these pin that no write, failed write or restore leaves a stale row.
@Suite("Store read caches")
struct StoreReadCacheTests {
    @Test("A bounded cache starts over when full and keeps only what was inserted")
    func boundedCache() {
        let cache = ReadCache<Int, String>(capacity: 2)
        cache.insert("a", for: 1)
        cache.insert("b", for: 2)
        cache.insert("b2", for: 2)   // replacing a key does not count as growth
        #expect(cache.count == 2 && cache.value(for: 2) == "b2")
        cache.insert("c", for: 3)
        #expect(cache.count == 1 && cache.value(for: 1) == nil && cache.value(for: 3) == "c")
        cache.removeAll()
        #expect(cache.value(for: 3) == nil)
    }

    @Test("Reads fill the caches; an update, a delete and a failed write each leave nothing stale")
    func writesInvalidate() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let app = try fixture.makeApplication("before")
        #expect(try store.application(id: app.appID, in: fixture.main)?.appName == "before")
        #expect(store.applicationCache.value(for: app.appID) != nil)

        var changes = ApplicationChanges()
        changes.appName = "after"
        _ = try store.updateApplication(id: app.appID, changes: changes, in: fixture.main)
        #expect(store.applicationCache.value(for: app.appID) == nil)
        #expect(try store.application(id: app.appID, in: fixture.main)?.appName == "after")

        // A write that fails and rolls back still empties the caches (it held the connection like any write).
        #expect(try store.application(id: app.appID, in: fixture.main) != nil)
        #expect(throws: StoreError.self) {
            try store.updateApplication(id: "00000000000000000", changes: changes, in: fixture.main)
        }
        #expect(store.applicationCache.count == 0)

        try store.deleteApplication(id: app.appID, cascade: false, newEndpointApplication: nil, in: fixture.main)
        #expect(try store.application(id: app.appID, in: fixture.main) == nil)
    }

    @Test("A create keeps cached applications, unless it takes a default flag from them")
    func createsInvalidateOnlyWhenTheyChangeOthers() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let first = try fixture.makeApplication("first") { $0.defaultNumberApp = true }
        #expect(try store.application(id: first.appID, in: fixture.main)?.defaultNumberApp == true)

        try fixture.makeApplication("plain")
        #expect(store.applicationCache.value(for: first.appID) != nil)

        try fixture.makeApplication("new default") { $0.defaultNumberApp = true }
        #expect(store.applicationCache.value(for: first.appID) == nil)
        #expect(try store.application(id: first.appID, in: fixture.main)?.defaultNumberApp == false)
    }

    @Test("A cached application is still checked against the asking scope")
    func cachedRowsKeepScopes() throws {
        let fixture = try StoreFixture()
        let one = try fixture.makeSubaccount(name: "one")
        let two = try fixture.makeSubaccount(name: "two")
        let app = try fixture.makeApplication("mine", in: one)
        #expect(try fixture.store.application(id: app.appID, in: one) != nil)   // now cached
        #expect(try fixture.store.application(id: app.appID, in: two) == nil)
        #expect(try fixture.store.application(id: app.appID, in: AccountScope(mainAccountID: "MAOTHER")) == nil)
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) != nil)
    }

    @Test("Disabling a subaccount or changing a token takes effect on the next authentication")
    func accountChangesInvalidate() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        #expect(try fixture.store.account(authID: sub.authID)?.enabled == true)
        _ = try fixture.store.updateSubaccount(authID: sub.authID, parentID: StoreFixture.mainID, name: nil,
                                               enabled: false)
        #expect(try fixture.store.account(authID: sub.authID)?.enabled == false)

        #expect(try fixture.store.account(authID: StoreFixture.mainID)?.authToken == StoreFixture.mainToken)
        _ = try fixture.store.ensureMainAccount(authID: StoreFixture.mainID, authToken: "NewToken")
        #expect(try fixture.store.account(authID: StoreFixture.mainID)?.authToken == "NewToken")
    }

    @Test("Application writes keep accounts cached; deleting a subaccount drops its applications from the cache")
    func invalidationIsPerTable() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        _ = try fixture.store.account(authID: StoreFixture.mainID)
        let app = try fixture.makeApplication("owned", in: sub)
        #expect(fixture.store.accountCache.value(for: StoreFixture.mainID) != nil)

        #expect(try fixture.store.application(id: app.appID, in: fixture.main) != nil)
        try fixture.store.deleteSubaccount(authID: sub.authID, parentID: StoreFixture.mainID, cascade: true)
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) == nil)
        #expect(try fixture.store.account(authID: sub.authID) == nil)
    }

    @Test("Restoring a snapshot replaces what the caches held")
    func restoreInvalidates() throws {
        let fixture = try StoreFixture()
        let snapshot = TemporaryDatabasePath()
        defer { snapshot.remove() }
        try fixture.store.backup(to: snapshot.path)
        let app = try fixture.makeApplication("after the snapshot")
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) != nil)
        try fixture.store.restore(from: snapshot.path)
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) == nil)
    }
}
