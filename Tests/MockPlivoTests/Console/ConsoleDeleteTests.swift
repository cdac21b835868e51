import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Console delete")
struct ConsoleDeleteTests {
    let apiPath = "/v1/Account/\(RouterHarness.authID)/Application/"
    let scope = AccountScope(mainAccountID: RouterHarness.authID)

    @Test("The delete page offers the cascade choice and counts attached endpoints")
    func deletePage() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "doomed")
        _ = try harness.application.store.createEndpoint(
            EndpointDraft(username: "phone", password: "secret", alias: "Phone", appID: appID), in: scope)
        let page = harness.send(.get, "/console/applications/\(appID)/delete/")
        #expect(page.status == 200)
        #expect(page.text.contains("1 endpoint is attached"))
        #expect(page.text.contains("name=\"cascade\" value=\"false\""))
    }

    @Test("Deleting with cascade removes the attached endpoints")
    func cascadeDelete() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "doomed")
        let endpoint = try harness.application.store.createEndpoint(
            EndpointDraft(username: "phone", password: "secret", alias: "Phone", appID: appID), in: scope)
        let response = harness.postForm("/console/applications/\(appID)/delete/", [("cascade", "true")])
        #expect(response.status == 303)
        #expect(response.headers["Location"] == "/console/?deleted=\(appID)")
        #expect(harness.send(.get, "\(apiPath)\(appID)/").status == 404)
        #expect(try harness.application.store.endpoint(id: endpoint.endpointID, in: scope) == nil)
    }

    @Test("Deleting without cascade moves the endpoints to the chosen application")
    func keepEndpoints() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "doomed")
        let heir = try harness.createApplication(name: "heir")
        let endpoint = try harness.application.store.createEndpoint(
            EndpointDraft(username: "phone", password: "secret", alias: "Phone", appID: appID), in: scope)
        let response = harness.postForm(
            "/console/applications/\(appID)/delete/", [("cascade", "false"), ("new_endpoint_application", heir)])
        #expect(response.status == 303)
        let moved = try #require(try harness.application.store.endpoint(id: endpoint.endpointID, in: scope))
        #expect(moved.appID == heir)
    }

    @Test("A refused delete shows the API's message and keeps the application")
    func refusedDelete() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "kept")
        let response = harness.postForm(
            "/console/applications/\(appID)/delete/", [("cascade", "false"), ("new_endpoint_application", "123")])
        #expect(response.status == 400)
        #expect(response.text.contains("new_endpoint_application 123 does not exist"))
        #expect(harness.send(.get, "\(apiPath)\(appID)/").status == 200)
    }
}
