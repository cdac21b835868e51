import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Endpoint API")
struct EndpointAPITests {
    let client: RouterClient
    let main = RouterClient.mainAuthID

    init() throws {
        client = try RouterClient()
    }

    @Test("create answers 201 with alias, api_id, endpoint_id, message and the username suffixed with its creation time")
    func createAnswers201() throws {
        let response = client.post("Endpoint/", json: ["username": "zumba", "password": "secret", "alias": "Zumba"])
        #expect(response.status == 201)
        let endpointID = try #require(response.string("endpoint_id"))
        let username = try #require(response.string("username"))
        #expect(endpointID.count == 14 && endpointID.allSatisfy { $0.isNumber })
        // The client is seeded, so its clock stands at 2025-01-01 00:00:00 UTC.
        #expect(username == "zumba250101000000")
        #expect(response.textWithoutAPIID == """
            {"alias":"Zumba","api_id":"API_ID","endpoint_id":"\(endpointID)","message":"created",\
            "username":"\(username)"}
            """)
    }

    @Test("get returns the Endpoint object with its application's URI and never the password")
    func getReturnsObject() throws {
        let appID = try client.makeApplication()
        let endpoint = try client.makeEndpoint(username: "callme", appID: appID)
        let response = client.get("Endpoint/\(endpoint.id)/")
        #expect(response.status == 200)
        #expect(response.textWithoutAPIID == """
            {"alias":"callme","api_id":"API_ID","application":"/v1/Account/\(main)/Application/\(appID)/",\
            "endpoint_id":"\(endpoint.id)","resource_uri":"/v1/Account/\(main)/Endpoint/\(endpoint.id)/",\
            "sip_registered":"false","sip_uri":"sip:\(endpoint.username)@phone.plivo.com","sub_account":null,\
            "username":"\(endpoint.username)"}
            """)
        #expect(!response.text.contains("secret"))
        #expect(!response.text.contains("password"))
    }

    @Test("an endpoint created without app_id gets the default endpoint app, or none")
    func defaultEndpointApplication() throws {
        let plain = try client.makeEndpoint(username: "plain")
        #expect(client.get("Endpoint/\(plain.id)/")["application"] == .null)

        _ = try client.makeApplication(name: "other")
        let defaultApp = try client.makeApplication(name: "default", extra: ["default_endpoint_app": true])
        let endpoint = try client.makeEndpoint(username: "later")
        #expect(client.get("Endpoint/\(endpoint.id)/").string("application")
                == "/v1/Account/\(main)/Application/\(defaultApp)/")
    }

    @Test("list pages newest first with meta")
    func listPages() throws {
        for name in ["a", "b", "c"] { _ = try client.makeEndpoint(username: name) }
        let response = client.get("Endpoint/?limit=2&offset=1")
        #expect(response.status == 200)
        #expect(response["meta"]?["total_count"]?.intValue == 3)
        #expect(response["meta"]?["previous"]?.stringValue == "/v1/Account/\(main)/Endpoint/?limit=2&offset=0")
        #expect(response["meta"]?["next"] == .null)
        let objects = try #require(response["objects"]?.arrayValue)
        #expect(objects.compactMap { $0["alias"]?.stringValue } == ["b", "a"])
        #expect(objects.allSatisfy { $0["api_id"] == nil && $0["password"] == nil })
    }

    @Test("list keeps only the subaccount named by subaccount, as the .NET SDK asks")
    func listFiltersBySubaccount() throws {
        let one = try client.makeSubaccount(name: "one")
        let two = try client.makeSubaccount(name: "two")
        _ = try client.makeEndpoint(username: "main")
        let ones = try one.makeEndpoint(username: "one")
        _ = try two.makeEndpoint(username: "two")
        let filtered = try client.list("Endpoint/?subaccount=\(one.authID)&limit=20")
        #expect(filtered.total == 1)
        #expect(filtered.objects.map { $0["endpoint_id"]?.stringValue } == [ones.id])
        #expect(filtered.objects.first?["sub_account"]?.stringValue == "/v1/Account/\(one.authID)/")
        #expect(try client.list("Endpoint/").total == 3)
        #expect(try client.list("Endpoint/?subaccount=").total == 3, "an empty filter counts as not sent")
        #expect(try one.list("Endpoint/?subaccount=\(one.authID)").objects.map { $0["endpoint_id"]?.stringValue }
                == [ones.id])
    }

    @Test("list with a subaccount the caller cannot see is a 400 naming it")
    func listWithUnknownOrForeignSubaccount() throws {
        let one = try client.makeSubaccount(name: "one")
        let two = try client.makeSubaccount(name: "two")
        let foreign = try client.makeForeignSubaccount()
        for (asker, subaccount) in [(client, "SA0000000000000000XX"), (client, foreign.authID), (one, two.authID)] {
            let response = asker.get("Endpoint/?subaccount=\(subaccount)")
            #expect(response.status == 400)
            #expect(response.error == "subaccount \(subaccount) does not exist")
        }
        let malformed = client.get("Endpoint/?subaccount=nope")
        #expect(malformed.status == 400)
        #expect(malformed.error == "subaccount must be a subaccount auth_id (SA followed by 18 characters)")
    }

    @Test("update changes alias, password and app_id and answers 202 changed")
    func updateChanges() throws {
        let first = try client.makeApplication(name: "first")
        let second = try client.makeApplication(name: "second")
        let endpoint = try client.makeEndpoint(username: "desk", appID: first)
        let response = client.post(
            "Endpoint/\(endpoint.id)/", json: ["alias": "Front desk", "password": "n3wpass", "app_id": second])
        #expect(response.status == 202)
        #expect(response.textWithoutAPIID == #"{"api_id":"API_ID","message":"changed"}"#)
        let object = client.get("Endpoint/\(endpoint.id)/")
        #expect(object.string("alias") == "Front desk")
        #expect(object.string("application") == "/v1/Account/\(main)/Application/\(second)/")
        #expect(object.string("username") == endpoint.username)
        let stored = try #require(try client.application.store.endpoint(
            id: endpoint.id, in: AccountScope(mainAccountID: main)))
        #expect(PasswordHash.verify(password: "n3wpass", against: stored.passwordHash))
    }

    @Test("update sends only what changes")
    func updatePartial() throws {
        let endpoint = try client.makeEndpoint(username: "desk")
        #expect(client.post("Endpoint/\(endpoint.id)/", json: ["alias": "renamed"]).status == 202)
        #expect(client.get("Endpoint/\(endpoint.id)/").string("alias") == "renamed")
    }

    @Test("bad create input is a 400 naming the parameter and stores nothing", arguments: [
        (["password": "secret", "alias": "a"], "username is required"),
        (["username": "", "password": "secret", "alias": "a"], "username must not be empty"),
        (["username": "9lives", "password": "secret", "alias": "a"],
         "username may contain only letters and digits and must start with a letter"),
        (["username": "dr.who", "password": "secret", "alias": "a"],
         "username may contain only letters and digits and must start with a letter"),
        (["username": "zumba", "alias": "a"], "password is required"),
        (["username": "zumba", "password": "1234", "alias": "a"], "password must be at least 5 characters long"),
        (["username": "zumba", "password": "secret"], "alias is required"),
        (["username": "zumba", "password": "secret", "alias": " "], "alias must not be empty"),
        (["username": "zumba", "password": "secret", "alias": "a", "app_id": "12345678901234567"],
         "app_id 12345678901234567 does not exist"),
        (["username": "zumba", "password": "secret", "alias": ["a"]], "alias must be a string"),
    ] as [([String: any Sendable], String)])
    func badCreate(body: [String: any Sendable], error: String) throws {
        let response = client.post("Endpoint/", json: body)
        #expect(response.status == 400)
        #expect(response.error == error)
        #expect(try client.list("Endpoint/").total == 0)
    }

    @Test("bad update input is a 400 naming the parameter and changes nothing", arguments: [
        (["password": "abc"], "password must be at least 5 characters long"),
        (["alias": ""], "alias must not be empty"),
        (["alias": "new", "app_id": "12345678901234567"], "app_id 12345678901234567 does not exist"),
    ] as [([String: any Sendable], String)])
    func badUpdate(body: [String: any Sendable], error: String) throws {
        let endpoint = try client.makeEndpoint(username: "kept")
        let response = client.post("Endpoint/\(endpoint.id)/", json: body)
        #expect(response.status == 400)
        #expect(response.error == error)
        #expect(client.get("Endpoint/\(endpoint.id)/").string("alias") == "kept")
    }

    @Test("an update with a null app_id is a 400 naming it and changes nothing")
    func anUpdateWithANullAppIDIsRefused() throws {
        let endpoint = try client.makeEndpoint(username: "kept")
        let response = client.send(
            .post, "Endpoint/\(endpoint.id)/", headers: [("Content-Type", "application/json")],
            body: Array(#"{"alias": "new", "app_id": null}"#.utf8))
        #expect(response.status == 400)
        #expect(response.error == "app_id must be a string")
        #expect(client.get("Endpoint/\(endpoint.id)/").string("alias") == "kept")
    }

    @Test("delete answers 204 and the endpoint is gone")
    func deleteRemoves() throws {
        let endpoint = try client.makeEndpoint()
        let response = client.delete("Endpoint/\(endpoint.id)/")
        #expect(response.status == 204)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(client.get("Endpoint/\(endpoint.id)/").status == 404)
        #expect(client.delete("Endpoint/\(endpoint.id)/").status == 404)
    }

    @Test("get and update of an unknown endpoint are 404s")
    func unknownEndpoint() {
        #expect(client.get("Endpoint/11111111111111/").status == 404)
        #expect(client.post("Endpoint/11111111111111/", json: ["alias": "x"]).error == "not found")
    }
}
