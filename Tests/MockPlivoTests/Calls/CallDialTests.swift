import Foundation
import Synchronization
import Testing
@testable import CallEngine
@testable import MockPlivo
@testable import PlivoSupport

/// `<Dial>`: B legs as real calls, the bridge, who wins a race, what nobody answering looks like, hangupOnStar,
/// and the action and callbackUrl requests (`docs/calls.md`, "Dial").
@Suite("Call forwarding: the Dial verb")
struct CallDialTests {
    @Test("The B leg answers and is bridged; it hangs up; action gets DialStatus and its XML runs; the B leg has a CDR")
    func bridge() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial action="{base}/dialed" callbackUrl="{base}/events" callerId="14155550142">\
                <Number>14155550123</Number></Dial><Speak>Not reached</Speak></Response>
                """,
            "/dialed": "<Response><Speak>Bye</Speak></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550123", #"{"voice": {"ring_ms": 3000, "hangup_after_ms": 10000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        // Answered at 4 s; the B leg rings 3 s and talks 10 s; then "Bye", 1 s.
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 14)
        let requests = receiver.requests(atLeast: 6)
        let dialed = try #require(requests.first { $0.path == "/dialed" }).formParameters
        #expect(dialed["DialStatus"] == "completed")
        #expect(dialed["DialALegUUID"] == uuid)
        #expect(dialed["DialHangupCause"] == "NORMAL_CLEARING")
        #expect(dialed["DialRingStatus"] == "true")
        let bLeg = try #require(dialed["DialBLegUUID"])
        let cdr = try client.cdr(bLeg)
        #expect(cdr.string("parent_call_uuid") == uuid)
        #expect(cdr["call_duration"]?.intValue == 10)
        #expect(cdr.string("to_number") == "14155550123")
        #expect(cdr.string("from_number") == "+14155550142")
        let events = requests.filter { $0.path == "/events" }.map(\.formParameters)
        #expect(events.map { $0["DialAction"] } == ["answer", "connected", "hangup"])
        #expect(events.last?["DialBLegDuration"] == "10")
        #expect(events.last?["DialBLegHangupCauseCode"] == "4000")
        #expect(events.allSatisfy { $0["DialBLegUUID"] == bLeg })
    }

    @Test("Numbers ring at once: the first to answer wins, the others end with 9000 Lost Race")
    func race() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial action="{base}/dialed" redirect="false">\
                <Number>14155550123</Number><Number>14155550124</Number></Dial></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550123", #"{"voice": {"ring_ms": 8000}}"#)
        client.setHandset("14155550124", #"{"voice": {"ring_ms": 2000, "hangup_after_ms": 5000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(uuid)
        let dialed = try #require(receiver.requests(atLeast: 2).first { $0.path == "/dialed" }).formParameters
        let winner = try client.cdr(try #require(dialed["DialBLegUUID"]))
        #expect(winner.string("to_number") == "14155550124")
        #expect(winner["call_duration"]?.intValue == 5)
        let losers = try client.list("Call/?to_number=14155550123").objects
        #expect(losers.count == 1)
        #expect(losers.first?["call_duration"]?.intValue == 0)
        #expect(losers.first?["parent_call_uuid"]?.stringValue == uuid)
    }

    @Test("Nobody answers: busy, or the Dial's timeout; DialBLegUUID is empty and the next verb runs")
    func unanswered() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial action="{base}/busy" redirect="false"><Number>14155550123</Number></Dial>\
                <Dial action="{base}/timeout" redirect="false" timeout="5"><Number>14155550124</Number></Dial>\
                <Speak>Please leave a message</Speak></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550123", #"{"voice": {"answer": "busy"}}"#)
        // It would answer after 10 s: the Dial's 5 s timeout comes first.
        client.setHandset("14155550124", #"{"voice": {"ring_ms": 10000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        // 5 s of the second Dial's ringing, then 4 words of speech (1.6 s, billed as 7 s in all).
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 7)
        let requests = receiver.requests(atLeast: 3)
        let busy = try #require(requests.first { $0.path == "/busy" }).formParameters
        #expect(busy["DialStatus"] == "busy")
        #expect(busy["DialHangupCause"] == "USER_BUSY")
        #expect(busy["DialBLegUUID"] == "")
        #expect(busy["DialRingStatus"] == "false")
        let timeout = try #require(requests.first { $0.path == "/timeout" }).formParameters
        #expect(timeout["DialStatus"] == "no-answer")
        #expect(timeout["DialRingStatus"] == "true")
    }

    @Test("hangupOnStar: the caller presses * and the call goes on without the B leg")
    func hangupOnStar() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial hangupOnStar="true"><Number>14155550123</Number></Dial><Wait length="60"/></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(answerURL: receiver.url("/answer"))
        client.advance(by: 10)
        let bLegUUID = try #require(client.get("Call/?status=live")["calls"]?.arrayValue?.compactMap(\.stringValue).first { $0 != uuid })
        #expect(client.post("/__mock/Account/\(client.authID)/Call/\(uuid)/Press/", json: ["digits": "*"]).status == 202)
        client.advance(by: 0)
        #expect(try client.cdr(bLegUUID)["call_duration"]?.intValue == 7)
        #expect(client.get("Call/\(uuid)/?status=live").status == 200)
        #expect(try client.allTraceEvents(uuid).contains("Dial hangupOnStar"))
    }

    @Test("A sip: user rings the account's endpoint; one that is not an endpoint fails the Dial")
    func users() throws {
        let client = try RouterClient()
        // Plivo adds digits to the username it is given: the endpoint's real username is what the API answered.
        let username = try client.makeEndpoint(username: "zumba", appID: nil).username
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial action="{base}/missing" redirect="false"><User>sip:nobody@phone.plivo.com</User></Dial>\
                <Dial action="{base}/user" redirect="false"><User>sip:\(username)@phone.plivo.com</User></Dial></Response>
                """,
        ])
        defer { receiver.stop() }
        client.setHandset("sip:\(username)", #"{"voice": {"ring_ms": 1000, "hangup_after_ms": 2000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(uuid)
        let requests = receiver.requests(atLeast: 3)
        #expect(requests.first { $0.path == "/missing" }?.formParameters["DialStatus"] == "failed")
        let user = try #require(requests.first { $0.path == "/user" }).formParameters
        #expect(user["DialStatus"] == "completed")
        let cdr = try client.cdr(try #require(user["DialBLegUUID"]))
        #expect(cdr.string("to_number") == "sip:\(username)@phone.plivo.com")
        #expect(cdr["call_duration"]?.intValue == 2)
    }

    @Test("Record startOnDialAnswer records the bridge, from the answer to the B leg's hangup")
    func recordsTheBridge() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Record startOnDialAnswer="true" callbackUrl="{base}/file"/>\
                <Dial><Number>14155550123</Number></Dial></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550123", #"{"voice": {"ring_ms": 2000, "hangup_after_ms": 6000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(uuid)
        let file = try #require(receiver.requests(atLeast: 2).first { $0.path == "/file" }).formParameters
        #expect(file["RecordingDurationMs"] == "6000")
        #expect(file["CallUUID"] == uuid)
    }

    @Test("A busy first number does not end the Dial: the second one still rings and is bridged")
    func busyFirstNumber() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial action="{base}/dialed" redirect="false">\
                <Number>14155550123</Number><Number>14155550124</Number></Dial></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550123", #"{"voice": {"answer": "busy"}}"#)
        client.setHandset("14155550124", #"{"voice": {"ring_ms": 2000, "hangup_after_ms": 4000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 6)
        let dialed = try #require(receiver.requests(atLeast: 2).first { $0.path == "/dialed" }).formParameters
        #expect(dialed["DialStatus"] == "completed")
        #expect(try client.cdr(try #require(dialed["DialBLegUUID"])).string("to_number") == "14155550124")
    }

    @Test("A transfer of the A leg ends its Dial: the ringing B leg is canceled and never bridged")
    func transferEndsTheDial() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Dial callbackUrl="{base}/events"><Number>14155550123</Number></Dial></Response>
                """,
            "/elsewhere": #"<Response><Wait length="30"/></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        client.setHandset("14155550123", #"{"voice": {"ring_ms": 10000}}"#)
        let uuid = try client.answeredCall(answerURL: receiver.url("/answer"))
        client.advance(by: 2)
        let bLeg = try #require(client.get("Call/?status=live")["calls"]?.arrayValue?.compactMap(\.stringValue).first { $0 != uuid })
        let transfer = client.post("Call/\(uuid)/", json: ["legs": "aleg", "aleg_url": receiver.url("/elsewhere")])
        #expect(transfer.status == 202, "\(transfer.text)")
        client.advance(by: 0)
        let cdr = try client.cdr(bLeg)
        #expect(cdr["call_duration"]?.intValue == 0)
        client.advance(by: 20)
        #expect(!receiver.requests.contains { $0.path == "/events" })
        #expect(try client.allTraceEvents(uuid).contains("Dial ended by a transfer"))
    }
}

/// A call that dials again and again keeps no end hook per Dial once each is over (`CallEndHooks`).
@Suite("Call forwarding: repeated Dials")
struct CallDialRepeatTests {
    @Test("Ten busy Dials in a row leave no end hook on the A leg")
    func repeatedDialsLeaveNoHooks() throws {
        let dials = String(repeating: #"<Dial redirect="false"><Number>14155550123</Number></Dial>"#, count: 10)
        let receiver = try CallbackReceiver(documents: [
            "/answer": "<Response>\(dials)<Wait length=\"600\"/></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        client.setHandset("14155550123", #"{"voice": {"answer": "busy"}}"#)
        let uuid = try client.answeredCall(answerURL: receiver.url("/answer"))
        client.advance(by: 30)
        client.awaitTraceEvent(uuid, "Wait")
        let engine = client.application.engine
        let hooks = Mutex(-1)
        engine.loop.post(account: client.authID) { [runtime = engine.calls.runtime] _ in
            hooks.withLock { $0 = runtime.value.calls[uuid]?.endHooks.count ?? -1 }
        }
        client.advance(by: 0)
        #expect(hooks.withLock { $0 } == 0)
    }
}
