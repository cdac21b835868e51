import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Console subaccount and endpoint pages")
struct ConsoleAccountPagesTests {
    @Test("The subaccounts page shows every field the API returns")
    func subaccountsPage() throws {
        let harness = try RouterHarness()
        let subaccount = try harness.application.store.createSubaccount(
            parentID: RouterHarness.authID, name: "Team <B>", enabled: true)
        let api = harness.send(.get, "/v1/Account/\(RouterHarness.authID)/Subaccount/\(subaccount.authID)/").json
        let page = harness.send(.get, "/console/subaccounts/")
        #expect(page.status == 200)
        #expect(page.text.contains("id=\"subaccount-\(subaccount.authID)\""))
        #expect(page.text.contains("Team &lt;B&gt;"))
        #expect(!api.isEmpty)
        for key in api.keys where key != "api_id" {
            #expect(page.text.contains("<dt>\(key)</dt>"), "missing \(key)")
        }
    }

    @Test("A subaccount signed in is told it has no subaccounts")
    func subaccountHasNone() throws {
        let harness = try RouterHarness()
        let subaccount = try harness.application.store.createSubaccount(
            parentID: RouterHarness.authID, name: "team", enabled: true)
        let credentials = "Basic " + Data("\(subaccount.authID):\(subaccount.authToken)".utf8).base64EncodedString()
        let page = harness.send(.get, "/console/subaccounts/", authorization: credentials)
        #expect(page.status == 200)
        #expect(page.text.contains("Only a main account has subaccounts"))
    }

    @Test("The endpoints page shows every field the API returns, and no password")
    func endpointsPage() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "desk")
        let endpoint = try harness.application.store.createEndpoint(
            EndpointDraft(username: "desk", password: "secret-pw", alias: "Desk phone", appID: appID),
            in: AccountScope(mainAccountID: RouterHarness.authID))
        let api = harness.send(.get, "/v1/Account/\(RouterHarness.authID)/Endpoint/\(endpoint.endpointID)/").json
        let page = harness.send(.get, "/console/endpoints/")
        #expect(page.status == 200)
        #expect(page.text.contains("id=\"endpoint-\(endpoint.endpointID)\""))
        #expect(!api.isEmpty)
        for key in api.keys where key != "api_id" {
            #expect(page.text.contains("<dt>\(key)</dt>"), "missing \(key)")
        }
        #expect(page.text.contains("/Application/\(appID)/"))
        #expect(!page.text.contains("secret-pw"))
    }
}
