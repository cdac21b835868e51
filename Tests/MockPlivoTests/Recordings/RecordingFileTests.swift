#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Foundation
import Primitives
import Testing
@testable import CallEngine
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Recording files: silent audio of the recorded length at recording_url, without credentials")
struct RecordingFileTests {
    /// Fetches `url` over the wire with no credentials.
    static func fetch(_ url: String, method: String = "GET") async throws -> (status: Int, headers: [AnyHashable: Any], body: [UInt8]) {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = method
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.allHeaderFields, Array(data))
    }

    static func header(_ name: String, in headers: [AnyHashable: Any]) -> String? {
        headers.first { ($0.key as? String)?.lowercased() == name.lowercased() }?.value as? String
    }

    @Test("recording_url names the bound port and serves an MP3 and a WAV that play for the recorded length")
    func download() async throws {
        let client = try RouterClient()
        client.storeRecording("voicemail", format: .mp3, seconds: 7.56)
        client.storeRecording("greeting", format: .wav, seconds: 3.2)
        let server = client.application.server
        try server.start()
        defer { server.stop() }

        let mp3URL = try #require(client.get("Recording/voicemail/").string("recording_url"))
        #expect(mp3URL == "http://127.0.0.1:\(server.port)/v1/Account/\(client.authID)/Recording/voicemail.mp3")
        let mp3 = try await Self.fetch(mp3URL)
        #expect(mp3.status == 200)
        #expect(Self.header("Content-Type", in: mp3.headers) == "audio/mpeg")
        #expect(Self.header("Content-Length", in: mp3.headers) == String(mp3.body.count))
        let mp3Length = try AudioLength.read(mp3.body, fileSize: mp3.body.count)
        #expect(mp3Length.format == .mp3)
        // To the nearest 36 ms frame.
        #expect(abs(mp3Length.microseconds - 7_560_000) <= 18_000)

        let wavURL = try #require(try client.list("Recording/?call_uuid=c0ffee00-0000-4000-8000-000000000001")
            .objects.first { $0["recording_id"]?.stringValue == "greeting" }?["recording_url"]?.stringValue)
        let wav = try await Self.fetch(wavURL)
        #expect(wav.status == 200)
        #expect(Self.header("Content-Type", in: wav.headers) == "audio/wav")
        #expect(Self.header("Content-Length", in: wav.headers) == String(wav.body.count))
        let wavLength = try AudioLength.read(wav.body, fileSize: wav.body.count)
        #expect(wavLength.format == .wav)
        #expect(wavLength.microseconds == 3_200_000)

        let head = try await Self.fetch(mp3URL, method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(Self.header("Content-Length", in: head.headers) == String(mp3.body.count))
        #expect(Self.header("Content-Type", in: head.headers) == "audio/mpeg")
    }

    @Test("Another extension, account or id, and a deleted recording, are 404s in Plivo's error shape")
    func notFound() async throws {
        let client = try RouterClient()
        let sub = try client.makeSubaccount()
        client.storeRecording("rec", format: .mp3)
        client.storeRecording("sub-rec", subaccountID: sub.authID, format: .wav)
        let server = client.application.server
        try server.start()
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)/v1/Account"

        // A subaccount's recording lives under the main account, as its recording_url says.
        #expect(try await Self.fetch("\(base)/\(client.authID)/Recording/sub-rec.wav").status == 200)
        for (path, missing) in [
            ("\(client.authID)/Recording/rec.wav", "rec.wav"),
            ("\(client.authID)/Recording/nothing.mp3", "nothing.mp3"),
            ("\(sub.authID)/Recording/sub-rec.wav", "sub-rec.wav"),
            ("MAOTHERACCOUNT000001/Recording/rec.mp3", "rec.mp3"),
        ] {
            let response = try await Self.fetch("\(base)/\(path)")
            #expect(response.status == 404, "\(path)")
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(response.body))
            #expect(json["error"]?.stringValue == "recording \(missing) not found", "\(path)")
            #expect(json["api_id"]?.stringValue != nil)
        }
        #expect(client.delete("Recording/rec/").status == 204)
        #expect(try await Self.fetch("\(base)/\(client.authID)/Recording/rec.mp3").status == 404)
    }

    @Test("The file routes need no credentials and leave the authenticated JSON route where it was")
    func routing() throws {
        let client = try RouterClient()
        client.storeRecording("rec", format: .wav, seconds: 1)
        let anonymous = client.authenticated(as: "nobody", token: "wrong")
        let file = anonymous.get("/v1/Account/\(client.authID)/Recording/rec.wav")
        #expect(file.status == 200)
        #expect(file.headers["Content-Type"] == "audio/wav")
        #expect(file.body.count == 44 + 16_000)
        #expect(anonymous.get("/v1/Account/\(client.authID)/Recording/rec/").status == 401)
        #expect(anonymous.get("/v1/Account/\(client.authID)/Recording/rec.ogg").status == 401)
        #expect(client.get("Recording/rec.ogg").error == "recording rec.ogg not found")
        let post = anonymous.post("/v1/Account/\(client.authID)/Recording/rec.wav")
        #expect(post.status == 405)
        #expect(post.headers["Allow"] == "GET, HEAD")
    }

    @Test("--public-url replaces the listening address in recording_url")
    func publicURL() throws {
        let client = try RouterClient { $0.publicURL = "http://mock-plivo:8000/" }
        client.storeRecording("rec")
        #expect(client.get("Recording/rec/").string("recording_url")
            == "http://mock-plivo:8000/v1/Account/\(client.authID)/Recording/rec.mp3")
    }

    @Test("The locator names a reachable host for wildcard and IPv6 listening addresses", arguments: [
        ("0.0.0.0", "127.0.0.1"), ("::", "[::1]"), ("::1", "[::1]"), ("localhost", "localhost"), ("10.0.0.5", "10.0.0.5"),
    ])
    func reachableHost(listening: String, reachable: String) {
        #expect(ServerRecordingLocator.reachableHost(listening) == reachable)
        let locator = ServerRecordingLocator(publicURL: nil, host: listening, port: 8000)
        #expect(locator.url(accountID: "MA1", recordingID: "r", format: "wav") == "http://\(reachable):8000/v1/Account/MA1/Recording/r.wav")
    }

    @Test("Reading the bound port costs the same after thousands of URLs: the closure is not wrapped anew at each read")
    func boundPortReadDoesNotDeepen() {
        let locator = ServerRecordingLocator(publicURL: nil, host: "127.0.0.1", port: 0)
        // Where on the stack the port closure runs: each wrapper around it would be a frame between it and the caller.
        let deepest = LockedValue<UInt>(.max)
        locator.serve {
            var here = 0
            let address = withUnsafeMutablePointer(to: &here) { UInt(bitPattern: $0) }
            deepest.withLock { $0 = min($0, address) }
            return 8000
        }
        for _ in 0..<5_000 { _ = locator.url(accountID: "MA1", recordingID: "r", format: "mp3") }
        deepest.withLock { $0 = .max }
        var top = 0
        let caller = withUnsafeMutablePointer(to: &top) { UInt(bitPattern: $0) }
        #expect(locator.url(accountID: "MA1", recordingID: "r", format: "mp3") == "http://127.0.0.1:8000/v1/Account/MA1/Recording/r.mp3")
        #expect(caller - deepest.withLock { $0 } < 16_384)
    }
}
