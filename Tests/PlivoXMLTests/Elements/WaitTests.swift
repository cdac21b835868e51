import Testing

@testable import PlivoXML

@Suite struct WaitTests {
    @Test("a bare Wait waits one second, without silence or beep detection")
    func defaults() throws {
        let wait = try single(Wait.self, "<Wait/>")
        #expect(wait.length == 1)
        #expect(wait.silence == false)
        #expect(wait.minSilence == 2000)
        #expect(wait.beep == nil)
    }

    @Test("length, silence and minSilence are read")
    func readsAttributes() throws {
        let wait = try single(Wait.self, "<Wait length=\"10\" silence=\"true\" minSilence=\"1500\"/>")
        #expect(wait.length == 10)
        #expect(wait.silence == true)
        #expect(wait.minSilence == 1500)
    }

    @Test("Node's min_silence spelling is read too")
    func readsSnakeCaseMinSilence() throws {
        #expect(try single(Wait.self, "<Wait silence=\"true\" min_silence=\"700\"/>").minSilence == 700)
    }

    @Test("beep is off, on with defaults, or on with settings")
    func readsBeep() throws {
        var custom = BeepDetection()
        custom.duration = 200
        custom.threshold = 100
        #expect(try single(Wait.self, "<Wait beep=\"false\"/>").beep == nil)
        #expect(try single(Wait.self, "<Wait beep=\"true\"/>").beep == BeepDetection())
        #expect(try single(Wait.self, "<Wait beep=\"duration=200,threshold=100\"/>").beep == custom)
        let full = try #require(try single(Wait.self, "<Wait beep=\"duration=1,inter_silence=2,intra_silence=3,threshold=4\"/>").beep)
        #expect([full.duration, full.interSilence, full.intraSilence, full.threshold] == [1, 2, 3, 4])
    }

    @Test("bad Wait values are refused", arguments: [
        ("<Wait length=\"0\"/>", #"Wait: attribute length must be an integer of at least 1, got "0""#),
        ("<Wait length=\"1.5\"/>", #"Wait: attribute length must be an integer of at least 1, got "1.5""#),
        ("<Wait silence=\"yes\"/>", #"Wait: attribute silence must be true or false, got "yes""#),
        ("<Wait silence=\"True\"/>", #"Wait: attribute silence must be true or false, got "True""#),
        ("<Wait minSilence=\"0\"/>", #"Wait: attribute minSilence must be an integer of at least 1, got "0""#),
        ("<Wait beep=\"loud\"/>",
         #"Wait: attribute beep must be true, false, or settings such as duration=300,inter_silence=50,intra_silence=500,threshold=256, got "loud""#),
        ("<Wait beep=\"volume=3\"/>",
         #"Wait: attribute beep must be true, false, or settings such as duration=300,inter_silence=50,intra_silence=500,threshold=256, got "volume=3""#),
        ("<Wait minSilence=\"100\" min_silence=\"200\"/>", "Wait: give minSilence or min_silence, not both"),
        ("<Wait>5</Wait>", #"Wait: takes no text, got "5""#),
        ("<Wait><Play>https://example.com/a.mp3</Play></Wait>", "Play: not allowed inside Wait, which takes no content"),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }

    @Test("values are trimmed before they are read")
    func trimsValues() throws {
        #expect(try single(Wait.self, "<Wait length=\" 7 \"/>").length == 7)
    }

    @Test("an empty value counts as absent, so the default applies")
    func treatsEmptyAsAbsent() throws {
        #expect(try single(Wait.self, "<Wait length=\"\"/>").length == 1)
    }
}
