import Testing
@testable import CallEngine
@testable import HTTPServerKit
@testable import MockPlivo
@testable import OutboundHTTP
@testable import PlivoSupport
@testable import Primitives

/// The media port against a live server on port 0 serving audio files, as a `<Play>` URL would be.
@Suite("The media port measures Play files over HTTP")
struct AudioMediaPortTests {
    /// A file server: generated audio, a page, a 404, a redirect, and a file behind 200 KB of ID3 tag that answers range
    /// requests. It records each request's target and headers.
    final class AudioServer: Sendable {
        static let wav = SilentAudio(.wav, microseconds: 2_500_000)
        static let mp3 = SilentAudio(.mp3, microseconds: 61_000_000)
        /// 200 KiB of 128 kbit/s frames without a Xing header: measured by its Content-Length alone.
        static let cbr = AudioFixtures.mpeg1Layer3Frames(490)
        static let coverArt = AudioFixtures.id3(size: 200_000) + mp3.bytes

        private let server: HTTPServer
        private let received = LockedValue<[(target: String, headers: HTTPHeaders)]>([])

        init() {
            let received = received
            let router = HTTPRouter(logError: { _ in }) { routes in
                func serve(_ route: String, _ response: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
                    routes.add(route) { request, _ in
                        received.withLock { $0.append((request.target, request.headers)) }
                        return response(request)
                    }
                }
                serve("GET /silence.wav") { _ in HTTPResponse(status: .ok, headers: ["Content-Type": "audio/wav"], body: Self.wav.bytes) }
                serve("GET /silence.mp3") { _ in HTTPResponse(status: .ok, headers: ["Content-Type": "audio/mpeg"], body: Self.mp3.bytes) }
                serve("GET /cbr.mp3") { _ in HTTPResponse(status: .ok, headers: ["Content-Type": "audio/mpeg"], body: Self.cbr) }
                serve("GET /page.mp3") { _ in
                    HTTPResponse(status: .ok, headers: ["Content-Type": "text/html"], body: Array("<html><body>Sign in</body></html>".utf8))
                }
                // Served rather than left to the router's 404, so that its fetches are counted.
                serve("GET /missing.mp3") { _ in HTTPResponse(status: .notFound, body: Array("no".utf8)) }
                serve("GET /moved.mp3") { _ in HTTPResponse(status: HTTPStatus(code: 302), headers: ["Location": "/silence.mp3"]) }
                serve("GET /cover-art.mp3") { request in
                    guard let range = request.headers["Range"], range.hasPrefix("bytes="),
                        let bounds = Optional(range.dropFirst(6).split(separator: "-")), bounds.count == 2,
                        let lower = Int(bounds[0]), let upper = Int(bounds[1])
                    else { return HTTPResponse(status: .ok, headers: ["Content-Type": "audio/mpeg"], body: Self.coverArt) }
                    let end = min(upper + 1, Self.coverArt.count)
                    return HTTPResponse(
                        status: HTTPStatus(code: 206),
                        headers: ["Content-Type": "audio/mpeg", "Content-Range": "bytes \(lower)-\(end - 1)/\(Self.coverArt.count)"],
                        body: Array(Self.coverArt[lower..<end]))
                }
            }
            server = HTTPServer(configuration: .liveTest, responder: router, log: { _ in })
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(server.port)\(path)" }
        var requests: [(target: String, headers: HTTPHeaders)] { received.withLock { $0 } }
        func start() throws { try server.start() }
        func stop() { server.stop() }
    }

    /// Runs `body` with a started server and a port on a client of its own, and always stops both.
    static func withAudioServer(
        cache: AudioLengthCache = AudioLengthCache(), _ body: (AudioServer, AudioMediaPort) async throws -> Void
    ) async throws {
        let server = AudioServer()
        try server.start()
        defer { server.stop() }
        try await withOutboundClient { client in
            try await body(server, AudioMediaPort(client: .success(client), cache: cache))
        }
    }

    @Test("Generated WAV and MP3 files are measured to the microsecond")
    func generatedFilesAreMeasured() async throws {
        try await Self.withAudioServer { server, port in
            #expect(await port.length(server.url("/silence.wav")) == .success(.microseconds(2_500_000)))
            #expect(await port.length(server.url("/silence.mp3")) == .success(.microseconds(AudioServer.mp3.microseconds)))
            let request = try #require(server.requests.first)
            #expect(request.target == "/silence.wav")
            #expect(request.headers["User-Agent"] == "PlivoHTTP/1.0")
            #expect(request.headers["X-Plivo-Signature-V3"] == nil)
        }
    }

    @Test("A constant-bitrate MP3 longer than what is read is measured by its Content-Length")
    func aConstantBitrateMP3IsMeasuredByItsContentLength() async throws {
        try await Self.withAudioServer { server, port in
            #expect(AudioServer.cbr.count > 64 * 1024)
            let expected = Int64(AudioServer.cbr.count) * 8 * 1_000_000 / 128_000
            #expect(await port.length(server.url("/cbr.mp3")) == .success(.microseconds(expected)))
        }
    }

    @Test("An MP3 behind 200 KB of ID3 tag is read again from its first frame with a range request")
    func anMP3BehindALargeID3TagIsReadAgain() async throws {
        try await Self.withAudioServer { server, port in
            #expect(await port.length(server.url("/cover-art.mp3")) == .success(.microseconds(AudioServer.mp3.microseconds)))
            #expect(server.requests.map { $0.headers["Range"] } == [nil, "bytes=200010-265545"])
        }
    }

    @Test("A 404, a redirect and a closed port are unreachable; a page is of unknown length")
    func failuresSayWhy() async throws {
        try await Self.withAudioServer { server, port in
            #expect(await port.length(server.url("/missing.mp3")) == .failure(MediaError(.unreachable, "answered 404")))
            #expect(await port.length(server.url("/moved.mp3")) == .failure(MediaError(.unreachable, "answered 302")))
            #expect(await port.length(server.url("/page.mp3")) == .failure(MediaError(
                .unknownLength, "not a WAV or MP3 file (it starts with \"<html><body>Sign in</bod…\")")))
            let closed = await port.length("http://127.0.0.1:1/x.mp3")
            #expect(closed.failureKind == .unreachable)
        }
    }

    @Test("A file on a host outside --outbound-hosts is unreachable at once, and never fetched")
    func aFileOutsideTheOutboundHostsIsUnreachable() async throws {
        try await Self.withAudioServer { server, port in
            var port = port
            port.hosts = OutboundHostPolicy(allowing: ["hooks.test"])
            #expect(await port.length(server.url("/silence.wav")) == .failure(MediaError(
                .unreachable, "could not connect: 127.0.0.1 is not among the allowed outbound hosts (--outbound-hosts)")))
            port.hosts = OutboundHostPolicy(allowing: ["loopback"])
            #expect(await port.length(server.url("/silence.mp3")) == .success(.microseconds(AudioServer.mp3.microseconds)))
            #expect(server.requests.map(\.target) == ["/silence.mp3"])
        }
    }

    @Test("A server that never answers is unreachable at the timeout")
    func aServerThatNeverAnswersIsUnreachableAtTheTimeout() async throws {
        let hole = try BlackHole()
        try await withOutboundClient { client in
            var port = AudioMediaPort(client: .success(client))
            port.timeout = .milliseconds(300)
            #expect(await port.length(hole.url("/x.mp3")) == .failure(MediaError(.unreachable, "timed out after 0.3 seconds")))
        }
    }

    @Test("Lookups of one URL share one fetch, and its length is cached; failures are not")
    func lookupsShareOneFetchAndLengthsAreCached() async throws {
        try await Self.withAudioServer { server, port in
            let url = server.url("/silence.mp3")
            let lengths = await withTaskGroup(of: Result<SimulatedDuration, MediaError>.self) { group in
                for _ in 0..<50 { group.addTask { await port.length(url) } }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(lengths.count == 50)
            #expect(lengths.allSatisfy { $0 == .success(.microseconds(AudioServer.mp3.microseconds)) })
            #expect(await port.length(url) == .success(.microseconds(AudioServer.mp3.microseconds)))
            #expect(server.requests.count == 1)

            _ = await port.length(server.url("/missing.mp3"))
            _ = await port.length(server.url("/missing.mp3"))
            #expect(server.requests.count == 3)
        }
    }
}

@Suite("The audio length cache")
struct AudioLengthCacheTests {
    @Test("Keeps at most its capacity, dropping the entry closest to expiring")
    func keepsAtMostItsCapacity() {
        let cache = AudioLengthCache(capacity: 3, lifetime: .seconds(60))
        let start = MonotonicInstant.now
        for (index, url) in ["a", "b", "c", "d"].enumerated() {
            #expect(cache.join(url, account: "MA1") { _ in } == .first)
            cache.finish(url, account: "MA1", with: .success(.seconds(Int64(index))), now: start + .seconds(Int64(index)))
        }
        #expect(cache.count == 3)
        #expect(cache.length(of: "a", now: start) == nil)
        #expect(cache.length(of: "d", now: start) == .seconds(3))
        #expect(cache.length(of: "b", now: start + .seconds(61)) == nil)
    }

    @Test("A second lookup of a URL on the same account waits for the first's fetch; another account fetches")
    func aSecondLookupWaitsForTheFirstsFetch() {
        let cache = AudioLengthCache()
        let results = LockedValue<[Result<SimulatedDuration, MediaError>]>([])
        #expect(cache.join("u", account: "MA1") { r in results.withLock { $0.append(r) } } == .first)
        #expect(cache.join("u", account: "MA1") { r in results.withLock { $0.append(r) } } == .waiting)
        #expect(cache.join("u", account: "MA2") { _ in } == .first)
        cache.finish("u", account: "MA1", with: .failure(MediaError(.unreachable, "answered 500")))
        #expect(results.withLock { $0 } == [.failure(MediaError(.unreachable, "answered 500")), .failure(MediaError(.unreachable, "answered 500"))])
        #expect(cache.length(of: "u") == nil)
    }
}

extension AudioMediaPort {
    /// The lookup, awaited.
    func length(_ url: String, account: String = "MAAUDIOTEST") async -> Result<SimulatedDuration, MediaError> {
        await withCheckedContinuation { continuation in
            audioLength(of: url, account: account) { continuation.resume(returning: $0) }
        }
    }
}

extension SimulatedDuration {
    static func microseconds(_ value: Int64) -> Self { Self(microseconds: value) }
}

extension Result where Failure == MediaError {
    var failureKind: MediaError.Kind? {
        if case .failure(let error) = self { error.kind } else { nil }
    }
}
