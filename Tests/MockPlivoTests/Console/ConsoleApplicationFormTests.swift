import Testing
@testable import HTTPServerKit
@testable import MockPlivo

@Suite("Console application forms")
struct ConsoleApplicationFormTests {
    let apiPath = "/v1/Account/\(RouterHarness.authID)/Application/"

    @Test("Creating through the form stores what the API then returns, and lists it")
    func createThroughForm() throws {
        let harness = try RouterHarness()
        let response = harness.postForm("/console/applications/", [
            ("app_name", "from-form"), ("answer_url", "https://example.com/answer"), ("answer_method", "GET"),
            ("hangup_url", ""), ("hangup_method", "POST"), ("fallback_answer_url", ""), ("fallback_method", "POST"),
            ("message_url", "https://example.com/sms"), ("message_method", "POST"), ("default_number_app", "true"),
            ("default_endpoint_app", "false"), ("public_uri", "false"), ("log_incoming_messages", "false"),
        ])
        #expect(response.status == 303)
        let location = try #require(response.headers["Location"])
        #expect(location.hasPrefix("/console/?created="))
        let appID = String(location.dropFirst("/console/?created=".count))

        let stored = harness.send(.get, "\(apiPath)\(appID)/").json
        #expect(stored["app_name"] == .string("from-form"))
        #expect(stored["answer_method"] == .string("GET"))
        #expect(stored["hangup_url"] == .string("https://example.com/answer"))
        #expect(stored["message_url"] == .string("https://example.com/sms"))
        #expect(stored["default_app"] == .bool(true))
        #expect(stored["log_incoming_messages"] == .bool(false))

        let page = harness.send(.get, location)
        #expect(page.status == 200)
        #expect(page.text.contains("Application \(appID) created."))
        #expect(page.text.contains("id=\"app-\(appID)\""))
        #expect(page.text.contains("<dd data-field=\"sip_uri\">sip:\(appID)@app.plivo.com</dd>"))
    }

    @Test("The list shows every field the API returns")
    func listShowsEveryField() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "listed")
        let api = harness.send(.get, "\(apiPath)\(appID)/").json
        let page = harness.send(.get, "/console/").text
        for key in api.keys where key != "api_id" {
            #expect(page.contains("<dt>\(key)</dt>"), "missing \(key)")
        }
        #expect(api.count == 21)
    }

    @Test("A refused form shows the API's own message and keeps the values typed")
    func refusedFormShowsAPIMessage() throws {
        let harness = try RouterHarness()
        let pairs = [("app_name", "has space"), ("answer_url", "https://example.com/?q=<b>")]
        let api = harness.send(
            .post, apiPath, headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: FormURLEncoding.encode(pairs))
        guard case .string(let message)? = api.json["error"] else {
            Issue.record("the API did not refuse: \(api.text)")
            return
        }
        let form = harness.postForm("/console/applications/", pairs)
        #expect(form.status == api.status)
        #expect(form.text.contains("<p class=\"error\" role=\"alert\">\(HTML.escape(message))</p>"))
        #expect(form.text.contains("value=\"has space\""))
        #expect(form.text.contains("value=\"https://example.com/?q=&lt;b&gt;\""))
        #expect(!form.text.contains("<b>"))
    }

    @Test("A missing answer_url is refused with the API's message")
    func missingAnswerURL() throws {
        let form = try RouterHarness().postForm("/console/applications/", [("app_name", "x"), ("answer_url", "")])
        #expect(form.status == 400)
        #expect(form.text.contains("answer_url must not be empty"))
    }

    @Test("The edit form starts from the stored values and saves what it sends")
    func editAndSave() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "before")
        let edit = harness.send(.get, "/console/applications/\(appID)/edit/")
        #expect(edit.status == 200)
        #expect(edit.text.contains("name=\"app_name\" value=\"before\""))
        #expect(edit.text.contains("action=\"/console/applications/\(appID)/\""))

        let saved = harness.postForm("/console/applications/\(appID)/", [
            ("app_name", "after"), ("answer_url", "https://example.com/new"), ("public_uri", "true"),
        ])
        #expect(saved.status == 303)
        #expect(saved.headers["Location"] == "/console/?changed=\(appID)")
        let stored = harness.send(.get, "\(apiPath)\(appID)/").json
        #expect(stored["app_name"] == .string("after"))
        #expect(stored["public_uri"] == .bool(true))

        let refused = harness.postForm("/console/applications/\(appID)/", [("answer_method", "PUT")])
        #expect(refused.status == 400)
        #expect(refused.text.contains("answer_method must be GET or POST"))
    }

    @Test("An unknown application is a 404 page")
    func unknownApplication() throws {
        let response = try RouterHarness().send(.get, "/console/applications/99999999999999999/edit/")
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
    }
}
