import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Byte ranges of recording files")
struct ByteRangeTests {
    @Test("A Range header resolves to one range, the whole file, or nothing", arguments: [
        (nil, ByteRange.whole),
        ("bytes=0-43", .partial(0..<44)),
        ("bytes=100-", .partial(100..<1_000)),
        ("bytes=900-5000", .partial(900..<1_000)),
        ("bytes=-100", .partial(900..<1_000)),
        ("bytes=-5000", .partial(0..<1_000)),
        ("bytes=999-999", .partial(999..<1_000)),
        ("bytes=1000-", .unsatisfiable),
        ("bytes=-0", .unsatisfiable),
        ("bytes=5-4", .whole),
        ("bytes=0-1,5-6", .whole),
        ("items=0-1", .whole),
        ("bytes=x-", .whole),
        ("bytes=-", .whole),
    ] as [(String?, ByteRange)])
    func resolves(header: String?, expected: ByteRange) {
        #expect(ByteRange(header: header, length: 1_000) == expected)
    }

    @Test("A recording file serves a range as 206 with Content-Range, and 416 past its end")
    func partialFile() throws {
        let client = try RouterClient()
        client.storeRecording("rec", format: .wav, seconds: 1)
        let path = "/v1/Account/\(client.authID)/Recording/rec.wav"
        let whole = client.get(path)
        #expect(whole.headers["Accept-Ranges"] == "bytes")
        let head = client.send(.get, path, headers: [("Range", "bytes=0-43")])
        #expect(head.status == 206)
        #expect(head.headers["Content-Range"] == "bytes 0-43/16044")
        #expect(head.body == Array(whole.body[0..<44]))
        let tail = client.send(.get, path, headers: [("Range", "bytes=-4")])
        #expect(tail.body == Array(whole.body.suffix(4)))
        let past = client.send(.get, path, headers: [("Range", "bytes=16044-")])
        #expect(past.status == 416)
        #expect(past.headers["Content-Range"] == "bytes */16044")
    }
}
