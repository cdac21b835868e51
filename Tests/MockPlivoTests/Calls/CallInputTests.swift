import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// GetDigits and GetInput: the handset's scripted keys and speech, keys and speech sent through the control API,
/// and what the action request carries (`docs/calls.md`, "Input").
@Suite("Call input: GetDigits and GetInput hear the handset, scripted or driven")
struct CallInputTests {
    @Test("GetDigits: the handset's keys reach action as Digits and its XML runs in place of the rest")
    func digitsRedirect() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetDigits action="{base}/digits" numDigits="1" timeout="5">\
                <Speak>Press two for sales</Speak></GetDigits><Speak>We did not get that</Speak></Response>
                """,
            "/digits": "<Response><Speak>Sales</Speak></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550199", #"{"voice": {"digits": "2"}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        // Answered at 4 s; keys 2 s later (digits_after_ms), then "Sales": 1 s.
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 3)
        let requests = receiver.requests(atLeast: 3)
        #expect(requests.map(\.path) == ["/answer", "/digits", "/hangup"])
        let digits = try #require(requests.first { $0.path == "/digits" }).formParameters
        #expect(digits["Digits"] == "2")
        #expect(digits["CallUUID"] == uuid)
        #expect(digits["CallStatus"] == "in-progress")
        let events = try client.allTraceEvents(uuid)
        #expect(events.contains("GetDigits prompts"))
        #expect(events.contains("handset presses"))
        #expect(events.contains("GetDigits input"))
    }

    @Test("GetDigits with no input: each retry replays the prompts, then the next element runs with no request")
    func noInput() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetDigits action="{base}/digits" timeout="3" retries="2">\
                <Speak>Press two</Speak></GetDigits><Speak>We did not get that</Speak></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        // Two attempts of 1 s of prompt and 3 s of waiting, then 2 s of speech.
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 10)
        #expect(receiver.requests(atLeast: 2).map(\.path) == ["/answer", "/hangup"])
        let events = try client.allTraceEvents(uuid)
        #expect(events.filter { $0 == "GetDigits prompts" }.count == 2)
        #expect(events.contains("GetDigits no input"))
    }

    @Test("GetDigits: an invalid key costs an attempt; the finish key submits without itself; redirect=false goes on")
    func invalidKeyAndFinishKey() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetDigits action="{base}/digits" validDigits="12" retries="2" redirect="false">\
                <Speak>Enter your code</Speak></GetDigits><Speak>Thanks</Speak></Response>
                """,
            "/digits": "<Response><Hangup/></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550199", #"{"voice": {"digits": ["9", "12#"], "digits_after_ms": 500}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        _ = try client.cdr(uuid)
        let requests = receiver.requests(atLeast: 3)
        // The action's <Hangup/> is not run (redirect="false"): the call ends after "Thanks", at the end of its XML.
        #expect(requests.first { $0.path == "/hangup" }?.formParameters["HangupCauseCode"] == "4010")
        let digits = try #require(requests.first { $0.path == "/digits" }).formParameters
        #expect(digits["Digits"] == "12")
        let events = try client.allTraceEvents(uuid)
        #expect(events.contains("GetDigits invalid key"))
        #expect(events.contains("prompts interrupted"))
    }

    @Test("GetInput: the handset's speech reaches action with InputType, Speech and its confidence")
    func speech() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetInput action="{base}/input" inputType="speech" \
                interimSpeechResultsCallback="{base}/interim">\
                <Speak>Say sales or support</Speak></GetInput></Response>
                """,
            "/input": "<Response><Speak>Connecting you</Speak></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550199", #"{"voice": {"speech": "support please", "speech_confidence": 0.75}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(uuid)
        let input = try #require(receiver.requests(atLeast: 2).first { $0.path == "/input" }).formParameters
        #expect(input["InputType"] == "speech")
        #expect(input["Speech"] == "support please")
        #expect(input["SpeechConfidenceScore"] == "0.75")
        #expect(input["Digits"] == "")
        #expect(input["BilledAmount"] == "0.02000")
        let interim = receiver.requests(atLeast: 4).filter { $0.path == "/interim" }.map(\.formParameters)
        #expect(interim.map { $0["SequenceNumber"] } == ["1", "2"])
        #expect(interim.map { $0["StableSpeech"] } == ["", "support"])
        #expect(interim.map { $0["UnstableSpeech"] } == ["support", "please"])
    }

    @Test("Press and Say: a test drives the other end of a live call step by step on a manual clock")
    func pressAndSay() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetDigits action="{base}/pin" timeout="30"><Speak>Enter your PIN</Speak></GetDigits>\
                <Wait length="600"/></Response>
                """,
            "/pin": """
                <Response><GetInput action="{base}/menu" executionTimeout="60"><Speak>What now</Speak></GetInput></Response>
                """,
            "/menu": "<Response><Hangup/></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        let control = "/__mock/Account/\(client.authID)/Call/\(uuid)"
        // Not answered yet: nothing to press on.
        #expect(client.post("\(control)/Press/", json: ["digits": "1"]).status == 404)
        client.advance(by: 4)
        client.awaitTraceEvent(uuid, "xml")
        client.advance(by: 10)
        let pressed = client.post("\(control)/Press/", json: ["digits": "4321#"])
        #expect(pressed.status == 202, "\(pressed.text)")
        #expect(pressed.string("message") == "digits pressed")
        client.advance(by: 0)
        let pin = try #require(receiver.requests(atLeast: 2).first { $0.path == "/pin" }).formParameters
        #expect(pin["Digits"] == "4321")
        // The action's XML must have reached the engine before the caller speaks: nobody listens until it has.
        client.awaitTraceEvent(uuid, "GetInput prompts")
        client.advance(by: 5)
        #expect(client.post("\(control)/Say/", json: ["speech": "billing", "confidence": "0.5"]).status == 202)
        client.advance(by: 5)
        let menu = try #require(receiver.requests(atLeast: 3).first { $0.path == "/menu" }).formParameters
        #expect(menu["Speech"] == "billing")
        #expect(menu["SpeechConfidenceScore"] == "0.5")
        _ = try client.cdr(uuid)
        #expect(receiver.requests(atLeast: 4).first { $0.path == "/hangup" }?.formParameters["HangupCauseCode"] == "4000")
    }

    @Test("GetInput for keys and speech: the first input heard wins; later speech is not heard")
    func firstInputWins() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetInput action="{base}/input" inputType="dtmf speech" digitEndTimeout="5">\
                <Speak>Say or press</Speak></GetInput><Wait length="60"/></Response>
                """,
            "/input": "<Response><Hangup/></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        let control = "/__mock/Account/\(client.authID)/Call/\(uuid)"
        client.advance(by: 4)
        client.awaitTraceEvent(uuid, "xml")
        client.advance(by: 2)
        #expect(client.post("\(control)/Press/", json: ["digits": "7"]).status == 202)
        client.advance(by: 1)
        #expect(client.post("\(control)/Say/", json: ["speech": "operator"]).status == 202)
        client.advance(by: 10)
        let input = try #require(receiver.requests(atLeast: 2).first { $0.path == "/input" }).formParameters
        #expect(input["InputType"] == "dtmf")
        #expect(input["Digits"] == "7")
        #expect(input["Speech"] == "")
    }

    @Test("Press and Say refuse bad input and calls the account cannot see, changing nothing")
    func pressErrors() throws {
        let client = try RouterClient(manualClock: true)
        let control = "/__mock/Account/\(client.authID)/Call/no-such-call"
        #expect(client.post("\(control)/Press/", json: ["digits": "12"]).status == 404)
        let missing = client.post("\(control)/Press/", json: [:])
        #expect(missing.status == 400)
        #expect(missing.string("error")?.contains("digits") == true)
        let bad = client.post("\(control)/Press/", json: ["digits": "12a"])
        #expect(bad.status == 400)
        #expect(bad.string("error")?.contains("digits") == true)
        #expect(client.post("\(control)/Say/", json: ["speech": ""]).status == 400)
        let confidence = client.post("\(control)/Say/", json: ["speech": "hi", "confidence": "2"])
        #expect(confidence.status == 400)
        #expect(confidence.string("error")?.contains("confidence") == true)
    }

    @Test("Handset documents take speech and empty digit entries, and refuse what is not keys or phrases")
    func handsetDocuments() throws {
        let client = try RouterClient()
        let path = "/__mock/Account/\(client.authID)/Handset/14155550199/"
        let put = client.putJSON(path, #"{"voice": {"digits": ["", "2"], "speech": ["yes"], "speech_confidence": 0.5}}"#)
        #expect(put.status == 200, "\(put.text)")
        #expect(put["voice"]?["digits"]?.arrayValue?.compactMap(\.stringValue) == ["", "2"])
        #expect(put["voice"]?["speech"]?.arrayValue?.compactMap(\.stringValue) == ["yes"])
        let bad = client.putJSON(path, #"{"voice": {"speech_confidence": 3}}"#)
        #expect(bad.status == 400)
        #expect(bad.string("error")?.contains("voice.speech_confidence") == true)
    }
}

extension CallbackReceiver {
    /// A receiver that answers each path with its XML document, where `{base}` stands for the receiver's own
    /// address (documents name action URLs on the receiver before its port is known).
    convenience init(documents: [String: String]) throws {
        try self.init(paths: [:])
        for (path, document) in documents {
            reply(to: path, with: .respond(status: 200, body: document.replacingOccurrences(of: "{base}", with: url(""))))
        }
    }
}

extension RouterClient {
    /// The events of a call's trace, in order.
    func allTraceEvents(_ uuid: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let trace = get("/__mock/Account/\(authID)/Trace/\(uuid)/")
        #expect(trace.status == 200, "\(trace.text)", sourceLocation: sourceLocation)
        return try #require(trace["entries"]?.arrayValue, sourceLocation: sourceLocation).compactMap { $0["event"]?.stringValue }
    }

    /// Waits (up to 5 s) until the call's trace has `event`: a document reaches the engine only after the
    /// receiver has seen its request, so a test on a manual clock waits for it before acting on the call.
    func awaitTraceEvent(_ uuid: String, _ event: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<500 {
            let trace = get("/__mock/Account/\(authID)/Trace/\(uuid)/")
            if trace["entries"]?.arrayValue?.contains(where: { $0["event"]?.stringValue == event }) == true { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Issue.record("no \(event) in the trace of \(uuid)", sourceLocation: sourceLocation)
    }

    /// PUTs a JSON document as it is.
    func putJSON(_ path: String, _ document: String) -> RouterResponse {
        send(.put, path, headers: [("Content-Type", "application/json")], body: Array(document.utf8))
    }
}

@Suite("Huge durations in a user's XML mean never, and trap nothing")
struct HugeDurationTests {
    @Test("A GetDigits timeout and a Conference timeLimit of 10^13 s run; the call goes on and the API still answers")
    func hugeTimeouts() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><GetDigits action="{base}/digits" timeout="10000000000000" retries="1">\
                <Speak>Press</Speak></GetDigits></Response>
                """,
            "/digits": #"<Response><Conference timeLimit="10000000000000">Room</Conference></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        client.setHandset("14155550199", #"{"voice": {"digits": "5#"}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "time_limit": 60,
        ]).first)
        client.advance(by: 4)
        client.awaitTraceEvent(uuid, "xml")
        client.advance(by: 5)
        client.awaitTraceEvent(uuid, "Conference entered")
        client.advance(by: 60)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 60)
        #expect(client.get("Call/").status == 200)
    }
}
