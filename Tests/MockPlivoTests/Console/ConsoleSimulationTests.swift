import Testing
@testable import HTTPServerKit
@testable import MockPlivo

@Suite("Console simulations")
struct ConsoleSimulationTests {
    let mockPath = "/__mock/Account/\(RouterHarness.authID)/"

    @Test("The page lists the account's simulations newest first and offers its applications")
    func listsRecords() async throws {
        let harness = try RouterHarness()
        try await withCallbackReceiver(replies: [.plivoXML, .ok, .ok]) { receiver in
            let appID = try harness.createApplication(receiver: receiver, message: true)
            let call = harness.send(
                .post, "\(mockPath)Application/\(appID)/Call/", headers: [("Content-Type", "application/json")],
                body: #"{"from": "14155550100", "to": "14155550199"}"#)
            let message = harness.send(
                .post, "\(mockPath)Application/\(appID)/Message/", headers: [("Content-Type", "application/json")],
                body: #"{"from": "14155550100", "to": "14155550199", "text": "hi"}"#)
            let callID = try #require(call.json["id"]?.stringValue, "\(call.text)")
            let messageID = try #require(message.json["id"]?.stringValue, "\(message.text)")

            let page = harness.send(.get, "/console/simulations/")

            #expect(page.status == 200)
            #expect(page.text.contains("<a href=\"/console/simulations/\" aria-current=\"page\">Simulations</a>"))
            #expect(page.text.contains("<option value=\"\(appID)\">simulated (\(appID))</option>"))
            let newer = try #require(page.text.range(of: "id=\"simulation-\(messageID)\""))
            let older = try #require(page.text.range(of: "id=\"simulation-\(callID)\""))
            #expect(newer.lowerBound < older.lowerBound)
            #expect(page.text.contains("<a href=\"/console/simulations/\(callID)/\">"))
            #expect(page.text.contains("<td data-field=\"outcome\">answered</td>"))
            #expect(page.text.contains("<td data-field=\"outcome\">delivered</td>"))
        }
    }

    @Test("A call run from the form redirects to a page showing every callback and its status")
    func callThroughFormShowsCallbacks() async throws {
        let harness = try RouterHarness()
        try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
            let appID = try harness.createApplication(receiver: receiver, message: false)

            let response = harness.postForm(
                "/console/simulations/call/",
                [("app_id", appID), ("from", "14155550100"), ("to", "14155550199"), ("duration", "42")])

            #expect(response.status == 303, "\(response.text)")
            let location = try #require(response.headers["Location"])
            #expect(location.hasPrefix("/console/simulations/"))
            let id = String(location.dropFirst("/console/simulations/".count).dropLast())
            #expect(receiver.requests.map(\.path) == ["/answer", "/hangup"])

            let page = harness.send(.get, location)
            #expect(page.status == 200)
            #expect(page.text.contains("<dd data-field=\"outcome\">answered</dd>"))
            #expect(page.text.contains("<dd data-field=\"call_uuid\">\(id)</dd>"))
            #expect(page.text.contains("Normal Hangup (4000, NORMAL_CLEARING, source Caller)"))
            let answer = try #require(page.text.range(of: "id=\"callback-1\""))
            let hangup = try #require(page.text.range(of: "id=\"callback-2\""))
            #expect(answer.lowerBound < hangup.lowerBound)
            #expect(page.text.contains(
                "1. answer <small>POST \(receiver.url("/answer"))</small> → <span data-field=\"status\">200</span>"))
            #expect(page.text.contains(
                "2. hangup <small>POST \(receiver.url("/hangup"))</small> → <span data-field=\"status\">200</span>"))
            #expect(page.text.contains("<dd data-field=\"Duration\">42</dd>"))
            #expect(page.text.contains("<dt>X-Plivo-Signature-V3</dt>"))
            #expect(page.text.contains("&lt;Response&gt;&lt;Speak&gt;Hello&lt;/Speak&gt;&lt;Wait length=&quot;100&quot;/&gt;&lt;/Response&gt;"))
            #expect(!page.text.contains("<Speak>"))
        }
    }

    @Test("A refused simulation shows the API's message and keeps the values typed")
    func refusedSimulationShowsAPIMessage() async throws {
        let harness = try RouterHarness()
        try await withCallbackReceiver { receiver in
            let appID = try harness.createApplication(receiver: receiver, message: false)
            let api = harness.send(
                .post, "\(mockPath)Application/\(appID)/Message/",
                headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: FormURLEncoding.encode([("from", "1"), ("to", "2"), ("text", "hi")]))
            #expect(api.status == 400)
            let message = try #require(api.json["error"]?.stringValue)

            let page = harness.postForm(
                "/console/simulations/message/",
                [("app_id", appID), ("from", "<b>14155550100"), ("to", "14155550199"), ("text", "Hi & bye")])

            #expect(page.status == 400)
            #expect(page.text.contains("<p class=\"error\" role=\"alert\">\(HTML.escape(message))</p>"))
            #expect(page.text.contains("value=\"&lt;b&gt;14155550100\""))
            #expect(page.text.contains("value=\"Hi &amp; bye\""))
            #expect(receiver.requests.isEmpty)
        }
    }

    @Test("An unknown application is refused with the API's not found, a missing one as required")
    func unknownApplicationIsNotFound() throws {
        let harness = try RouterHarness()
        let page = harness.postForm(
            "/console/simulations/call/", [("app_id", "404"), ("from", "1"), ("to", "2"), ("duration", "")])
        #expect(page.status == 404)
        #expect(page.text.contains("<p class=\"error\" role=\"alert\">not found</p>"))
        let none = harness.postForm("/console/simulations/message/", [("from", "1"), ("to", "2"), ("text", "hi")])
        #expect(none.status == 400)
        #expect(none.text.contains("<p class=\"error\" role=\"alert\">app_id is required</p>"))
    }

    @Test("A simulation posted from another site is refused and runs nothing")
    func crossSitePostRefused() async throws {
        let harness = try RouterHarness()
        try await withCallbackReceiver { receiver in
            let appID = try harness.createApplication(receiver: receiver, message: true)
            let pairs = [("app_id", appID), ("from", "1"), ("to", "2"), ("text", "hi")]
            let fromOrigin = harness.postForm(
                "/console/simulations/message/", pairs,
                headers: [("Host", "127.0.0.1:8000"), ("Origin", "https://evil.example")])
            let fromFetch = harness.postForm(
                "/console/simulations/call/", pairs, headers: [("Sec-Fetch-Site", "cross-site")])
            #expect(fromOrigin.status == 403)
            #expect(fromFetch.status == 403)
            #expect(receiver.requests.isEmpty)
            #expect(harness.send(.get, "\(mockPath)Simulations/").json["objects"] == .array([]))
        }
    }
}

extension RouterHarness {
    /// An application whose answer and hangup URLs (and message URL when asked) are `receiver`'s.
    fileprivate func createApplication(receiver: CallbackReceiver, message: Bool) throws -> String {
        var pairs = [
            ("app_name", "simulated"), ("answer_url", receiver.url("/answer")), ("hangup_url", receiver.url("/hangup")),
        ]
        if message { pairs.append(("message_url", receiver.url("/message"))) }
        let response = send(
            .post, "/v1/Account/\(Self.authID)/Application/",
            headers: [("Content-Type", "application/x-www-form-urlencoded")], body: FormURLEncoding.encode(pairs))
        guard response.status == 201, case .string(let appID)? = response.json["app_id"] else {
            throw HarnessError(message: "create failed: \(response.status) \(response.text)")
        }
        return appID
    }
}
