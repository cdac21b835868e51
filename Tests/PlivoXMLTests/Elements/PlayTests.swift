import Testing

@testable import PlivoXML

@Suite struct PlayTests {
    @Test("Play reads its URL and plays it once by default")
    func defaults() throws {
        let play = try single(Play.self, "<Play>\n  https://cdn.example.com/hello.mp3\n</Play>")
        #expect(play.url == "https://cdn.example.com/hello.mp3")
        #expect(play.loop == 1)
    }

    @Test("loop 0 means forever and is allowed")
    func readsLoop() throws {
        #expect(try single(Play.self, "<Play loop=\"0\">http://example.com/a.wav</Play>").loop == 0)
        #expect(try single(Play.self, "<Play loop=\"5\">http://example.com/a.wav</Play>").loop == 5)
    }

    @Test("Play needs an absolute http(s) URL as text", arguments: [
        ("<Play/>", "Play: needs an absolute http/https URL as its text"),
        ("<Play>hello.mp3</Play>", #"Play: text must be an absolute http/https URL, got "hello.mp3""#),
        ("<Play>ftp://example.com/a.mp3</Play>", #"Play: text must be an absolute http/https URL, got "ftp://example.com/a.mp3""#),
        ("<Play>https:///a.mp3</Play>", #"Play: text must be an absolute http/https URL, got "https:///a.mp3""#),
        ("<Play>https://example.com/my file.mp3</Play>",
         #"Play: text must be an absolute http/https URL, got "https://example.com/my file.mp3""#),
        ("<Play loop=\"-2\">https://example.com/a.mp3</Play>", #"Play: attribute loop must be an integer of at least 0, got "-2""#),
        ("<Play loop=\"+2\">https://example.com/a.mp3</Play>", #"Play: attribute loop must be an integer of at least 0, got "+2""#),
        ("<Play>https://example.com/a.mp3<Wait/></Play>", "Wait: not allowed inside Play, which takes text only"),
    ])
    func refusesBadURLs(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }

    @Test("URL schemes are matched without regard to case")
    func acceptsUpperCaseSchemes() throws {
        #expect(try single(Play.self, "<Play>HTTPS://Example.com/A.mp3</Play>").url == "HTTPS://Example.com/A.mp3")
    }
}
