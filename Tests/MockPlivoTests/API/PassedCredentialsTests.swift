import Foundation
import Synchronization
import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoStore

/// A connection remembers the credentials it passed with; these check that it remembers no more than it may.
@Suite("Credentials remembered per connection")
struct PassedCredentialsTests {
    @Test("The same header on the same connection is looked up once while no account changes")
    func sameHeaderIsLookedUpOnce() throws {
        let fixture = try StoreFixture()
        let accounts = CountingAccounts(fixture.store)
        let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")
        let header = basic(StoreFixture.mainID, StoreFixture.mainToken)
        for _ in 0..<3 { #expect(try status(header, on: connection, accounts: accounts) == 200) }
        #expect(accounts.lookups == 1)

        // Another connection, and another header on the first one, are checked afresh.
        #expect(try status(header, on: HTTPConnectionInfo(remoteAddress: "127.0.0.1:2"), accounts: accounts) == 200)
        #expect(try status(basic(StoreFixture.mainID, "wrong"), on: connection, accounts: accounts) == 401)
        #expect(accounts.lookups == 3)
    }

    @Test("A token rotated on the main account stops the remembered header at once")
    func rotatedTokenIsRefused() throws {
        let fixture = try StoreFixture()
        let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")
        let old = basic(StoreFixture.mainID, StoreFixture.mainToken)
        #expect(try status(old, on: connection, accounts: fixture.store) == 200)
        let rotated = "RotatedTokenRotatedTokenRotatedToken0002"
        _ = try fixture.store.ensureMainAccount(authID: StoreFixture.mainID, authToken: rotated)
        #expect(try status(old, on: connection, accounts: fixture.store) == 401)
        #expect(try status(basic(StoreFixture.mainID, rotated), on: connection, accounts: fixture.store) == 200)
    }

    @Test("A subaccount disabled or deleted after passing is refused on the same connection")
    func disabledOrDeletedSubaccountIsRefused() throws {
        let fixture = try StoreFixture()
        for deleting in [false, true] {
            let sub = try fixture.store.createSubaccount(parentID: StoreFixture.mainID, name: "sub", enabled: true)
            let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")
            let header = basic(sub.authID, sub.authToken)
            let path = "/v1/Account/\(sub.authID)/"
            #expect(try status(header, path: path, on: connection, accounts: fixture.store) == 200)
            if deleting {
                try fixture.store.deleteSubaccount(authID: sub.authID, parentID: StoreFixture.mainID, cascade: true)
            } else {
                _ = try fixture.store.updateSubaccount(
                    authID: sub.authID, parentID: StoreFixture.mainID, name: nil, enabled: false)
            }
            #expect(try status(header, path: path, on: connection, accounts: fixture.store) == 401)
        }
    }

    @Test("What passed against one store does not pass against another, even on the same connection")
    func anotherStoreChecksAfresh() throws {
        let first = try StoreFixture()
        let second = try SQLiteStore(path: ":memory:")
        let otherToken = "AnotherTokenAnotherTokenAnotherToken0003"
        _ = try second.ensureMainAccount(authID: StoreFixture.mainID, authToken: otherToken)
        let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")
        let header = basic(StoreFixture.mainID, StoreFixture.mainToken)
        #expect(try status(header, on: connection, accounts: first.store) == 200)
        #expect(try status(header, on: connection, accounts: second) == 401)
    }

    @Test("Application writes leave the version alone; account writes change it")
    func versionFollowsAccountWrites() throws {
        let fixture = try StoreFixture()
        let start = fixture.store.credentialsVersion
        try fixture.makeApplication()
        #expect(fixture.store.credentialsVersion == start)
        _ = try fixture.makeSubaccount()
        #expect(fixture.store.credentialsVersion != start)
    }

    private func status(
        _ header: String, path: String = "/v1/Account/\(StoreFixture.mainID)/", on connection: HTTPConnectionInfo,
        accounts: any AccountStore
    ) throws -> Int {
        let middleware = AuthenticationMiddleware(accounts: accounts)
        let request = HTTPRequest(method: .get, target: path, headers: ["Authorization": header])
        do {
            return try middleware.handle(request, context: HTTPRequestContext(connection: connection)) { _, context in
                #expect(context[AuthenticatedScope.self] != nil)
                return HTTPResponse(status: .ok)
            }.status.code
        } catch let error as PlivoError {
            return error.status.code
        }
    }

    private func basic(_ authID: String, _ token: String) -> String {
        "Basic " + Data("\(authID):\(token)".utf8).base64EncodedString()
    }
}

/// A store that counts credential lookups and forwards everything to a real one.
private final class CountingAccounts: AccountStore {
    let store: SQLiteStore
    private let count = Atomic(0)
    var lookups: Int { count.load(ordering: .relaxed) }

    init(_ store: SQLiteStore) { self.store = store }

    func account(authID: String) throws -> Account? {
        count.add(1, ordering: .relaxed)
        return try store.account(authID: authID)
    }
    var credentialsVersion: UInt64 { store.credentialsVersion }
    func ensureMainAccount(authID: String, authToken: String) throws -> Account {
        try store.ensureMainAccount(authID: authID, authToken: authToken)
    }
    func updateMainAccount(authID: String, name: String?, city: String?, address: String?) throws -> Account {
        try store.updateMainAccount(authID: authID, name: name, city: city, address: address)
    }
    func createSubaccount(parentID: String, name: String, enabled: Bool) throws -> Account {
        try store.createSubaccount(parentID: parentID, name: name, enabled: enabled)
    }
    func subaccount(authID: String, parentID: String) throws -> Account? {
        try store.subaccount(authID: authID, parentID: parentID)
    }
    func listSubaccounts(parentID: String, page: PageRequest) throws -> Page<Account> {
        try store.listSubaccounts(parentID: parentID, page: page)
    }
    func updateSubaccount(authID: String, parentID: String, name: String?, enabled: Bool?) throws -> Account {
        try store.updateSubaccount(authID: authID, parentID: parentID, name: name, enabled: enabled)
    }
    func deleteSubaccount(authID: String, parentID: String, cascade: Bool) throws {
        try store.deleteSubaccount(authID: authID, parentID: parentID, cascade: cascade)
    }
    func resetAccount(authID: String) throws { try store.resetAccount(authID: authID) }
    func resetAll() throws { try store.resetAll() }
}
