import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// The Conference API on rooms that calls joined: list, get, mute, deaf, kick, hang up members and rooms, each
/// answer compared with its plivo-python fixture (`docs/conferences.md`).
@Suite("Conferences: the API")
struct ConferenceAPITests {
    private static let answer = """
        <Response><Conference callbackUrl="{base}/events" action="{base}/left" redirect="false">My Conf Room</Conference>\
        <Speak>You left the room</Speak><Wait length="60"/></Response>
        """

    private func room(_ count: Int = 3) throws -> (CallbackReceiver, RouterClient, [String]) {
        let receiver = try CallbackReceiver(documents: ["/answer": Self.answer, "/left": "<Response/>"])
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(count, answerURL: receiver.url("/answer"), hangupURL: receiver.url("/hangup"))
        return (receiver, client, uuids)
    }

    @Test("List names the live rooms; get shows the members with the fixture's fields and run times")
    func listAndGet() throws {
        let (receiver, client, uuids) = try room()
        defer { receiver.stop() }
        client.advance(by: 10)
        let list = client.get("Conference/")
        #expect(list.status == 200)
        try FixtureShape.expectSameShape(list.json, as: "conferenceListResponse")
        #expect(list["conferences"]?.arrayValue?.compactMap(\.stringValue) == ["My Conf Room"])
        let room = client.get("Conference/My%20Conf%20Room/")
        #expect(room.status == 200)
        try FixtureShape.expectSameShape(room.json, as: "conferenceGetResponse")
        #expect(room.string("conference_member_count") == "3")
        // The room opened when the first call was answered, at 4 s; the clock is at 25 s.
        #expect(room.string("conference_run_time") == "21")
        let first = try #require(room["members"]?.arrayValue?.first)
        #expect(first["call_uuid"]?.stringValue == uuids[0])
        #expect(first["to"]?.stringValue == "14155550201")
        #expect(first["direction"]?.stringValue == "outbound")
        #expect(first["join_time"]?.stringValue == "21")
        #expect(room["members"]?.arrayValue?.last?["join_time"]?.stringValue == "11")
        #expect(first["muted"] == .bool(false))
    }

    @Test("Mute and deaf show in get, for one member, a list or all; unmute and undeaf undo them")
    func muteAndDeaf() throws {
        let (receiver, client, _) = try room()
        defer { receiver.stop() }
        let mute = client.post("Conference/My%20Conf%20Room/Member/1,3/Mute/")
        #expect(mute.status == 202)
        try FixtureShape.expectSameShape(mute.json, as: "conferenceMemberMuteCreateResponse")
        #expect(mute.string("member_id") == "1,3")
        let deaf = client.post("Conference/My%20Conf%20Room/Member/all/Deaf/")
        #expect(deaf.status == 202)
        try FixtureShape.expectSameShape(deaf.json, as: "conferenceMemberDeafCreateResponse")
        client.advance(by: 0)
        var members = client.members("My Conf Room")
        #expect(members.map { $0["muted"] } == [.bool(true), .bool(false), .bool(true)])
        #expect(members.map { $0["deaf"] } == [.bool(true), .bool(true), .bool(true)])
        let unmute = client.delete("Conference/My%20Conf%20Room/Member/1/Mute/")
        #expect(unmute.status == 200)
        #expect(unmute.string("message") == "unmuted")
        #expect(client.delete("Conference/My%20Conf%20Room/Member/2/Deaf/").string("message") == "undeaf")
        client.advance(by: 0)
        members = client.members("My Conf Room")
        #expect(members.map { $0["muted"] } == [.bool(false), .bool(false), .bool(true)])
        #expect(members.map { $0["deaf"] } == [.bool(true), .bool(false), .bool(true)])
    }

    @Test("Kick: the member leaves, hears exit and action, and its call goes on with the next verb")
    func kick() throws {
        let (receiver, client, uuids) = try room()
        defer { receiver.stop() }
        let kick = client.post("Conference/My%20Conf%20Room/Member/2/Kick/")
        #expect(kick.status == 202)
        try FixtureShape.expectSameShape(kick.json, as: "conferenceMemberKickCreateResponse")
        client.advance(by: 0)
        #expect(client.members("My Conf Room").compactMap { $0["member_id"]?.stringValue } == ["1", "3"])
        client.awaitTraceEvent(uuids[1], "Speak")
        #expect(client.get("Call/\(uuids[1])/?status=live").status == 200)
        // 3 answers, 3 enters, the exit and the action.
        let requests = receiver.requests(atLeast: 8)
        let exit = try #require(requests.first { $0.path == "/events" && $0.formParameters["ConferenceAction"] == "exit" })
        #expect(exit.formParameters["CallUUID"] == uuids[1])
        #expect(exit.formParameters["ConferenceMemberID"] == "2")
        let left = try #require(requests.first { $0.path == "/left" }).formParameters
        #expect(left["ConferenceMemberID"] == "2")
        #expect(left["ConferenceName"] == "My Conf Room")
    }

    @Test("Hanging up a member ends its call, with its hangup request and CDR; the others stay")
    func hangupMember() throws {
        let (receiver, client, uuids) = try room()
        defer { receiver.stop() }
        client.advance(by: 3)
        let hangup = client.delete("Conference/My%20Conf%20Room/Member/3/")
        #expect(hangup.status == 200)
        try FixtureShape.expectSameShape(hangup.json, as: "conferenceMemberDeleteResponse")
        client.advance(by: 0)
        // Answered at 14 s, hung up at 18 s.
        #expect(try client.cdr(uuids[2])["call_duration"]?.intValue == 4)
        // 3 answers, 3 enters, the exit and the hangup.
        let requests = receiver.requests(atLeast: 8)
        let hangupRequest = try #require(requests.first { $0.path == "/hangup" }).formParameters
        #expect(hangupRequest["CallUUID"] == uuids[2])
        #expect(hangupRequest["HangupSource"] == "API Request")
        #expect(hangupRequest["HangupCauseName"] == "Normal Hangup")
        #expect(!requests.contains { $0.path == "/left" })
        #expect(client.members("My Conf Room").count == 2)
    }

    @Test("Hanging up a room ends every member's call; hanging up all ends every room")
    func hangupRooms() throws {
        let (receiver, client, uuids) = try room(2)
        defer { receiver.stop() }
        let one = client.delete("Conference/My%20Conf%20Room/")
        #expect(one.status == 200)
        try FixtureShape.expectSameShape(one.json, as: "conferenceDeleteResponse")
        client.advance(by: 0)
        for uuid in uuids { _ = try client.cdr(uuid) }
        #expect(try client.list("Call/?hangup_source=API%20Request").total == 2)
        #expect(client.get("Conference/My%20Conf%20Room/").status == 404)
        let all = client.delete("Conference/")
        #expect(all.status == 200)
        try FixtureShape.expectSameShape(all.json, as: "conferenceDeleteAllResponse")
        #expect(client.get("Conference/").json?["conferences"]?.arrayValue?.isEmpty == true)
    }

    @Test(
        "Hanging up a room or all its members: no member requests action, even when one leaving ends the room",
        arguments: ["Conference/Ends/", "Conference/Ends/Member/all/"])
    func hangupSendsNoAction(path: String) throws {
        // endConferenceOnExit: the first member hung up ends the room, which takes out the others while their
        // calls are about to be hung up too; they must not ask the user's server where to go next.
        let document = """
            <Response><Conference endConferenceOnExit="true" action="{base}/left">Ends</Conference>\
            <Wait length="60"/></Response>
            """
        let receiver = try CallbackReceiver(documents: ["/answer": document, "/left": "<Response/>"])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(3, answerURL: receiver.url("/answer"), hangupURL: receiver.url("/hangup"))
        #expect(client.delete(path).status == 200)
        client.advance(by: 0)
        for uuid in uuids { _ = try client.cdr(uuid) }
        // 3 answers and 3 hangups. A call's requests go out in order, so a member's `/left`, had it been sent,
        // would have come before its `/hangup`: with all three hangups here, none can still be on its way.
        let requests = receiver.requests(atLeast: 6)
        #expect(requests.filter { $0.path == "/hangup" }.count == 3)
        #expect(!requests.contains { $0.path == "/left" })
        #expect(try client.list("Call/?hangup_source=API%20Request").total == 3)
    }

    @Test("An unknown room or member is Plivo's 404 envelope")
    func notFound() throws {
        let (receiver, client, _) = try room(1)
        defer { receiver.stop() }
        for response in [
            client.get("Conference/Nobody/"), client.delete("Conference/Nobody/"),
            client.post("Conference/My%20Conf%20Room/Member/9/Kick/"),
            client.delete("Conference/My%20Conf%20Room/Member/9,10/"),
            client.post("Conference/Nobody/Member/all/Mute/"),
        ] {
            #expect(response.status == 404)
            #expect(response.string("error") == "not found")
            #expect(response.string("api_id") != nil)
        }
    }

    @Test("Play and Speak reach each selected member as on its call, traced and timed; their DELETEs stop them")
    func playAndSpeak() throws {
        let (receiver, client, uuids) = try room(2)
        defer { receiver.stop() }
        let speak = client.post("Conference/My%20Conf%20Room/Member/all/Speak/", json: ["text": "Welcome to the standup"])
        #expect(speak.status == 202)
        try FixtureShape.expectSameShape(speak.json, as: "conferenceMemberSpeakCreateResponse")
        client.advance(by: 0)
        for uuid in uuids {
            let started = client.traceEntry(uuid, "live speak started")
            #expect(started?["details"]?["seconds"]?.stringValue == "1.6")
        }
        let stopSpeak = client.delete("Conference/My%20Conf%20Room/Member/2/Speak/")
        #expect(stopSpeak.status == 200)
        try FixtureShape.expectSameShape(stopSpeak.json, as: "conferenceMemberSpeakDeleteResponse")
        let play = client.post("Conference/My%20Conf%20Room/Member/1/Play/", json: ["url": receiver.url("/music.mp3")])
        #expect(play.status == 202)
        try FixtureShape.expectSameShape(play.json, as: "conferenceMemberPlayCreateResponse")
        let stopPlay = client.delete("Conference/My%20Conf%20Room/Member/1/Play/")
        #expect(stopPlay.status == 200)
        try FixtureShape.expectSameShape(stopPlay.json, as: "conferenceMemberPlayDeleteResponse")
        client.advance(by: 0)
        #expect(client.traceEntry(uuids[0], "live play started") != nil)
        #expect(client.post("Conference/My%20Conf%20Room/Member/1/Play/", json: [:]).status == 400)
        #expect(client.post("Conference/My%20Conf%20Room/Member/1/Speak/", json: [:]).status == 400)
    }

    @Test("Record: the room is recorded until stopped; a Recording of kind conference is stored and its callback sent")
    func record() throws {
        let (receiver, client, uuids) = try room(2)
        defer { receiver.stop() }
        let start = client.post("Conference/My%20Conf%20Room/Record/", json: ["callback_url": receiver.url("/recorded")])
        #expect(start.status == 202)
        try FixtureShape.expectSameShape(start.json, as: "conferenceRecordCreateResponse")
        let id = try #require(start.string("recording_id"))
        client.advance(by: 0)
        client.advance(by: 12)
        #expect(client.delete("Conference/My%20Conf%20Room/Record/").status == 204)
        client.advance(by: 0)
        let recording = client.get("Recording/\(id)/")
        #expect(recording.status == 200)
        #expect(recording.string("recording_type") == "conference")
        #expect(recording.string("conference_name") == "My Conf Room")
        #expect(recording.string("call_uuid") == uuids[0])
        #expect(recording.string("recording_url") == start.string("url"))
        let callback = try #require(receiver.requests(atLeast: 5).first { $0.path == "/recorded" }).formParameters
        #expect(callback["recording_id"] == id)
        #expect(callback["conference_name"] == "My Conf Room")
        #expect(callback["recording_duration_ms"] == "12000")
        #expect(client.post("Conference/Nobody/Record/").status == 404)
    }

    @Test("record=\"true\" records the room from the first member to its end; action gets RecordUrl and RecordingID")
    func recordFromXML() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Conference record="true" recordFileFormat="wav" timeLimit="20" action="{base}/left" \
                redirect="false">Recorded</Conference></Response>
                """,
            "/left": "<Response/>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        _ = try client.callMembers(2, answerURL: receiver.url("/answer"))
        client.advance(by: 20)
        // 2 answers, 2 actions, and 2 hangups (to answer_url, as the calls have no hangup_url).
        let actions = receiver.requests(atLeast: 6).filter { $0.path == "/left" }.map(\.formParameters)
        #expect(actions.count == 2)
        let id = try #require(actions.first?["RecordingID"])
        #expect(actions.allSatisfy { $0["RecordingID"] == id && $0["RecordUrl"]?.hasSuffix("/\(id).wav") == true })
        let recording = client.get("Recording/\(id)/")
        #expect(recording.string("recording_type") == "conference")
        #expect(recording.string("recording_duration_ms")?.hasPrefix("20000") == true)
    }

    @Test("The console's calls page shows each live room with its members, escaped, linking to their calls")
    func console() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": "<Response><Conference muted=\"true\">Team &lt;b&gt;A&lt;/b&gt;</Conference></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuids = try client.callMembers(2, answerURL: receiver.url("/answer"))
        let page = client.get("/console/calls/")
        #expect(page.status == 200)
        #expect(page.text.contains("Team &lt;b&gt;A&lt;/b&gt;"))
        #expect(!page.text.contains("<b>A</b>"))
        for uuid in uuids { #expect(page.text.contains("id=\"member-\(uuid)\"")) }
        #expect(page.text.contains("<td data-field=\"muted\">yes</td>"))
    }

    @Test("An account reset ends its rooms silently, and the name opens a fresh room afterwards")
    func reset() throws {
        let (receiver, client, _) = try room(2)
        defer { receiver.stop() }
        let before = try #require(client.members("My Conf Room").first?["call_uuid"]?.stringValue)
        #expect(client.post("/__mock/accounts/\(client.authID)/reset/").status == 200)
        #expect(client.get("Conference/").json?["conferences"]?.arrayValue?.isEmpty == true)
        client.advance(by: 0)
        let again = try client.callMembers(1, answerURL: receiver.url("/answer"))
        let members = client.members("My Conf Room")
        #expect(members.compactMap { $0["call_uuid"]?.stringValue } == again)
        #expect(members.first?["member_id"]?.stringValue == "1")
        #expect(again.first != before)
    }
}
