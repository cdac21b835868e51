import Foundation
import Testing
@testable import CallEngine
@testable import MockPlivo

/// The call page of an IVR: what GetDigits asked and heard, the recordings (played from the mock itself), and
/// the legs a Dial bridged, each page linking to the other.
@Suite("Console: a call's digits, recordings and bridged legs")
struct ConsoleCallIVRTests {
    /// Asks for two digits, records up to 5 s, then forwards the call.
    static let answerXML = """
        <Response><GetDigits action="{base}/digits" numDigits="2" timeout="5" redirect="false">\
        <Speak>Press one then two</Speak></GetDigits>\
        <Record timeout="2" maxLength="5" playBeep="false"/>\
        <Dial><Number>14155550123</Number></Dial></Response>
        """

    @Test("GetDigits, Record and Dial: the page shows the keys, plays the recording and links both legs")
    func digitsRecordingAndLegs() throws {
        let receiver = try CallbackReceiver(documents: ["/answer": Self.answerXML, "/digits": "<Response/>"])
        defer { receiver.stop() }
        let client = try RouterClient()
        // The callee presses 1 and 2 half a second into the prompt and talks 3 s into the recording; the
        // forwarded number answers after 2 s of ringing and hangs up 5 s later.
        client.setHandset("14155550199", #"{"voice": {"digits": "12", "digits_after_ms": 500, "record_ms": 3000}}"#)
        client.setHandset("14155550123", #"{"voice": {"ring_ms": 2000, "hangup_after_ms": 5000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(uuid)
        let bLeg = try #require(try client.list("Call/?parent_call_uuid=\(uuid)").objects.first?["call_uuid"]?.stringValue)
        let recording = try #require(try client.list("Recording/?call_uuid=\(uuid)").objects.first)
        let recordingID = try #require(recording["recording_id"]?.stringValue)
        let recordingURL = try #require(recording["recording_url"]?.stringValue)
        let path = try #require(URL(string: recordingURL)?.path)

        let page = client.get("/console/calls/\(uuid)/")
        #expect(page.status == 200)
        let events = page.text.matches(of: /data-event="([^"]*)"/).map { String($0.output.1) }
        for event in ["GetDigits prompts", "Speak", "prompts interrupted", "handset presses", "GetDigits input",
                      "Record started", "Record ended", "Dial", "Dial answered", "Dial ended"] {
            #expect(events.contains(event), "\(event)")
        }
        // The prompts are a bar in the caller's lane, cut where the keys interrupted them, as is the Speak they
        // played; the keys and the input submitted are instants that say the digits.
        #expect(page.text.contains("<span class=\"tl-lane tl-r3\" aria-hidden=\"true\">caller input</span>"))
        #expect(page.text.contains("<li class=\"tl-bar tl-r3 t-prompt "))
        #expect(page.text.contains("GetDigits prompts (1 of 1) <small>0.5 s</small>"))
        #expect(page.text.contains("Speak <small>0.5 s</small>"))
        #expect(page.text.contains("data-event=\"handset presses\" data-lane=\"caller input\""))
        #expect(page.text.contains("<span>presses 12</span>"))
        #expect(page.text.contains("<span>input 12</span>"))
        // The recording is a bar that opens on a player of its file, by its path on the console's origin.
        #expect(page.text.contains("<li class=\"tl-bar tl-r4 t-record "))
        #expect(page.text.contains("data-recording=\"\(recordingID)\""))
        #expect(page.text.contains("<audio controls preload=\"none\" src=\"\(path)\" data-recording=\"\(recordingID)\">"))
        #expect(page.text.contains("<a href=\"\(path)\" download=\"\(recordingID).mp3\">"))
        // Listed too, with the URL the API gives.
        #expect(page.text.contains("<tr id=\"recording-\(recordingID)\">"))
        #expect(page.text.contains("<code>\(recordingURL)</code>"))
        // The file plays without the console's credentials.
        let anonymous = client.authenticated(as: "nobody", token: "nothing")
        let audio = anonymous.get(path)
        #expect(audio.status == 200)
        #expect(audio.headers["Content-Type"] == "audio/mpeg")
        // The Dial's bar and its answer link to the B leg, which is listed among the related calls.
        let legLink = "<a href=\"/console/calls/\(bLeg)/\" data-leg=\"\(bLeg)\">"
        #expect(page.text.contains("\(legLink)Dial 14155550123</a>"))
        #expect(page.text.contains("\(legLink)answered by 14155550123</a>"))
        #expect(page.text.contains("<tr id=\"leg-\(bLeg)\"><td>\(legLink)<code>\(bLeg)</code></a></td>"))

        // The B leg's page links back to the A leg.
        let leg = client.get("/console/calls/\(bLeg)/")
        #expect(leg.status == 200)
        #expect(leg.text.contains(
            "<p id=\"parent-call\">Made by call <a href=\"/console/calls/\(uuid)/\" data-leg=\"\(uuid)\"><code>\(uuid)</code></a>"))
        #expect(!leg.text.contains("<h2>Recordings</h2>"))

        // The policy admits the audio from the mock itself and nothing broader.
        let policy = try #require(page.headers["Content-Security-Policy"])
        #expect(policy == ConsoleHeadersMiddleware.contentSecurityPolicy)
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("media-src 'self';"))
        for unsafe in ["unsafe", "*", "data:", "blob:", "http:", "https:"] { #expect(!policy.contains(unsafe), "\(unsafe)") }
        #expect(!page.text.contains(" style=") && !page.text.contains("<script"))
    }

    @Test("A live B leg links to its A leg, and the A leg lists it, before either has a CDR")
    func liveLegs() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": "<Response><Dial><Number>14155550123</Number></Dial></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        client.advance(by: 4)
        client.awaitTraceEvent(uuid, "Dial")
        client.advance(by: 1)
        let live = client.get("Call/?status=live")["calls"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let bLeg = try #require(live.first { $0 != uuid })
        let page = client.get("/console/calls/\(uuid)/")
        #expect(page.text.contains("<tr id=\"leg-\(bLeg)\">"))
        #expect(page.text.contains("<td data-field=\"call_status\">ringing</td>"))
        // Dialling goes on: the bar runs to now.
        #expect(page.text.contains("still dialling or bridged now"))
        let leg = client.get("/console/calls/\(bLeg)/")
        #expect(leg.text.contains("<a href=\"/console/calls/\(uuid)/\" data-leg=\"\(uuid)\">"))
        #expect(client.delete("Call/\(uuid)/").status == 204)
        client.advance(by: 0)
        _ = try client.cdr(uuid)
    }

    @Test("The timeline's spans end where the trace says, overlapping bars stack, and caller text is escaped")
    func spansFromATrace() throws {
        let origin = SimulatedTime(microseconds: 1_700_000_000_000_000)
        func at(_ seconds: Int64) -> SimulatedTime { origin + .seconds(seconds) }
        let trace = Trace(id: "c", kind: .call, accountID: "MA", subaccountID: nil, entries: [
            .init(time: at(0), event: "answered"),
            .init(time: at(0), event: "GetInput prompts", details: [("attempt", "1 of 1")]),
            .init(time: at(2), event: "GetInput listening", details: [("timeout_seconds", "5")]),
            .init(time: at(3), event: "handset speaks", details: [("speech", "<b>sales</b>")]),
            .init(time: at(5), event: "GetInput input", details: [("Digits", ""), ("Speech", "<b>sales</b>")]),
            .init(time: at(5), event: "Record started", details: [("recording_id", "r\"1"), ("format", "wav")]),
            .init(time: at(6), event: "live play started", details: [("urls", "http://x/a.mp3")]),
            .init(time: at(8), event: "live play stopped", details: [("reason", "stopped by the API")]),
            .init(time: at(9), event: "Record ended", details: [("recording_id", "r\"1"), ("duration_ms", "4000")]),
            .init(time: at(10), event: "ended"),
        ])
        let timeline = CallTimeline(trace: trace, now: at(99))
        #expect(timeline.lanes == [.call, .xml, .caller, .audio, .server])
        let bars = timeline.items.filter(\.isBar).map { ($0.label, $0.start.microseconds / 1_000_000, $0.end?.microseconds) }
        #expect(bars.map(\.0) == ["in progress", "GetInput prompts (1 of 1)", "listening", "Record", "live play"])
        #expect(bars.map(\.1) == [0, 0, 2, 5, 6])
        #expect(bars.map(\.2) == [10, 2, 5, 9, 8].map { $0 * 1_000_000 })
        // The live play overlaps the recording: it sits under it.
        #expect(timeline.items.first { $0.event == "live play started" }?.level == 1)
        let record = try #require(timeline.items.first { $0.event == "Record started" })
        #expect(record.recording == .init(id: "r\"1", format: "wav"))

        let html = CallTimelineView(timeline: timeline, recordingPaths: ["r\"1": "/v1/Account/MA/Recording/r%221.wav"])
            .render().description
        #expect(html.contains("<span>says “&lt;b&gt;sales&lt;/b&gt;”</span>"))
        #expect(html.contains("<span>input “&lt;b&gt;sales&lt;/b&gt;”</span>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("data-recording=\"r&quot;1\""))
        #expect(html.contains("<audio controls preload=\"none\" src=\"/v1/Account/MA/Recording/r%221.wav\""))
        #expect(html.contains("download=\"r&quot;1.wav\""))
        // Without the file in the store, the bar is drawn but plays nothing.
        let unstored = CallTimelineView(timeline: timeline).render().description
        #expect(!unstored.contains("<audio"))
    }
}
