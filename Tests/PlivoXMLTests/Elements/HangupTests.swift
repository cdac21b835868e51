import Testing

@testable import PlivoXML

@Suite struct HangupTests {
    @Test("a bare Hangup hangs up at once with no reason")
    func defaults() throws {
        let hangup = try single(Hangup.self, "<Hangup/>")
        #expect(hangup.reason == nil)
        #expect(hangup.schedule == nil)
    }

    @Test("reason and schedule are read", arguments: [
        ("<Hangup reason=\"rejected\"/>", Hangup.Reason.rejected, nil),
        ("<Hangup reason=\"busy\"/>", .busy, nil),
        ("<Hangup reason=\"rejected\" schedule=\"60\"/>", .rejected, 60),
        ("<Hangup schedule=\"1\"/>", nil, 1),
    ] as [(String, Hangup.Reason?, Int?)])
    func readsAttributes(xml: String, reason: Hangup.Reason?, schedule: Int?) throws {
        let hangup = try single(Hangup.self, xml)
        #expect(hangup.reason == reason)
        #expect(hangup.schedule == schedule)
    }

    @Test("bad Hangup values are refused", arguments: [
        ("<Hangup reason=\"dummy\"/>", #"Hangup: attribute reason must be one of rejected, busy, got "dummy""#),
        ("<Hangup schedule=\"0\"/>", #"Hangup: attribute schedule must be an integer of at least 1, got "0""#),
        ("<Hangup>now</Hangup>", #"Hangup: takes no text, got "now""#),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }
}
