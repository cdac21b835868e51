import Foundation
import Testing
@testable import CallEngine
@testable import MockPlivo

@Suite("Console calls pages and a call's timeline")
struct ConsoleCallsTests {
    /// Speaks (text that looks like markup), waits 3 s and hangs up.
    static let answerXML =
        "<Response><Speak>Hello &lt;b&gt;caller&lt;/b&gt;</Speak><Wait length=\"3\"/><Hangup/></Response>"

    /// The `data-event` of each timeline item, in page order.
    private static func events(_ html: String) -> [String] {
        html.matches(of: /data-event="([^"]*)"/).map { String($0.output.1) }
    }

    /// The call's page once the trace holds `event` (a callback's entry is written when its answer comes).
    private static func page(
        _ client: RouterClient, _ uuid: String, containing event: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> RouterResponse {
        for _ in 0..<1_000 {
            let page = client.get("/console/calls/\(uuid)/")
            if page.text.contains("data-event=\"\(event)\"") { return page }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Issue.record("no \(event) on the call's page", sourceLocation: sourceLocation)
        return client.get("/console/calls/\(uuid)/")
    }

    @Test("A call is listed live while it runs, then as a CDR; its page draws phases, verbs and requests in order")
    func liveThenRecord() throws {
        let receiver = try CallbackReceiver(paths: ["/answer": .respond(status: 200, body: Self.answerXML)])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let answerURL = receiver.url("/answer?step=1&next=2")
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": answerURL,
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        // The call is queued in an engine turn; let it run so its first trace entry is written.
        client.settle()

        let queued = client.get("/console/calls/")
        #expect(queued.status == 200)
        #expect(queued.text.contains("id=\"live-\(uuid)\""))
        #expect(queued.text.contains("<td data-field=\"call_status\">queued</td>"))
        #expect(queued.text.contains("No call has ended yet."))
        let waiting = client.get("/console/calls/\(uuid)/")
        #expect(waiting.status == 200)
        #expect(Self.events(waiting.text) == ["queued"])
        #expect(waiting.text.contains("<span class=\"tl-tick tl-now l100\">now</span>"))

        client.advance(by: 4)
        _ = receiver.requests(atLeast: 1)
        let answered = Self.page(client, uuid, containing: "Speak")
        #expect(answered.text.contains("<dd data-field=\"call_status\">in-progress</dd>"))
        #expect(client.get("/console/calls/").text.contains("<td data-field=\"call_status\">in-progress</td>"))

        client.advance(by: 60)
        _ = try client.cdr(uuid)
        let list = client.get("/console/calls/")
        #expect(!list.text.contains("id=\"live-\(uuid)\""))
        #expect(list.text.contains("id=\"call-\(uuid)\""))
        #expect(list.text.contains("<td data-field=\"call_status\">completed</td>"))
        #expect(list.text.contains("<td data-field=\"hangup_cause\">Normal Hangup <small>4000 · Answer XML</small></td>"))
        #expect(list.text.contains("<td>+14155550100</td><td>14155550199</td><td>outbound</td>"))

        let page = Self.page(client, uuid, containing: "callback hangup")
        #expect(page.status == 200)
        #expect(Self.events(page.text) == [
            "queued", "ringing", "answered", "callback answer", "xml", "Speak", "Wait", "Hangup", "ended",
            "callback hangup",
        ])
        #expect(page.text.contains("<dd data-field=\"call_uuid\">\(uuid)</dd>"))
        #expect(page.text.contains("<dd data-field=\"hangup_cause_name\">Normal Hangup</dd>"))
        // Both requests to the user's server, with their method, URL, status and latency.
        #expect(page.text.contains(HTML.escape("POST \(answerURL) → 200")))
        #expect(page.text.contains(HTML.escape("POST \(receiver.url("/hangup")) → 200")))
        // (Each appears twice: in the timeline's panels and in the trace's table.)
        #expect(page.text.matches(of: /<dd data-field="duration_ms">\d+<\/dd>/).count == 4)
        // Times are the simulated clock's, as the trace API gives them.
        let trace = client.get("/__mock/Account/\(client.authID)/Trace/\(uuid)/")
        let times = try #require(trace["entries"]?.arrayValue).compactMap { $0["time"]?.stringValue }
        #expect(times.count == 10)
        for time in times { #expect(page.text.contains("<td>\(time)</td>"), "\(time)") }
        #expect(page.text.contains("Simulated seconds from \(times[0]) UTC"))
        // Verbs that take time are bars, requests are dots that open on what was sent and what came back.
        #expect(page.text.contains("<li class=\"tl-bar tl-r2 t-speak "))
        #expect(page.text.contains("<li class=\"tl-bar tl-r2 t-wait "))
        #expect(page.text.contains("Wait <small>3 s</small>"))
        #expect(page.text.contains("<li class=\"tl-mark tl-r3 t-ok "))
        #expect(page.text.contains("<div class=\"tl-panel\">"))
        // User-controlled text is escaped: the XML body, the spoken text, the URL's query.
        #expect(page.text.contains("&lt;Speak&gt;Hello &amp;lt;b&amp;gt;caller"))
        #expect(page.text.contains("text=Hello &lt;b&gt;caller&lt;/b&gt;"))
        #expect(!page.text.contains("<b>caller"))
        #expect(page.text.contains("/answer?step=1&amp;next=2"))
        #expect(!page.text.contains("&next=2"))
    }

    @Test("Hostile text from the API and from the user's server is escaped on every calls page")
    func hostileTextIsEscaped() throws {
        let receiver = try CallbackReceiver(paths: [
            "/answer": .respond(status: 200, body: "<Response><script>alert(1)</script></Response>"),
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "caller_name": "<script>alert(2)</script>",
            "answer_url": receiver.url("/answer?x=\"><script>alert(3)</script>"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        client.settle()
        let live = client.get("/console/calls/\(uuid)/")
        #expect(live.status == 200)
        #expect(live.text.contains("<dd data-field=\"caller_name\">&lt;script&gt;alert(2)&lt;/script&gt;</dd>"))
        #expect(!live.text.contains("<script"))

        client.advance(by: 60)
        _ = try client.cdr(uuid)
        let page = Self.page(client, uuid, containing: "callback hangup")
        // The document was refused, and is shown as it came, escaped.
        #expect(page.text.contains("<dd data-field=\"hangup_cause_name\">Invalid Answer XML</dd>"))
        #expect(page.text.contains(
            "<pre data-field=\"response_body\">&lt;Response&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/Response&gt;</pre>"))
        #expect(page.text.contains("<dd data-field=\"CallerName\">&lt;script&gt;alert(2)&lt;/script&gt;</dd>"))
        #expect(page.text.contains("/answer?x=&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt; → 200"))
        for text in [page.text, client.get("/console/calls/").text] {
            #expect(!text.contains("<script"))
        }
    }

    @Test("CDRs are listed newest first, a page at a time, with links to the neighbouring pages")
    func paging() throws {
        let client = try RouterClient(manualClock: true)
        let total = ConsoleHandlers.pageSize + 1
        // A busy handset ends every call before any request to a server.
        client.setHandset("14155550198", #"{"voice": {"answer": "busy"}}"#)
        let uuids = try (0..<total).map { _ in
            try #require(try client.makeCall([
                "from": "14155550100", "to": "14155550198", "answer_url": "http://127.0.0.1:9/answer",
            ]).first)
        }
        client.advance(by: 120)
        for uuid in uuids { _ = try client.cdr(uuid) }
        let first = client.get("/console/calls/")
        #expect(first.text.contains("\(total) call records, showing 1–\(ConsoleHandlers.pageSize)."))
        #expect(first.text.contains("<a href=\"/console/calls/?offset=\(ConsoleHandlers.pageSize)\">older →</a>"))
        #expect(!first.text.contains("newer</a>"))
        let second = client.get("/console/calls/?offset=\(ConsoleHandlers.pageSize)")
        #expect(second.text.contains("showing \(total)–\(total)."))
        #expect(second.text.contains("<a href=\"/console/calls/?offset=0\">← newer</a>"))
        let listed = second.text.matches(of: /id="call-([^"]+)"/).map { String($0.output.1) }
        let newestFirst = try client.list("Call/?limit=20&offset=\(ConsoleHandlers.pageSize)")
        #expect(listed.count == 1)
        #expect(listed == newestFirst.objects.compactMap { $0["call_uuid"]?.stringValue })
    }

    @Test("The timeline lays phases and verbs end to end on the call's own axis")
    func timelineGeometry() throws {
        let origin = SimulatedTime(microseconds: 1_700_000_000_000_000)
        func at(_ seconds: Int64) -> SimulatedTime { origin + .seconds(seconds) }
        let trace = Trace(id: "c", kind: .call, accountID: "MA", subaccountID: nil, entries: [
            .init(time: at(0), event: "queued"), .init(time: at(1), event: "ringing"),
            .init(time: at(4), event: "answered"), .init(time: at(4), event: "xml"),
            .init(time: at(4), event: "Speak", details: [("seconds", "2"), ("loop", "2")]),
            .init(time: at(8), event: "Wait", details: [("length", "10")]),
            .init(time: at(10), event: "hangup requested by the API"),
            .init(time: at(10), event: "ended"),
        ])
        let timeline = CallTimeline(trace: trace, now: at(99))
        #expect(!timeline.isOpen)
        #expect(timeline.length == .seconds(10))
        #expect(timeline.ticks == [0, 2, 4, 6, 8, 10].map { SimulatedDuration.seconds($0) })
        let bars = timeline.items.filter(\.isBar).map { ($0.label, $0.start.microseconds, $0.end?.microseconds) }
        #expect(bars.map(\.0) == ["queued", "ringing", "in progress", "Speak ×2", "Wait"])
        #expect(bars.map(\.1) == [0, 1, 4, 4, 8].map { $0 * 1_000_000 })
        #expect(bars.map(\.2) == [1, 4, 10, 8, 10].map { $0 * 1_000_000 })
        let wait = try #require(timeline.items.first { $0.event == "Wait" })
        #expect(wait.note == "cut after 2 s of 10 s")
        // The two instants at 10 s in the call lane sit on different levels.
        let instants = timeline.items.filter { !$0.isBar && $0.lane == .call }
        #expect(Set(instants.map(\.level)).count == 2)
    }

    @Test("Another account's call and an unknown one are a 404 page; calls pages carry the console's headers")
    func notFoundAndHeaders() throws {
        let receiver = try CallbackReceiver(paths: [
            "/answer": .respond(status: 200, body: "<Response><Wait length=\"60\"/></Response>"),
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        let minted = client.post("/__mock/accounts/", json: ["name": "other"])
        #expect(minted.status == 201, "\(minted.text)")
        let other = client.authenticated(
            as: try #require(minted.string("auth_id")), token: try #require(minted.string("auth_token")))
        let subaccount = try client.makeSubaccount()
        for viewer in [other, subaccount] {
            #expect(viewer.get("/console/calls/\(uuid)/").status == 404)
            #expect(!viewer.get("/console/calls/").text.contains(uuid))
        }
        client.advance(by: 100)
        _ = try client.cdr(uuid)
        for viewer in [other, subaccount] {
            let missing = viewer.get("/console/calls/\(uuid)/")
            #expect(missing.status == 404)
            #expect(missing.text.contains("No call \(uuid) in this account."))
            #expect(!viewer.get("/console/calls/").text.contains(uuid))
        }
        #expect(client.get("/console/calls/00000000-0000-4000-8000-000000000000/").status == 404)

        for target in ["/console/calls/", "/console/calls/\(uuid)/", "/console/calls/nope/"] {
            let response = client.get(target)
            #expect(response.headers["X-Frame-Options"] == "DENY", "\(target)")
            #expect(response.headers["X-Content-Type-Options"] == "nosniff", "\(target)")
            #expect(response.headers["Content-Security-Policy"] == ConsoleHeadersMiddleware.contentSecurityPolicy)
            #expect(response.headers["Cache-Control"] == "no-store", "\(target)")
            #expect(!response.text.contains(" style=") && !response.text.contains("<script"), "\(target)")
        }
        #expect(client.get("/console/calls/").text.contains("<a href=\"/console/calls/\" aria-current=\"page\">Calls</a>"))
    }

    @Test("A simulated call's page links to the call's record and timeline")
    func simulationLinksToTheCall() throws {
        let receiver = try CallbackReceiver(paths: [
            "/answer": .respond(status: 200, body: "<Response><Speak>Hi</Speak></Response>"),
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        let appID = try client.makeApplication(name: "sim", extra: ["answer_url": receiver.url("/answer")])
        let simulated = client.send(
            .post, "/console/simulations/call/",
            headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Host", "127.0.0.1:8000"),
                      ("Origin", "http://127.0.0.1:8000")],
            body: Array("app_id=\(appID)&from=14155550100&to=14155550199&duration=5".utf8))
        #expect(simulated.status == 303, "\(simulated.text)")
        let location = try #require(simulated.headers["Location"])
        let detail = client.get(location)
        let link = try #require(detail.text.firstMatch(of: /id="call-timeline" href="([^"]+)"/)?.output.1)
        let page = client.get(String(link))
        #expect(page.status == 200)
        #expect(Self.events(page.text).contains("Speak"))
    }
}
