import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Account store")
struct AccountStoreTests {
    @Test("ensureMainAccount creates the account once and the start-up token wins")
    func ensureMainAccount() throws {
        let fixture = try StoreFixture()
        let account = try #require(try fixture.store.account(authID: StoreFixture.mainID))
        #expect(account.authToken == StoreFixture.mainToken && account.enabled && account.parentID == nil)
        #expect(account.created.count == 10 && account.modified == nil)
        let again = try fixture.store.ensureMainAccount(authID: StoreFixture.mainID, authToken: "NewToken")
        #expect(again.authToken == "NewToken" && again.created == account.created)
        #expect(try fixture.store.account(authID: StoreFixture.mainID)?.authToken == "NewToken")
        #expect(try fixture.store.account(authID: "MANOSUCHACCOUNT00000") == nil)
    }

    @Test("Updating the main account changes only the given fields and sets modified")
    func updateMainAccount() throws {
        let fixture = try StoreFixture()
        _ = try fixture.store.updateMainAccount(authID: StoreFixture.mainID, name: "Sherlock", city: nil, address: nil)
        let account = try fixture.store.updateMainAccount(authID: StoreFixture.mainID, name: nil, city: "London",
                                                          address: nil)
        #expect(account.name == "Sherlock" && account.city == "London" && account.address == "")
        #expect(account.modified != nil)
        #expect(try fixture.store.account(authID: StoreFixture.mainID) == account)
    }

    @Test("Subaccounts get SA ids and tokens, authenticate, and list newest first")
    func subaccountLifecycle() throws {
        let fixture = try StoreFixture()
        let first = try fixture.store.createSubaccount(parentID: StoreFixture.mainID, name: "first", enabled: true)
        let second = try fixture.store.createSubaccount(parentID: StoreFixture.mainID, name: "second", enabled: false)
        #expect(first.authID.hasPrefix("SA") && first.authID.count == 20 && first.authToken.count == 40)
        #expect(try fixture.store.account(authID: second.authID) == second)
        #expect(try fixture.store.subaccount(authID: first.authID, parentID: StoreFixture.mainID) == first)
        #expect(try fixture.store.subaccount(authID: first.authID, parentID: "MAOTHERACCOUNT000001") == nil)
        let page = try fixture.store.listSubaccounts(parentID: StoreFixture.mainID, page: PageRequest(limit: 1))
        #expect(page.items.map(\.name) == ["second"] && page.totalCount == 2)

        let updated = try fixture.store.updateSubaccount(authID: second.authID, parentID: StoreFixture.mainID,
                                                         name: nil, enabled: true)
        #expect(updated.enabled && updated.name == "second" && updated.modified != nil)
    }

    @Test("Deleting a subaccount moves its applications and endpoints to the main account")
    func deleteMovesToParent() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        try fixture.makeApplication("main-default") { $0.defaultNumberApp = true }
        let app = try fixture.makeApplication("sub-app", in: sub) { $0.defaultNumberApp = true }
        let endpoint = try fixture.makeEndpoint(appID: app.appID, in: sub)
        try fixture.store.deleteSubaccount(authID: try #require(sub.subaccountID), parentID: StoreFixture.mainID,
                                           cascade: false)

        let moved = try #require(try fixture.store.application(id: app.appID, in: fixture.main))
        #expect(moved.subaccountID == nil)
        #expect(!moved.defaultNumberApp, "the main account keeps its own default")
        let movedEndpoint = try #require(try fixture.store.endpoint(id: endpoint.endpointID, in: fixture.main))
        #expect(movedEndpoint.subaccountID == nil && movedEndpoint.appID == app.appID)
        #expect(try fixture.store.account(authID: sub.subaccountID ?? "") == nil)
    }

    @Test("Deleting a subaccount with cascade deletes its applications and endpoints")
    func deleteCascades() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let app = try fixture.makeApplication("sub-app", in: sub)
        try fixture.makeEndpoint(appID: app.appID, in: sub)
        let mainApp = try fixture.makeApplication("main")
        try fixture.store.deleteSubaccount(authID: try #require(sub.subaccountID), parentID: StoreFixture.mainID,
                                           cascade: true)
        #expect(try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).items == [mainApp])
        #expect(try fixture.store.listEndpoints(in: fixture.main, page: PageRequest()).totalCount == 0)
        #expect(throws: StoreError.notFound(resource: "subaccount", id: sub.subaccountID ?? "")) {
            try fixture.store.deleteSubaccount(authID: sub.subaccountID ?? "", parentID: StoreFixture.mainID,
                                               cascade: true)
        }
    }

    @Test("Resetting an account deletes its data but keeps its credentials")
    func resetAccount() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        try fixture.makeApplication()
        try fixture.makeApplication("sub", in: sub)
        try fixture.makeEndpoint()
        try fixture.store.resetAccount(authID: StoreFixture.mainID)
        #expect(try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).totalCount == 0)
        #expect(try fixture.store.listEndpoints(in: fixture.main, page: PageRequest()).totalCount == 0)
        #expect(try fixture.store.listSubaccounts(parentID: StoreFixture.mainID, page: PageRequest()).totalCount == 0)
        #expect(try fixture.store.account(authID: StoreFixture.mainID)?.authToken == StoreFixture.mainToken)
    }

    @Test("Resetting everything keeps only the main accounts")
    func resetAll() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        try fixture.makeApplication("sub", in: sub)
        try fixture.makeEndpoint()
        try fixture.store.resetAll()
        #expect(try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).totalCount == 0)
        #expect(try fixture.store.account(authID: sub.subaccountID ?? "") == nil)
        #expect(try fixture.store.account(authID: StoreFixture.mainID) != nil)
    }
}
