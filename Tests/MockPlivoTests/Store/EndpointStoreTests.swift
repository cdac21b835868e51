import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Endpoint store")
struct EndpointStoreTests {
    @Test("A new endpoint gets 12 digits appended to its username and a salted password hash")
    func createEndpoint() throws {
        let fixture = try StoreFixture()
        let endpoint = try fixture.makeEndpoint("zumba")
        #expect(endpoint.username.hasPrefix("zumba") && endpoint.username.count == 5 + 12)
        #expect(endpoint.username.dropFirst(5).allSatisfy { $0.isNumber })
        #expect(endpoint.endpointID.count == 14 && endpoint.alias == "zumba" && endpoint.appID == nil)
        #expect(PasswordHash.verify(password: "secret", against: endpoint.passwordHash))
        #expect(!endpoint.passwordHash.contains("secret"))
        #expect(try fixture.store.endpoint(id: endpoint.endpointID, in: fixture.main) == endpoint)
    }

    @Test("A new endpoint without app_id gets its owner's default endpoint app")
    func defaultEndpointApp() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let mainDefault = try fixture.makeApplication("main") { $0.defaultEndpointApp = true }
        #expect(try fixture.makeEndpoint().appID == mainDefault.appID)
        #expect(try fixture.makeEndpoint(in: sub).appID == nil, "the main account's default is not the subaccount's")
        let subDefault = try fixture.makeApplication("sub", in: sub) { $0.defaultEndpointApp = true }
        #expect(try fixture.makeEndpoint(in: sub).appID == subDefault.appID)
    }

    @Test("An app_id the scope cannot see is an invalid reference")
    func invisibleApplication() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let mainApp = try fixture.makeApplication()
        #expect(throws: StoreError.invalidReference(parameter: "app_id", value: mainApp.appID)) {
            try fixture.makeEndpoint(appID: mainApp.appID, in: sub)
        }
    }

    @Test("Update changes only the given fields")
    func partialUpdate() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication()
        let endpoint = try fixture.makeEndpoint()
        let aliased = try fixture.store.updateEndpoint(id: endpoint.endpointID, changes: EndpointChanges(alias: "new"),
                                                       in: fixture.main)
        #expect(aliased.alias == "new" && aliased.passwordHash == endpoint.passwordHash && aliased.appID == nil)
        let moved = try fixture.store.updateEndpoint(
            id: endpoint.endpointID, changes: EndpointChanges(password: "other", appID: app.appID), in: fixture.main)
        #expect(moved.alias == "new" && moved.appID == app.appID)
        #expect(PasswordHash.verify(password: "other", against: moved.passwordHash))
        #expect(try fixture.store.endpoint(id: endpoint.endpointID, in: fixture.main) == moved)
    }

    @Test("List is scoped and newest first; delete removes only visible endpoints")
    func listAndDelete() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let mainEndpoint = try fixture.makeEndpoint("main")
        let subEndpoint = try fixture.makeEndpoint("sub", in: sub)
        let all = try fixture.store.listEndpoints(in: fixture.main, page: PageRequest())
        #expect(all.items == [subEndpoint, mainEndpoint])
        #expect(try fixture.store.listEndpoints(in: sub, page: PageRequest()).items == [subEndpoint])
        #expect(throws: StoreError.notFound(resource: "endpoint", id: mainEndpoint.endpointID)) {
            try fixture.store.deleteEndpoint(id: mainEndpoint.endpointID, in: sub)
        }
        try fixture.store.deleteEndpoint(id: mainEndpoint.endpointID, in: fixture.main)
        #expect(try fixture.store.listEndpoints(in: fixture.main, page: PageRequest()).totalCount == 1)
    }
}
