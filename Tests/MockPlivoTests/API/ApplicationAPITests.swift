import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

/// The five Application calls through the router, checked against CONTRACT.md: statuses, exact bodies, defaults.
@Suite struct ApplicationAPITests {
    let client: RouterClient

    init() throws {
        client = try RouterClient()
    }

    @Test("Create answers 201 with app_id and applies Plivo's defaults")

    func createAnswers201WithAppIDAndAppliesPlivoDefaults() throws {
        let created = client.post("Application/", json: ["app_name": "demo_app", "answer_url": "https://example.com/a"])
        #expect(created.status == 201)
        #expect(created.headers["Content-Type"] == "application/json")
        let appID = try #require(created.string("app_id"))
        #expect(appID.count == 17 && appID.allSatisfy(\.isNumber) && appID.first != "0")
        #expect(created.textWithoutAPIID == #"{"api_id":"API_ID","app_id":"\#(appID)","message":"created"}"#)

        let fetched = client.get("Application/\(appID)/")
        #expect(fetched.status == 200)
        #expect(fetched.textWithoutAPIID == """
            {"answer_method":"POST","answer_url":"https://example.com/a","api_id":"API_ID","app_id":"\(appID)",\
            "app_name":"demo_app","application_type":"XML","default_app":false,"default_endpoint_app":false,\
            "enabled":true,"fallback_answer_url":"","fallback_method":"POST","hangup_method":"POST",\
            "hangup_url":"https://example.com/a","log_incoming_message":true,"log_incoming_messages":true,\
            "message_method":"POST","message_url":"","public_uri":false,\
            "resource_uri":"/v1/Account/\(RouterClient.mainAuthID)/Application/\(appID)/",\
            "sip_uri":"sip:\(appID)@app.plivo.com","sub_account":null}
            """)
    }

    @Test("Every API ID is a fresh version 1 UUID")

    func everyAPIIDIsAFreshVersion1UUID() throws {
        let first = try #require(client.get("Application/").string("api_id"))
        let second = try #require(client.get("Application/").string("api_id"))
        #expect(first != second)
        #expect(Array(first)[14] == "1")
    }

    @Test("Create accepts form bodies and lenient booleans and ignores unknown keys")

    func createAcceptsFormBodiesAndLenientBooleansAndIgnoresUnknownKeys() throws {
        let created = client.post(
            "Application/",
            form: "app_name=form-app&answer_url=http%3A%2F%2Fx.com%2Fa&answer_method=get&default_number_app=True&log_incoming_messages=0&app_id=999&extra=1")
        #expect(created.status == 201)
        let app = client.get("Application/\(try #require(created.string("app_id")))/")
        #expect(app.string("answer_method") == "GET")
        #expect(app["default_app"] == .bool(true))
        #expect(app["log_incoming_messages"] == .bool(false))
        #expect(app["log_incoming_message"] == .bool(false))
    }

    @Test("Invalid create is 400 naming the parameter and stores nothing", arguments: [
        (["answer_url": "https://x.com"], "app_name is required"),
        (["app_name": "a"], "answer_url is required"),
        (["app_name": "has space", "answer_url": "https://x.com"], "app_name may contain only letters, digits, '-' and '_'"),
        (["app_name": "a/b", "answer_url": "https://x.com"], "app_name may contain only letters, digits, '-' and '_'"),
        (["app_name": "a", "answer_url": "ftp://x.com"], "answer_url must be an absolute http or https URL"),
        (["app_name": "a", "answer_url": "/relative"], "answer_url must be an absolute http or https URL"),
        (["app_name": "a", "answer_url": "https://x.com", "hangup_url": "nope"], "hangup_url must be an absolute http or https URL"),
        (["app_name": "a", "answer_url": "https://x.com", "answer_method": "PUT"], "answer_method must be GET or POST"),
        (["app_name": "a", "answer_url": "https://x.com", "message_method": "DELETE"], "message_method must be GET or POST"),
        (["app_name": "a", "answer_url": "https://x.com", "default_number_app": "yes"], "default_number_app must be a boolean (true or false)"),
        (["app_name": "a", "answer_url": "https://x.com", "subaccount": "SAXX"], "subaccount must be a subaccount auth_id (SA followed by 18 characters)"),
        (["app_name": "a", "answer_url": "https://x.com", "subaccount": "SANOSUCHSUBACCOUNT01"], "subaccount SANOSUCHSUBACCOUNT01 does not exist"),
    ] as [([String: String], String)])
    func invalidCreateIs400NamingTheParameterAndStoresNothing(body: [String: String], message: String) throws {
        let response = client.post("Application/", json: body)
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(response.json?.objectKeys == ["api_id", "error"])
        #expect(client.get("Application/")["meta"]?["total_count"] == .number(0))
    }

    @Test("Media types are read whatever their case")

    func mediaTypesAreReadWhateverTheirCase() {
        let json = client.send(.post, "Application/", headers: [("Content-Type", "Application/JSON; charset=UTF-8")],
                               body: Array(#"{"app_name":"upper_json","answer_url":"https://example.com/a"}"#.utf8))
        #expect(json.status == 201)
        let form = client.send(.post, "Application/", headers: [("Content-Type", "APPLICATION/X-WWW-FORM-URLENCODED")],
                               body: Array("app_name=upper_form&answer_url=https%3A%2F%2Fexample.com%2Fa".utf8))
        #expect(form.status == 201)
        let other = client.send(.post, "Application/", headers: [("Content-Type", "Text/XML")], body: Array("<a/>".utf8))
        #expect(other.error == "unsupported Content-Type text/xml; send application/json or application/x-www-form-urlencoded")
    }

    @Test("Malformed JSON is 400")

    func malformedJSONIs400() {
        let response = client.send(.post, "Application/", headers: [("Content-Type", "application/json")], body: Array("{nope".utf8))
        #expect(response.status == 400)
        #expect(response.error == "request body is not valid JSON")
    }

    @Test("Unknown application is 404 for get, update and delete")

    func unknownApplicationIs404ForGetUpdateAndDelete() {
        for response in [
            client.get("Application/12345678901234567/"),
            client.post("Application/12345678901234567/", json: ["answer_url": "https://x.com"]),
            client.delete("Application/12345678901234567/"),
        ] {
            #expect(response.status == 404)
            #expect(response.textWithoutAPIID == #"{"api_id":"API_ID","error":"not found"}"#)
        }
    }

    @Test("Update answers 202 and changes only what was sent")

    func updateAnswers202AndChangesOnlyWhatWasSent() throws {
        let appID = try client.makeApplication(name: "before")
        let response = client.post("Application/\(appID)/", json: ["message_url": "https://x.com/sms", "hangup_method": "get"])
        #expect(response.status == 202)
        #expect(response.textWithoutAPIID == #"{"api_id":"API_ID","message":"changed"}"#)
        let app = client.get("Application/\(appID)/")
        #expect(app.string("message_url") == "https://x.com/sms")
        #expect(app.string("hangup_method") == "GET")
        #expect(app.string("app_name") == "before")
        #expect(app.string("answer_method") == "POST")
    }

    @Test("Invalid update is 400 and changes nothing")

    func invalidUpdateIs400AndChangesNothing() throws {
        let appID = try client.makeApplication(name: "keep")
        let response = client.post("Application/\(appID)/", json: ["message_url": "https://x.com/sms", "answer_method": "HEAD"])
        #expect(response.status == 400)
        #expect(response.error == "answer_method must be GET or POST")
        #expect(client.get("Application/\(appID)/").string("message_url") == "")
    }

    @Test("Default flags are exclusive within an account")

    func defaultFlagsAreExclusiveWithinAnAccount() throws {
        let first = try client.makeApplication(name: "first")
        let second = try client.makeApplication(name: "second")
        _ = client.post("Application/\(first)/", json: ["default_number_app": true, "default_endpoint_app": true])
        _ = client.post("Application/\(second)/", json: ["default_number_app": "true"])
        #expect(client.get("Application/\(first)/")["default_app"] == .bool(false))
        #expect(client.get("Application/\(first)/")["default_endpoint_app"] == .bool(true))
        #expect(client.get("Application/\(second)/")["default_app"] == .bool(true))
    }

    @Test("Delete answers 204 with JSON content type and an empty body")

    func deleteAnswers204WithJSONContentTypeAndAnEmptyBody() throws {
        let appID = try client.makeApplication(name: "gone")
        let response = client.delete("Application/\(appID)/")
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(client.get("Application/\(appID)/").status == 404)
    }

    @Test("Delete reads parameters from the query or the body")

    func deleteReadsParametersFromTheQueryOrTheBody() throws {
        let appID = try client.makeApplication(name: "gone")
        #expect(client.delete("Application/\(appID)/?cascade=maybe").error == "cascade must be a boolean (true or false)")
        #expect(client.delete("Application/\(appID)/", json: ["cascade": false, "new_endpoint_application": "11111111111111111"]).error
            == "new_endpoint_application 11111111111111111 does not exist")
        #expect(client.delete("Application/\(appID)/?cascade=false").status == 204)
    }
}

extension JSONValue {
    /// The keys of an object, sorted, for shape assertions.
    var objectKeys: [String]? {
        guard case .object(let members) = self else { return nil }
        return members.keys.sorted()
    }
}
