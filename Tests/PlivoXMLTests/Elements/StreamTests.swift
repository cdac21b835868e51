import Testing

@testable import PlivoXML

@Suite struct StreamTests {
    @Test("a bare Stream streams the inbound track with the documented defaults")
    func defaults() throws {
        let stream = try single(Stream.self, "<Stream>wss://media.example.com/call</Stream>")
        #expect(stream.url == "wss://media.example.com/call")
        #expect(stream.bidirectional == false)
        #expect(stream.audioTrack == .inbound)
        #expect(stream.streamTimeout == 86_400)
        #expect(stream.statusCallbackURL == nil)
        #expect(stream.statusCallbackMethod == .post)
        #expect(stream.contentType == .linear8k)
        #expect(stream.extraHeaders == [])
        #expect(stream.keepCallAlive == false)
        #expect(stream.noiseCancellation == false)
        #expect(stream.noiseCancellationLevel == 85)
    }

    @Test("every attribute is read")
    func readsAttributes() throws {
        let stream = try single(Stream.self, """
            <Stream bidirectional="true" audioTrack="inbound" streamTimeout="120" statusCallbackUrl="https://example.com/s" \
            statusCallbackMethod="GET" contentType="audio/x-mulaw;rate=8000" extraHeaders="a=1,b=two" keepCallAlive="true" \
            noiseCancellation="true" noiseCancellationLevel="60">ws://localhost:8080/media</Stream>
            """)
        #expect(stream.url == "ws://localhost:8080/media")
        #expect(stream.bidirectional == true)
        #expect(stream.streamTimeout == 120)
        #expect(stream.statusCallbackURL == "https://example.com/s")
        #expect(stream.statusCallbackMethod == .get)
        #expect(stream.contentType == .mulaw8k)
        #expect(stream.extraHeaders == [NameValuePair(name: "a", value: "1"), NameValuePair(name: "b", value: "two")])
        #expect(stream.keepCallAlive == true)
        #expect(stream.noiseCancellation == true)
        #expect(stream.noiseCancellationLevel == 60)
    }

    @Test("each documented content type is read", arguments: Stream.ContentType.allCases)
    func readsContentTypes(type: Stream.ContentType) throws {
        #expect(try single(Stream.self, "<Stream contentType=\"\(type.rawValue)\">wss://a.b/c</Stream>").contentType == type)
    }

    @Test("bad Stream values are refused", arguments: [
        ("<Stream/>", "Stream: needs an absolute ws/wss URL as its text"),
        ("<Stream>https://media.example.com</Stream>", #"Stream: text must be an absolute ws/wss URL, got "https://media.example.com""#),
        ("<Stream bidirectional=\"true\" audioTrack=\"both\">wss://a.b/c</Stream>",
         "Stream: audioTrack must be inbound when bidirectional is true, got both"),
        ("<Stream audioTrack=\"all\">wss://a.b/c</Stream>", #"Stream: attribute audioTrack must be one of inbound, outbound, both, got "all""#),
        ("<Stream contentType=\"audio/wav\">wss://a.b/c</Stream>",
         #"Stream: attribute contentType must be one of audio/x-l16;rate=8000, audio/x-l16;rate=16000, audio/x-mulaw;rate=8000, got "audio/wav""#),
        ("<Stream noiseCancellationLevel=\"59\">wss://a.b/c</Stream>",
         #"Stream: attribute noiseCancellationLevel must be an integer from 60 to 100, got "59""#),
        ("<Stream extraHeaders=\"novalue\">wss://a.b/c</Stream>",
         #"Stream: attribute extraHeaders must be comma-separated name=value pairs, got "novalue""#),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }

    @Test("a URL of more than 2048 characters is refused")
    func limitsURLLength() throws {
        let base = "wss://media.example.com/"
        let fits = base + String(repeating: "a", count: 2048 - base.count)
        _ = try single(Stream.self, "<Stream>\(fits)</Stream>")
        #expect(messages("<Stream>\(fits)a</Stream>") == ["Stream: the URL is 2049 characters; at most 2048 are allowed"])
    }

    @Test("extraHeaders is limited to 512 bytes")
    func limitsExtraHeaders() throws {
        let fits = "k=" + String(repeating: "v", count: 510)
        #expect(try single(Stream.self, "<Stream extraHeaders=\"\(fits)\">wss://a.b/c</Stream>").extraHeaders.count == 1)
        #expect(messages("<Stream extraHeaders=\"\(fits)v\">wss://a.b/c</Stream>").first?
            .hasPrefix("Stream: attribute extraHeaders must be at most 512 bytes") == true)
    }
}
