import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Application delete")
struct ApplicationStoreDeleteTests {
    @Test("Cascade deletes the application's endpoints and no others")
    func cascadeDeletesEndpoints() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication()
        let other = try fixture.makeApplication("other")
        try fixture.makeEndpoint("a", appID: app.appID)
        let kept = try fixture.makeEndpoint("b", appID: other.appID)
        try fixture.store.deleteApplication(id: app.appID, cascade: true, newEndpointApplication: nil, in: fixture.main)
        #expect(try fixture.store.application(id: app.appID, in: fixture.main) == nil)
        #expect(try fixture.store.listEndpoints(in: fixture.main, page: PageRequest()).items == [kept])
    }

    @Test("Without cascade the endpoints stay, with no application")
    func withoutCascadeDetaches() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication()
        let endpoint = try fixture.makeEndpoint(appID: app.appID)
        try fixture.store.deleteApplication(id: app.appID, cascade: false, newEndpointApplication: nil,
                                            in: fixture.main)
        #expect(try fixture.store.endpoint(id: endpoint.endpointID, in: fixture.main)?.appID == nil)
    }

    @Test("Without cascade the endpoints move to new_endpoint_application")
    func withoutCascadeMoves() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication()
        let target = try fixture.makeApplication("target")
        let endpoint = try fixture.makeEndpoint(appID: app.appID)
        try fixture.store.deleteApplication(id: app.appID, cascade: false, newEndpointApplication: target.appID,
                                            in: fixture.main)
        #expect(try fixture.store.endpoint(id: endpoint.endpointID, in: fixture.main)?.appID == target.appID)
    }

    @Test("A new_endpoint_application the scope cannot see is an invalid reference")
    func invisibleTargetIsRejected() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        let subApp = try fixture.makeApplication("sub", in: sub)
        let mainApp = try fixture.makeApplication("main")
        #expect(throws: StoreError.invalidReference(parameter: "new_endpoint_application", value: mainApp.appID)) {
            try fixture.store.deleteApplication(id: subApp.appID, cascade: false,
                                                newEndpointApplication: mainApp.appID, in: sub)
        }
        #expect(try fixture.store.application(id: subApp.appID, in: sub) != nil)
    }
}
