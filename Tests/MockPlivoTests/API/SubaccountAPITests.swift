import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Subaccount API")
struct SubaccountAPITests {
    let client: RouterClient
    let main = RouterClient.mainAuthID

    init() throws {
        client = try RouterClient()
    }

    @Test("create answers 201 with api_id, auth_id, auth_token and message")
    func createAnswers201() throws {
        let response = client.post("Subaccount/", json: ["name": "Wayne Enterprises"])
        #expect(response.status == 201)
        let authID = try #require(response.string("auth_id"))
        let token = try #require(response.string("auth_token"))
        #expect(AccountIDFormat.isSubaccountID(authID))
        #expect(token.count == 40)
        #expect(response.textWithoutAPIID == """
            {"api_id":"API_ID","auth_id":"\(authID)","auth_token":"\(token)","message":"created"}
            """)
    }

    @Test("enabled defaults to false, so a new subaccount cannot authenticate until enabled")
    func enabledDefaultsToFalse() throws {
        let response = client.post("Subaccount/", json: ["name": "quiet"])
        let authID = try #require(response.string("auth_id"))
        let token = try #require(response.string("auth_token"))
        #expect(client.get("Subaccount/\(authID)/")["enabled"] == .bool(false))
        #expect(client.authenticated(as: authID, token: token).get("/v1/Account/\(authID)/").status == 401)
    }

    @Test("enabled is read leniently", arguments: [
        (JSONValueLiteral.string("True"), true), (.string("false"), false), (.string("1"), true), (.int(0), false),
        (.bool(true), true),
    ])
    func enabledIsLenient(value: JSONValueLiteral, expected: Bool) throws {
        let response = client.post("Subaccount/", json: ["name": "x", "enabled": value.any])
        let authID = try #require(response.string("auth_id"))
        #expect(client.get("Subaccount/\(authID)/")["enabled"] == .bool(expected))
    }

    @Test("bad input is a 400 naming the parameter and stores nothing", arguments: [
        ([:], "name is required"),
        (["name": ""], "name must not be empty"),
        (["name": "x", "enabled": "maybe"], "enabled must be a boolean (true or false)"),
        (["name": ["x"]], "name must be a string"),
    ] as [([String: any Sendable], String)])
    func badInput(body: [String: any Sendable], error: String) throws {
        let response = client.post("Subaccount/", json: body)
        #expect(response.status == 400)
        #expect(response.error == error)
        #expect(try client.list("Subaccount/").total == 0)
    }

    @Test("null or a number where a value is asked for is a 400 naming it and stores nothing", arguments: [
        (#"{"name": "x", "enabled": null}"#, "enabled must be a boolean (true or false)"),
        (#"{"name": null}"#, "name must be a string"),
        (#"{"name": 7}"#, "name must be a string"),
    ])
    func nullAndNumbersAreRefused(body: String, error: String) throws {
        let response = client.send(
            .post, "Subaccount/", headers: [("Content-Type", "application/json")], body: Array(body.utf8))
        #expect(response.status == 400)
        #expect(response.error == error)
        #expect(try client.list("Subaccount/").total == 0)
    }

    @Test("a form-encoded create works, as curl users send it")
    func formCreate() throws {
        let response = client.post("Subaccount/", form: "name=From+curl&enabled=true")
        #expect(response.status == 201)
        let authID = try #require(response.string("auth_id"))
        #expect(client.get("Subaccount/\(authID)/").string("name") == "From curl")
    }

    @Test("get returns the Subaccount object plus api_id")
    func getReturnsObject() throws {
        let sub = try client.makeSubaccount(name: "Wayne", enabled: false)
        let response = client.get("Subaccount/\(sub.authID)/")
        #expect(response.status == 200)
        let created = try #require(response.string("created"))
        #expect(created.count == 10 && created.split(separator: "-").count == 3)
        #expect(response.textWithoutAPIID == """
            {"account":"/v1/Account/\(main)/","api_id":"API_ID","auth_id":"\(sub.authID)",\
            "auth_token":"\(sub.authToken)","created":"\(created)","enabled":false,"modified":null,"name":"Wayne",\
            "new_auth_token":"\(sub.authToken)","resource_uri":"/v1/Account/\(main)/Subaccount/\(sub.authID)/"}
            """)
    }

    @Test("get of an unknown subaccount is a 404")
    func getUnknown() {
        let response = client.get("Subaccount/SA000000000000000000/")
        #expect(response.status == 404)
        #expect(response.error == "not found")
    }

    @Test("list pages newest first with meta, limit capped to 20")
    func listPages() throws {
        let names = ["one", "two", "three"]
        for name in names { _ = try client.makeSubaccount(name: name) }
        let response = client.get("Subaccount/?limit=2")
        #expect(response.status == 200)
        let meta = try #require(response["meta"])
        #expect(meta["limit"]?.intValue == 2)
        #expect(meta["offset"]?.intValue == 0)
        #expect(meta["total_count"]?.intValue == 3)
        #expect(meta["previous"] == .null)
        #expect(meta["next"]?.stringValue == "/v1/Account/\(main)/Subaccount/?limit=2&offset=2")
        let objects = try #require(response["objects"]?.arrayValue)
        #expect(objects.compactMap { $0["name"]?.stringValue } == ["three", "two"])
        #expect(objects.allSatisfy { $0["api_id"] == nil })

        let second = client.get("Subaccount/?limit=2&offset=2")
        #expect(second["objects"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["one"])
        #expect(second["meta"]?["next"] == .null)
        #expect(client.get("Subaccount/?limit=50")["meta"]?["limit"]?.intValue == 20)
    }

    @Test("a bad limit is a 400 naming it")
    func listBadLimit() {
        let response = client.get("Subaccount/?limit=-1")
        #expect(response.status == 400)
        #expect(response.error?.contains("limit") == true)
    }

    @Test("update changes name and enabled and answers 202 changed")
    func updateChanges() throws {
        let sub = try client.makeSubaccount(name: "before", enabled: false)
        let response = client.post("Subaccount/\(sub.authID)/", json: ["name": "after", "enabled": true])
        #expect(response.status == 202)
        #expect(response.textWithoutAPIID == #"{"api_id":"API_ID","message":"changed"}"#)
        let object = client.get("Subaccount/\(sub.authID)/")
        #expect(object.string("name") == "after")
        #expect(object["enabled"] == .bool(true))
        #expect(object.string("modified") != nil)
        #expect(sub.get("/v1/Account/\(sub.authID)/").status == 200)
    }

    @Test("update without enabled leaves it alone")
    func updateKeepsEnabled() throws {
        let sub = try client.makeSubaccount(name: "before", enabled: true)
        #expect(client.post("Subaccount/\(sub.authID)/", json: ["name": "after"]).status == 202)
        #expect(client.get("Subaccount/\(sub.authID)/")["enabled"] == .bool(true))
    }

    @Test("update needs a name and changes nothing without one")
    func updateNeedsName() throws {
        let sub = try client.makeSubaccount(name: "kept", enabled: true)
        let response = client.post("Subaccount/\(sub.authID)/", json: ["enabled": false])
        #expect(response.status == 400)
        #expect(response.error == "name is required")
        #expect(client.get("Subaccount/\(sub.authID)/")["enabled"] == .bool(true))
    }

    @Test("update and delete of an unknown subaccount are 404s")
    func unknownUpdateAndDelete() {
        #expect(client.post("Subaccount/SA000000000000000000/", json: ["name": "x"]).status == 404)
        #expect(client.delete("Subaccount/SA000000000000000000/").status == 404)
    }

    @Test("delete answers 204 with Content-Type and the subaccount is gone")
    func deleteRemoves() throws {
        let sub = try client.makeSubaccount()
        let response = client.delete("Subaccount/\(sub.authID)/")
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(client.get("Subaccount/\(sub.authID)/").status == 404)
    }

    @Test("a bad cascade is a 400 naming it and deletes nothing")
    func deleteBadCascade() throws {
        let sub = try client.makeSubaccount()
        let response = client.delete("Subaccount/\(sub.authID)/?cascade=perhaps")
        #expect(response.status == 400)
        #expect(response.error == "cascade must be a boolean (true or false)")
        #expect(client.get("Subaccount/\(sub.authID)/").status == 200)
    }

    @Test("a subaccount calling any Subaccount API gets 403", arguments: ["GET", "POST", "GET one", "POST one", "DELETE"])
    func subaccountIsForbidden(call: String) throws {
        let sub = try client.makeSubaccount()
        let sibling = try client.makeSubaccount(name: "sibling")
        let one = "Subaccount/\(sibling.authID)/"
        let response = switch call {
        case "GET": sub.get("Subaccount/")
        case "POST": sub.post("Subaccount/", json: ["name": "grandchild"])
        case "GET one": sub.get(one)
        case "POST one": sub.post(one, json: ["name": "hijacked"])
        default: sub.delete(one)
        }
        #expect(response.status == 403)
        #expect(response.error == "a subaccount cannot manage subaccounts; use the main account's credentials")
        #expect(try client.list("Subaccount/").total == 2)
        #expect(client.get(one).string("name") == "sibling")
    }
}

/// A JSON literal that test arguments can carry (they must be `Sendable`).
enum JSONValueLiteral: Sendable, CustomTestStringConvertible {
    case string(String)
    case int(Int)
    case bool(Bool)

    var any: Any {
        switch self {
        case .string(let text): text
        case .int(let number): number
        case .bool(let flag): flag
        }
    }

    var testDescription: String {
        switch self {
        case .string(let text): "\"\(text)\""
        case .int(let number): "\(number)"
        case .bool(let flag): "\(flag)"
        }
    }
}
