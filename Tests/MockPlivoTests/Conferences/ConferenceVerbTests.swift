import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// `<Conference>`: calls join a named room, wait for it to start, leave it (kicked, `*`, the room ending, their call
/// ending), and go on with `action` or the next verb (`docs/conferences.md`).
@Suite("Conferences: the Conference verb")
struct ConferenceVerbTests {
    @Test("Three calls join one room as members 1, 2 and 3; callbackUrl hears each enter")
    func join() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Conference callbackUrl="{base}/events">Standup</Conference></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(3, answerURL: receiver.url("/answer"))
        let members = client.members("Standup")
        #expect(members.compactMap { $0["member_id"]?.stringValue } == ["1", "2", "3"])
        #expect(members.compactMap { $0["call_uuid"]?.stringValue } == uuids)
        let events = receiver.requests(atLeast: 6).filter { $0.path == "/events" }.map(\.formParameters)
        #expect(events.count == 3)
        #expect(events.allSatisfy { $0["ConferenceAction"] == "enter" && $0["ConferenceName"] == "Standup" })
        #expect(Set(events.compactMap { $0["CallUUID"] }) == Set(uuids))
        #expect(Set(events.compactMap { $0["ConferenceUUID"] }).count == 1)
    }

    @Test("endConferenceOnExit: the moderator's hangup ends the room; the others leave, request action and go on")
    func endConferenceOnExit() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Conference action="{base}/left" redirect="false" callbackUrl="{base}/events" \
                endConferenceOnExit="true">Standup</Conference><Speak>The meeting is over</Speak></Response>
                """,
            "/left": "<Response/>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        client.setHandset("14155550201", #"{"voice": {"hangup_after_ms": 20000}}"#)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        client.advance(by: 20)
        client.awaitTraceEvent(uuids[1], "Conference ended")
        #expect(client.get("Conference/").json?["conferences"]?.arrayValue?.isEmpty == true)
        // The second member goes on: "The meeting is over" (4 words) and its document ends.
        client.advance(by: 5)
        #expect(try client.cdr(uuids[1]).status == 200)
        // 2 answers, 2 enters, 2 exits, 1 action, and 2 hangups (to answer_url, as the calls have no hangup_url).
        let requests = receiver.requests(atLeast: 9)
        let exits = requests.filter { $0.path == "/events" && $0.formParameters["ConferenceAction"] == "exit" }
        #expect(Set(exits.compactMap { $0.formParameters["CallUUID"] }) == Set(uuids))
        // The first member's call ended: no action for it; the second's is requested with its ids.
        let actions = requests.filter { $0.path == "/left" }.map(\.formParameters)
        #expect(actions.count == 1)
        #expect(actions.first?["CallUUID"] == uuids[1])
        #expect(actions.first?["ConferenceName"] == "Standup")
        #expect(actions.first?["ConferenceMemberID"] == "2")
        #expect(actions.first?["ConferenceUUID"] == exits.first?.formParameters["ConferenceUUID"])
        #expect(try client.allTraceEvents(uuids[1]).contains("Speak"))
    }

    @Test("maxMembers, fixed by the first member: a call finding the room full runs the next verb")
    func full() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Conference maxMembers="2">Standup</Conference><Hangup/></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        let third = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550203", "answer_url": receiver.url("/answer"),
        ]).first)
        client.advance(by: 5)
        client.awaitTraceEvent(third, "Conference full")
        client.advance(by: 0)
        #expect(try client.cdr(third).status == 200)
        #expect(client.members("Standup").compactMap { $0["call_uuid"]?.stringValue } == uuids)
    }

    @Test("hangupOnStar: the member presses * and leaves; its call goes on with the next verb")
    func hangupOnStar() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Conference hangupOnStar="true">Standup</Conference><Wait length="60"/></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        #expect(client.post("/__mock/Account/\(client.authID)/Call/\(uuids[0])/Press/", json: ["digits": "*"]).status == 202)
        client.advance(by: 0)
        #expect(client.members("Standup").compactMap { $0["call_uuid"]?.stringValue } == [uuids[1]])
        let events = try client.allTraceEvents(uuids[0])
        #expect(events.contains("Conference hangupOnStar"))
        #expect(events.contains("Wait"))
        #expect(client.get("Call/\(uuids[0])/?status=live").status == 200)
    }

    @Test("timeLimit ends the room: every member leaves and goes on")
    func timeLimit() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Conference timeLimit="30">Standup</Conference></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        client.advance(by: 30)
        for uuid in uuids {
            #expect(try client.cdr(uuid).status == 200)
            #expect(try client.allTraceEvents(uuid).contains("Conference ended"))
        }
        #expect(client.get("Conference/Standup/").status == 404)
    }

    @Test("stayAlone false: the room ends when one member is left")
    func stayAlone() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Conference stayAlone="false">Standup</Conference><Wait length="60"/></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        client.setHandset("14155550201", #"{"voice": {"hangup_after_ms": 10000}}"#)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        client.advance(by: 10)
        client.awaitTraceEvent(uuids[1], "Conference ended")
        #expect(client.get("Conference/Standup/").status == 404)
        #expect(client.get("Call/\(uuids[1])/?status=live").status == 200)
    }

    @Test("startConferenceOnEnter false: members wait with the wait sound until a starting member joins")
    func waitsToStart() throws {
        let receiver = try CallbackReceiver(documents: [
            "/wait": """
                <Response><Conference startConferenceOnEnter="false" waitSound="{base}/music">Standup</Conference></Response>
                """,
            "/host": "<Response><Conference>Standup</Conference></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let waiting = try client.callMembers(1, answerURL: receiver.url("/wait"), until: "Conference waits to start")
        let entry = client.traceEntry(waiting[0], "Conference waits to start")
        #expect(entry?["details"]?["wait_sound"]?.stringValue == receiver.url("/music"))
        let host = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550209", "answer_url": receiver.url("/host"),
        ]).first)
        client.advance(by: 5)
        client.awaitTraceEvent(host, "Conference entered")
        client.awaitTraceEvent(waiting[0], "Conference started")
    }

    @Test("A member transferred through the API leaves its room and runs the new document")
    func transfer() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Conference callbackUrl="{base}/events">Standup</Conference></Response>"#,
            "/elsewhere": #"<Response><Wait length="60"/></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        #expect(client.post("Call/\(uuids[0])/", json: ["legs": "aleg", "aleg_url": receiver.url("/elsewhere")]).status == 202)
        client.advance(by: 0)
        client.awaitTraceEvent(uuids[0], "Wait")
        #expect(client.members("Standup").compactMap { $0["call_uuid"]?.stringValue } == [uuids[1]])
    }

    @Test("digitsMatch: a member's keys ending with a pattern reach callbackUrl as digits; enterSound and relayed keys are traced in the room")
    func digitsMatch() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Conference callbackUrl="{base}/events" digitsMatch="12,#9" enterSound="beep:1">Standup</Conference></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        #expect(client.post("/__mock/Account/\(client.authID)/Call/\(uuids[1])/Press/", json: ["digits": "5#9"]).status == 202)
        client.advance(by: 0)
        // 2 answers, 2 enters and the digits.
        let digits = try #require(receiver.requests(atLeast: 5).first {
            $0.path == "/events" && $0.formParameters["ConferenceAction"] == "digits"
        }).formParameters
        #expect(digits["ConferenceDigitsMatch"] == "#9")
        #expect(digits["ConferenceMemberID"] == "2")
        #expect(digits["CallUUID"] == uuids[1])
        // The first member hears both arrivals' beeps, and the second's keys (relayDTMF defaults to true).
        let heard = try client.allTraceEvents(uuids[0])
        #expect(heard.filter { $0 == "Conference enter sound" }.count == 2)
        #expect(heard.contains("Conference keys relayed"))
    }
}
