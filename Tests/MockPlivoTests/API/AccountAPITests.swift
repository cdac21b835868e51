import Testing
@testable import MockPlivo

@Suite("Account API")
struct AccountAPITests {
    let client: RouterClient
    let main = RouterClient.mainAuthID

    init() throws {
        client = try RouterClient()
    }

    @Test("GET returns the main Account object in Plivo's shape")
    func getReturnsAccountObject() throws {
        let response = client.get("/v1/Account/\(main)/")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.textWithoutAPIID == """
            {"account_type":"standard","address":"","api_id":"API_ID","auth_id":"\(main)","auto_recharge":false,\
            "billing_mode":"prepaid","cash_credits":"100.00000","city":"","name":"",\
            "resource_uri":"/v1/Account/\(main)/","state":"","timezone":"UTC"}
            """)
    }

    @Test("the path works without its trailing slash")
    func getWithoutTrailingSlash() {
        #expect(client.get("/v1/Account/\(main)").status == 200)
    }

    @Test("POST changes name, city and address and answers 202 changed")
    func updateChangesProfile() throws {
        let response = client.post("/v1/Account/\(main)/", json: ["name": "Bruce Wayne", "city": "Gotham"])
        #expect(response.status == 202)
        #expect(response.textWithoutAPIID == #"{"api_id":"API_ID","message":"changed"}"#)
        let account = client.get("/v1/Account/\(main)/")
        #expect(account.string("name") == "Bruce Wayne")
        #expect(account.string("city") == "Gotham")
        #expect(account.string("address") == "")

        #expect(client.post("/v1/Account/\(main)/", form: "address=1007+Mountain+Drive").status == 202)
        #expect(client.get("/v1/Account/\(main)/").string("address") == "1007 Mountain Drive")
        #expect(client.get("/v1/Account/\(main)/").string("name") == "Bruce Wayne")
    }

    @Test("POST with none of name, city or address is a 400 naming them")
    func updateNeedsAParameter() {
        let response = client.post("/v1/Account/\(main)/", json: ["timezone": "UTC"])
        #expect(response.status == 400)
        #expect(response.error == "one of name, city or address is required")
    }

    @Test("POST with a non-string name is a 400 naming it and changes nothing")
    func updateRejectsBadType() {
        let response = client.post("/v1/Account/\(main)/", json: ["name": ["x"], "city": "Gotham"])
        #expect(response.status == 400)
        #expect(response.error == "name must be a string")
        #expect(client.get("/v1/Account/\(main)/").string("city") == "")
    }

    @Test("POST with null or a number for a text parameter is a 400 naming it and changes nothing", arguments: [
        (#"{"address": null, "city": "Gotham"}"#, "address must be a string"),
        (#"{"name": 0, "city": "Gotham"}"#, "name must be a string"),
    ])
    func updateRejectsNullAndNumbers(body: String, message: String) {
        let response = client.send(
            .post, "/v1/Account/\(main)/", headers: [("Content-Type", "application/json")], body: Array(body.utf8))
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(client.get("/v1/Account/\(main)/").string("city") == "")
    }

    @Test("a subaccount's GET on its own auth_id returns its Subaccount object")
    func subaccountGetsItsOwnObject() throws {
        let sub = try client.makeSubaccount(name: "Wayne")
        let response = sub.get("/v1/Account/\(sub.authID)/")
        #expect(response.status == 200)
        let created = try #require(response.string("created"))
        #expect(response.textWithoutAPIID == """
            {"account":"/v1/Account/\(main)/","api_id":"API_ID","auth_id":"\(sub.authID)",\
            "auth_token":"\(sub.authToken)","created":"\(created)","enabled":true,"modified":null,"name":"Wayne",\
            "new_auth_token":"\(sub.authToken)","resource_uri":"/v1/Account/\(main)/Subaccount/\(sub.authID)/"}
            """)
    }

    @Test("a subaccount cannot modify the account: 403")
    func subaccountCannotModify() throws {
        let sub = try client.makeSubaccount()
        let response = sub.post("/v1/Account/\(sub.authID)/", json: ["name": "x"])
        #expect(response.status == 403)
        #expect(response.error?.contains("subaccount") == true)
    }

    @Test("wrong credentials are a 401 in Plivo's envelope")
    func wrongCredentials() {
        let response = client.authenticated(as: main, token: "wrong").get("/v1/Account/\(main)/")
        #expect(response.status == 401)
        #expect(response.error == "authentication failed")
        #expect(response.string("api_id") != nil)
    }

    @Test("PUT on the account is a 405 with Allow")
    func putIsNotAllowed() {
        let response = client.send(.put, "/v1/Account/\(main)/")
        #expect(response.status == 405)
        #expect(response.headers["Allow"]?.contains("POST") == true)
    }
}
