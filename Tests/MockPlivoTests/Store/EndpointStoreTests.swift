import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Endpoint store")
struct EndpointStoreTests {
    /// 2013-10-31 14:59:58 UTC, the time in plivo-python's `endpointCreateResponse.json` (`zumba131031145958`).
    static let fixtureCreation = Date(timeIntervalSince1970: 1_383_231_598)

    @Test("A new endpoint gets its creation time (UTC yyMMddHHmmss) appended to its username and a salted hash")
    func createEndpoint() throws {
        let fixture = try StoreFixture(clock: { Self.fixtureCreation })
        let endpoint = try fixture.makeEndpoint("zumba")
        #expect(endpoint.username == "zumba131031145958")
        #expect(endpoint.endpointID.count == 14 && endpoint.alias == "zumba" && endpoint.appID == nil)
        #expect(PasswordHash.verify(password: "secret", against: endpoint.passwordHash))
        #expect(!endpoint.passwordHash.contains("secret"))
        #expect(try fixture.store.endpoint(id: endpoint.endpointID, in: fixture.main) == endpoint)
    }

    @Test("Two endpoints of one name in the same second take the next free seconds; other names keep theirs")
    func sameSecondUsernames() throws {
        let fixture = try StoreFixture(clock: { Self.fixtureCreation })
        let sub = try fixture.makeSubaccount()
        let names = try [fixture.makeEndpoint("zumba"), fixture.makeEndpoint("zumba", in: sub),
                         fixture.makeEndpoint("zumba"), fixture.makeEndpoint("callme")].map(\.username)
        #expect(names == ["zumba131031145958", "zumba131031145959", "zumba131031150000", "callme131031145958"])
        // A longer name sharing the prefix is another name: it starts at the creation second too.
        #expect(try fixture.makeEndpoint("zumba1").username == "zumba1131031145958")
        #expect(try fixture.makeEndpoint("zumba").username == "zumba131031150001")
    }

    @Test("The suffix is the UTC time, zero-padded, across a year boundary")
    func suffixIsUTC() throws {
        // 2026-01-01 00:00:05 UTC: still 2025 in any time zone west of Greenwich, so a local-time suffix shows.
        let fixture = try StoreFixture(clock: { Date(timeIntervalSince1970: 1_767_225_605) })
        #expect(try fixture.makeEndpoint("desk").username == "desk260101000005")
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
