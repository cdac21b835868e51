import Testing

@testable import PlivoXML

@Suite struct PreAnswerTests {
    @Test("PreAnswer keeps its children in order")
    func readsChildren() throws {
        let preAnswer = try single(PreAnswer.self, "<PreAnswer><Speak>Hi</Speak><Wait length=\"2\"/><Play>https://example.com/a.mp3</Play></PreAnswer>")
        #expect(preAnswer.verbs.map(\.name) == ["Speak", "Wait", "Play"])
    }

    @Test("an empty PreAnswer is allowed")
    func allowsEmpty() throws {
        #expect(try single(PreAnswer.self, "<PreAnswer/>").verbs == [])
    }

    @Test("the SDK builders' extra children are accepted by default")
    func acceptsSDKChildren() throws {
        let preAnswer = try single(PreAnswer.self, """
            <PreAnswer><GetDigits action="https://example.com/pin"/><Redirect>https://example.com/next</Redirect>\
            <Message src="14155550100" dst="14155550101">hi</Message><DTMF>12</DTMF></PreAnswer>
            """)
        #expect(preAnswer.verbs.map(\.name) == ["GetDigits", "Redirect", "Message", "DTMF"])
    }

    @Test("an attribute on PreAnswer is an error even when unknown attributes are only warned about")
    func refusesAttributes() {
        let found = errors("<Response><PreAnswer loop=\"2\"><Speak>Hi</Speak></PreAnswer></Response>")
        #expect(found.map(\.message) == ["PreAnswer: takes no attributes, got loop"])
        #expect(found.map(\.kind) == [.unknownAttribute])
    }

    @Test("elements that need an answered call are not allowed in PreAnswer", arguments: ["Record", "Dial", "Conference", "Hangup", "PreAnswer"])
    func refusesOtherVerbs(verb: String) {
        #expect(messages("<PreAnswer><\(verb)/></PreAnswer>").first
            == "\(verb): not allowed inside PreAnswer (allowed: Speak, Play, Wait, GetDigits, Redirect, Message, DTMF)")
    }
}
