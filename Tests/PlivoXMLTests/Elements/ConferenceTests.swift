import Testing

@testable import PlivoXML

@Suite struct ConferenceTests {
    @Test("a bare Conference joins the named room with the documented defaults")
    func defaults() throws {
        let conference = try single(Conference.self, "<Conference>  My Room  </Conference>")
        #expect(conference.roomName == "My Room")
        #expect(conference.muted == false)
        #expect(conference.enterSound == .silent)
        #expect(conference.exitSound == .silent)
        #expect(conference.startConferenceOnEnter == true)
        #expect(conference.endConferenceOnExit == false)
        #expect(conference.stayAlone == true)
        #expect(conference.waitSound == nil)
        #expect(conference.maxMembers == 20)
        #expect(conference.timeLimit == 86_400)
        #expect(conference.hangupOnStar == false)
        #expect(conference.record == false)
        #expect(conference.recordFileFormat == .mp3)
        #expect(conference.recordWhenAlone == nil)
        #expect(conference.transcriptionType == nil)
        #expect(conference.transcriptionMethod == .post)
        #expect(conference.action == nil)
        #expect(conference.method == .post)
        #expect(conference.callbackURL == nil)
        #expect(conference.callbackMethod == .post)
        #expect(conference.redirect == true)
        #expect(conference.digitsMatch == [])
        #expect(conference.floorEvent == false)
        #expect(conference.relayDTMF == true)
        #expect(conference.sendDigits == nil)
    }

    @Test("every attribute is read")
    func readsAttributes() throws {
        let conference = try single(Conference.self, """
            <Conference muted="true" enterSound="beep:1" exitSound="https://example.com/bye" startConferenceOnEnter="false" \
            endConferenceOnExit="true" stayAlone="false" waitSound="https://example.com/wait" maxMembers="5" timeLimit="600" \
            hangupOnStar="true" record="true" recordFileFormat="wav" recordWhenAlone="true" transcriptionType="auto" \
            transcriptionUrl="https://example.com/t" transcriptionMethod="GET" action="https://example.com/left" method="GET" \
            callbackUrl="https://example.com/events" callbackMethod="GET" redirect="false" digitsMatch="#0,99" \
            floorEvent="true" relayDTMF="false" sendDigits="12" beep="true">standup</Conference>
            """)
        #expect(conference.muted == true)
        #expect(conference.enterSound == .beepOnce)
        #expect(conference.exitSound == .url("https://example.com/bye"))
        #expect(conference.startConferenceOnEnter == false)
        #expect(conference.endConferenceOnExit == true)
        #expect(conference.stayAlone == false)
        #expect(conference.waitSound == "https://example.com/wait")
        #expect(conference.maxMembers == 5)
        #expect(conference.timeLimit == 600)
        #expect(conference.hangupOnStar == true)
        #expect(conference.record == true)
        #expect(conference.recordFileFormat == .wav)
        #expect(conference.recordWhenAlone == true)
        #expect(conference.transcriptionType == .auto)
        #expect(conference.transcriptionURL == "https://example.com/t")
        #expect(conference.transcriptionMethod == .get)
        #expect(conference.action == "https://example.com/left")
        #expect(conference.method == .get)
        #expect(conference.callbackURL == "https://example.com/events")
        #expect(conference.callbackMethod == .get)
        #expect(conference.redirect == false)
        #expect(conference.digitsMatch == ["#0", "99"])
        #expect(conference.floorEvent == true)
        #expect(conference.relayDTMF == false)
        #expect(conference.sendDigits == "12")
    }

    @Test("enterSound beep:2 and an empty value are read")
    func readsSounds() throws {
        #expect(try single(Conference.self, "<Conference enterSound=\"beep:2\">r</Conference>").enterSound == .beepTwice)
        #expect(try single(Conference.self, "<Conference enterSound=\"\">r</Conference>").enterSound == .silent)
    }

    @Test("bad Conference values are refused", arguments: [
        ("<Conference/>", "Conference: needs the room name as its text"),
        ("<Conference maxMembers=\"21\">r</Conference>", #"Conference: attribute maxMembers must be an integer from 1 to 20, got "21""#),
        ("<Conference maxMembers=\"0\">r</Conference>", #"Conference: attribute maxMembers must be an integer from 1 to 20, got "0""#),
        ("<Conference enterSound=\"beep:3\">r</Conference>",
         #"Conference: attribute enterSound must be empty, beep:1, beep:2 or an absolute http/https URL, got "beep:3""#),
        ("<Conference recordFileFormat=\"ogg\">r</Conference>", #"Conference: attribute recordFileFormat must be one of mp3, wav, got "ogg""#),
        ("<Conference timeLimit=\"0\">r</Conference>", #"Conference: attribute timeLimit must be an integer of at least 1, got "0""#),
        ("<Conference><Play>https://example.com/a.mp3</Play></Conference>",
         "Play: not allowed inside Conference, which takes text only"),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml).contains(message))
    }
}
