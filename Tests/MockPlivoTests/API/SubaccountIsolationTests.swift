import Testing
@testable import MockPlivo

/// A subaccount authenticates with its own id and token and sees only what is its own.
@Suite("Subaccount isolation")
struct SubaccountIsolationTests {
    let client: RouterClient
    let main = RouterClient.mainAuthID

    init() throws {
        client = try RouterClient()
    }

    @Test("a subaccount's token on its parent's path is a 401")
    func tokenOnParentPath() throws {
        let sub = try client.makeSubaccount()
        for path in ["/v1/Account/\(main)/", "/v1/Account/\(main)/Application/", "/v1/Account/\(main)/Endpoint/"] {
            let response = sub.get(path)
            #expect(response.status == 401, "\(path)")
            #expect(response.error == "authentication failed")
        }
    }

    @Test("the main account's token on a subaccount's path is a 401")
    func mainTokenOnSubaccountPath() throws {
        let sub = try client.makeSubaccount()
        #expect(client.get("/v1/Account/\(sub.authID)/Endpoint/").status == 401)
    }

    @Test("a disabled subaccount is a 401, and works again once enabled")
    func disabledSubaccount() throws {
        let sub = try client.makeSubaccount()
        #expect(client.post("Subaccount/\(sub.authID)/", json: ["name": "sub", "enabled": false]).status == 202)
        #expect(sub.get("/v1/Account/\(sub.authID)/").status == 401)
        #expect(sub.get("Application/").status == 401)
        #expect(client.post("Subaccount/\(sub.authID)/", json: ["name": "sub", "enabled": true]).status == 202)
        #expect(sub.get("Application/").status == 200)
    }

    @Test("a deleted subaccount is a 401")
    func deletedSubaccount() throws {
        let sub = try client.makeSubaccount()
        #expect(client.delete("Subaccount/\(sub.authID)/").status == 204)
        let response = sub.get("/v1/Account/\(sub.authID)/")
        #expect(response.status == 401)
        #expect(response.error == "authentication failed")
    }

    @Test("a subaccount lists only its own applications and endpoints; the main account lists all")
    func listsAreScoped() throws {
        let sub = try client.makeSubaccount(name: "sub")
        let sibling = try client.makeSubaccount(name: "sibling")
        _ = try client.makeApplication(name: "mainApp")
        let subApp = try sub.makeApplication(name: "subApp")
        _ = try sibling.makeApplication(name: "siblingApp")
        _ = try client.makeEndpoint(username: "mainEndpoint")
        let subEndpoint = try sub.makeEndpoint(username: "subEndpoint")
        _ = try sibling.makeEndpoint(username: "siblingEndpoint")

        let apps = try sub.list("Application/")
        #expect(apps.total == 1)
        #expect(apps.objects.first?["app_id"]?.stringValue == subApp)
        let endpoints = try sub.list("Endpoint/")
        #expect(endpoints.total == 1)
        #expect(endpoints.objects.first?["endpoint_id"]?.stringValue == subEndpoint.id)

        #expect(try client.list("Application/").total == 3)
        #expect(try client.list("Endpoint/").total == 3)
    }

    @Test("a sibling's application and endpoint are 404s, and cannot be attached")
    func siblingResourcesAreInvisible() throws {
        let sub = try client.makeSubaccount(name: "sub")
        let sibling = try client.makeSubaccount(name: "sibling")
        let siblingApp = try sibling.makeApplication(name: "theirs")
        let siblingEndpoint = try sibling.makeEndpoint(username: "theirs")

        #expect(sub.get("Application/\(siblingApp)/").status == 404)
        #expect(sub.post("Application/\(siblingApp)/", json: ["app_name": "stolen"]).status == 404)
        #expect(sub.delete("Application/\(siblingApp)/").status == 404)
        #expect(sub.get("Endpoint/\(siblingEndpoint.id)/").status == 404)
        #expect(sub.post("Endpoint/\(siblingEndpoint.id)/", json: ["alias": "stolen"]).status == 404)
        #expect(sub.delete("Endpoint/\(siblingEndpoint.id)/").status == 404)

        let attach = sub.post("Endpoint/", json: ["username": "mine", "password": "secret", "alias": "mine",
                                                  "app_id": siblingApp])
        #expect(attach.status == 400)
        #expect(attach.error == "app_id \(siblingApp) does not exist")
        #expect(sibling.get("Application/\(siblingApp)/").string("app_name") == "theirs")
        #expect(sibling.get("Endpoint/\(siblingEndpoint.id)/").string("alias") == "theirs")
    }

    @Test("a subaccount's endpoint shows its own URIs and its sub_account")
    func subaccountEndpointShape() throws {
        let sub = try client.makeSubaccount()
        let appID = try sub.makeApplication()
        let endpoint = try sub.makeEndpoint(appID: appID)
        let response = sub.get("Endpoint/\(endpoint.id)/")
        #expect(response.string("resource_uri") == "/v1/Account/\(sub.authID)/Endpoint/\(endpoint.id)/")
        #expect(response.string("application") == "/v1/Account/\(sub.authID)/Application/\(appID)/")
        #expect(response.string("sub_account") == "/v1/Account/\(sub.authID)/")
        #expect(client.get("Endpoint/\(endpoint.id)/").string("sub_account") == "/v1/Account/\(sub.authID)/")
    }

    @Test("a subaccount's endpoint gets the subaccount's default endpoint app, not the main account's")
    func subaccountDefaultEndpointApp() throws {
        let sub = try client.makeSubaccount()
        _ = try client.makeApplication(name: "mainDefault", extra: ["default_endpoint_app": true])
        let subDefault = try sub.makeApplication(name: "subDefault", extra: ["default_endpoint_app": true])
        let endpoint = try sub.makeEndpoint()
        #expect(sub.get("Endpoint/\(endpoint.id)/").string("application")
                == "/v1/Account/\(sub.authID)/Application/\(subDefault)/")
    }
}
