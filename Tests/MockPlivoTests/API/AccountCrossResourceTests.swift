import Testing
@testable import MockPlivo

/// How applications, endpoints and subaccounts refer to one another through the API.
@Suite("Accounts across resources")
struct AccountCrossResourceTests {
    let client: RouterClient
    let main = RouterClient.mainAuthID

    init() throws {
        client = try RouterClient()
    }

    @Test("an application's subaccount must exist: a 400 naming it, nothing stored")
    func applicationSubaccountMustExist() throws {
        let response = client.post("Application/", json: [
            "app_name": "app", "answer_url": "https://example.com/a", "subaccount": "SA000000000000000000",
        ])
        #expect(response.status == 400)
        #expect(response.error == "subaccount SA000000000000000000 does not exist")
        #expect(try client.list("Application/").total == 0)
    }

    @Test("a subaccount's application shows sub_account as its URI and is found by the subaccount filter")
    func applicationSubaccountFilter() throws {
        let sub = try client.makeSubaccount(name: "sub")
        let other = try client.makeSubaccount(name: "other")
        let subApp = try client.makeApplication(name: "forSub", extra: ["subaccount": sub.authID])
        _ = try client.makeApplication(name: "forOther", extra: ["subaccount": other.authID])
        _ = try client.makeApplication(name: "forMain")

        #expect(client.get("Application/\(subApp)/").string("sub_account") == "/v1/Account/\(sub.authID)/")
        let filtered = try client.list("Application/?subaccount=\(sub.authID)")
        #expect(filtered.total == 1)
        #expect(filtered.objects.first?["app_id"]?.stringValue == subApp)
        #expect(sub.get("Application/\(subApp)/").status == 200)
    }

    @Test("deleting an application with cascade=true deletes its endpoints")
    func applicationCascadeTrue() throws {
        let appID = try client.makeApplication()
        let attached = try client.makeEndpoint(username: "attached", appID: appID)
        let unrelated = try client.makeEndpoint(username: "unrelated")
        #expect(client.delete("Application/\(appID)/", json: ["cascade": true]).status == 204)
        #expect(client.get("Endpoint/\(attached.id)/").status == 404)
        #expect(client.get("Endpoint/\(unrelated.id)/").status == 200)
    }

    @Test("deleting an application with cascade=false moves its endpoints to new_endpoint_application")
    func applicationCascadeFalseMoves() throws {
        let appID = try client.makeApplication(name: "old")
        let newApp = try client.makeApplication(name: "new")
        let endpoint = try client.makeEndpoint(appID: appID)
        let response = client.delete("Application/\(appID)/?cascade=false&new_endpoint_application=\(newApp)")
        #expect(response.status == 204)
        #expect(client.get("Endpoint/\(endpoint.id)/").string("application")
                == "/v1/Account/\(main)/Application/\(newApp)/")
    }

    @Test("deleting an application with cascade=false and no new application detaches its endpoints")
    func applicationCascadeFalseDetaches() throws {
        let appID = try client.makeApplication()
        let endpoint = try client.makeEndpoint(appID: appID)
        #expect(client.delete("Application/\(appID)/", json: ["cascade": "false"]).status == 204)
        let object = client.get("Endpoint/\(endpoint.id)/")
        #expect(object.status == 200)
        #expect(object["application"] == .null)
    }

    @Test("deleting a subaccount moves its applications and endpoints to the main account by default")
    func subaccountDeleteMovesToMain() throws {
        let sub = try client.makeSubaccount()
        let appID = try sub.makeApplication()
        let endpoint = try sub.makeEndpoint(appID: appID)
        #expect(client.delete("Subaccount/\(sub.authID)/").status == 204)

        let app = client.get("Application/\(appID)/")
        #expect(app.status == 200)
        #expect(app["sub_account"] == .null)
        let object = client.get("Endpoint/\(endpoint.id)/")
        #expect(object["sub_account"] == .null)
        #expect(object.string("application") == "/v1/Account/\(main)/Application/\(appID)/")
        let filtered = client.get("Application/?subaccount=\(sub.authID)")
        #expect(filtered.status == 400)
        #expect(filtered.error == "subaccount \(sub.authID) does not exist")
    }

    @Test("deleting a subaccount with cascade=true deletes its applications and endpoints", arguments: [
        "query", "body",
    ])
    func subaccountDeleteCascades(via: String) throws {
        let sub = try client.makeSubaccount()
        let appID = try sub.makeApplication()
        let endpoint = try sub.makeEndpoint(appID: appID)
        let mainApp = try client.makeApplication(name: "kept")
        let response = via == "query"
            ? client.delete("Subaccount/\(sub.authID)/?cascade=true")
            : client.delete("Subaccount/\(sub.authID)/", json: ["cascade": true])
        #expect(response.status == 204)
        #expect(client.get("Application/\(appID)/").status == 404)
        #expect(client.get("Endpoint/\(endpoint.id)/").status == 404)
        #expect(client.get("Application/\(mainApp)/").status == 200)
    }
}
