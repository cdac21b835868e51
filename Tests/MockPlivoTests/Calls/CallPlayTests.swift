import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// `<Play>` through a whole server: the engine fetches the file from the user's server (here a receiver on
/// 127.0.0.1) and plays it for as long as its header says, on the simulated clock.
@Suite("Calls: a Play lasts as long as the file it fetches")
struct CallPlayTests {
    static let threeSeconds = SilentAudio(.wav, microseconds: 3_000_000)

    /// A receiver whose `/answer` plays `/file` and then runs `after`, and whose `/file` answers `file`.
    static func receiver(file: CallbackReceiver.Reply, after: String = "") throws -> CallbackReceiver {
        let receiver = try CallbackReceiver(paths: ["/file": file])
        receiver.reply(to: "/answer", with: .respond(
            status: 200, body: "<Response><Play>\(receiver.url("/file"))</Play>\(after)</Response>"))
        return receiver
    }

    @Test("A 3 s WAV plays 3 s on a manual clock, then the XML ends and so does the call, 3 s long")
    func aWAVPlaysForItsLength() throws {
        let wav = Self.threeSeconds
        let receiver = try Self.receiver(file: .file(contentType: wav.contentType, bytes: wav.bytes))
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        // Dialled for 1 s, rung for 3 s: answered at 4 s, when the answer XML and then the file are fetched.
        client.advance(by: 4)
        let play = client.traceEntry(uuid, "Play")
        #expect(play?["details"]?["seconds"]?.stringValue == "3")
        client.advance(by: 2.9)
        #expect(client.get("Call/\(uuid)/?status=live").string("call_status") == "in-progress")
        client.advance(by: 0.1)
        let cdr = try client.cdr(uuid)
        #expect(cdr["call_duration"]?.intValue == 3)
        let requests = receiver.requests(atLeast: 3)
        #expect(requests.map(\.path) == ["/answer", "/file", "/hangup"])
        let file = requests[1]
        #expect(file.method == "GET")
        #expect(file.header("User-Agent") == "PlivoHTTP/1.0")
        #expect(file.header("X-Plivo-Signature-V3") == nil)
        let hangup = requests[2].formParameters
        #expect(hangup["Duration"] == "3")
        #expect(hangup["HangupCauseCode"] == "4010")
    }

    @Test("A file the server answers 404 for is skipped, as Plivo skips it, and the trace says why")
    func aMissingFileIsSkipped() throws {
        let receiver = try Self.receiver(
            file: .respond(status: 404, contentType: "text/plain", body: "no"), after: "<Wait length=\"2\"/>")
        defer { receiver.stop() }
        let client = try RouterClient()
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 2)
        let skipped = client.traceEntry(uuid, "Play skipped")
        #expect(skipped?["details"]?["reason"]?.stringValue == "answered 404")
    }

    @Test("A file that is not audio plays the documented 5 s, and the trace says why")
    func aFileThatIsNotAudioPlaysTheDefault() throws {
        let receiver = try Self.receiver(file: .respond(status: 200, contentType: "text/html", body: "<html>Sign in</html>"))
        defer { receiver.stop() }
        let client = try RouterClient()
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 5)
        let play = client.traceEntry(uuid, "Play")
        #expect(play?["details"]?["seconds"]?.stringValue == "5")
        #expect(play?["details"]?["note"]?.stringValue?.hasPrefix("not a WAV or MP3 file") == true)
    }
}
