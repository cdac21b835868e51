import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Live call control: Record, Play, Speak and DTMF on answered calls, through the API")
struct LiveCallAPITests {
    @Test("Each operation answers with its fixture's body and the status the SDKs expect")
    func responses() throws {
        let receiver = try Self.receiverWithAudio()
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)

        let record = client.post("Call/\(uuid)/Record/", json: ["time_limit": 30, "file_format": "wav"])
        #expect(record.status == 202, "\(record.text)")
        try FixtureShape.expectSameShape(record.json, as: "liveCallRecordCreateResponse")
        #expect(record.string("message") == "call recording started")
        let id = try #require(record.string("recording_id"))
        #expect(record.string("url")?.hasSuffix("/Recording/\(id).wav") == true)

        let play = client.post("Call/\(uuid)/Play/", json: ["urls": receiver.url("/a.mp3")])
        #expect(play.status == 202)
        try FixtureShape.expectSameShape(play.json, as: "liveCallPlayCreateResponse")
        #expect(play.string("message") == "play started")

        let speak = client.post("Call/\(uuid)/Speak/", json: ["text": "Please hold"])
        #expect(speak.status == 202)
        try FixtureShape.expectSameShape(speak.json, as: "liveCallSpeakCreateResponse")
        #expect(speak.string("message") == "speak started")

        let digits = client.post("Call/\(uuid)/DTMF/", json: ["digits": "123#"])
        #expect(digits.status == 202)
        try FixtureShape.expectSameShape(digits.json, as: "liveCallDtmfCreateResponse")
        #expect(digits.string("message") == "digits sent")

        let stopSpeak = client.delete("Call/\(uuid)/Speak/")
        #expect(stopSpeak.status == 200)
        try FixtureShape.expectSameShape(stopSpeak.json, as: "liveCallSpeakDeleteResponse")
        #expect(stopSpeak.string("message") == "speak stopped")
        for path in ["Play", "Record"] {
            let stop = client.delete("Call/\(uuid)/\(path)/")
            #expect(stop.status == 204)
            #expect(stop.body.isEmpty)
            #expect(stop.headers["Content-Type"] == "application/json")
        }
        client.advance(by: 0)
        #expect(client.liveTraceEvents(uuid) == [
            "live recording started", "live play started", "live speak started", "digits sent",
            "live speak stopped", "live play stopped", "live recording ended",
        ])
    }

    @Test("Form bodies work too, as curl sends them; DELETE takes URL from the query or a JSON body")
    func formAndQuery() throws {
        let receiver = try CallbackReceiver(paths: [:])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        let first = client.post("Call/\(uuid)/Record/", form: "time_limit=100&file_format=mp3")
        let second = client.post("Call/\(uuid)/Record/", form: "")
        #expect(first.status == 202 && second.status == 202)
        let url = try #require(first.string("url"))
        let escaped = try #require(url.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        #expect(client.delete("Call/\(uuid)/Record/?URL=\(escaped)").status == 204)
        client.advance(by: 0)
        let ended = client.liveTraceEntries(uuid).filter { $0.event == "live recording ended" }
        #expect(ended.map { $0.details["recording_id"] } == [first.string("recording_id")])
        #expect(client.delete("Call/\(uuid)/Record/", json: ["URL": second.string("url") ?? ""]).status == 204)
        client.advance(by: 0)
        #expect(client.liveTraceEvents(uuid).filter { $0 == "live recording ended" }.count == 2)
    }

    @Test("A call that is not answered, has ended, or is another account's is a 404, and nothing happens")
    func notLive() throws {
        let receiver = try CallbackReceiver(paths: [:])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let sub = try client.makeSubaccount()
        let operations: [(String, [String: Any])] = [
            ("Record/", [:]), ("Play/", ["urls": "http://127.0.0.1:9/a.mp3"]), ("Speak/", ["text": "hi"]),
            ("DTMF/", ["digits": "1"]),
        ]
        func expectNotFound(_ client: RouterClient, _ uuid: String, sourceLocation: SourceLocation = #_sourceLocation) {
            for (path, body) in operations {
                let response = client.post("Call/\(uuid)/\(path)", json: body)
                #expect(response.status == 404, "\(path)", sourceLocation: sourceLocation)
                #expect(response.error == "not found", sourceLocation: sourceLocation)
                if case .object(let object)? = response.json {
                    #expect(Set(object.keys) == ["api_id", "error"], sourceLocation: sourceLocation)
                }
                if path != "DTMF/" {
                    #expect(client.delete("Call/\(uuid)/\(path)").status == 404, "\(path)", sourceLocation: sourceLocation)
                }
            }
        }
        expectNotFound(client, "4d04c52e-cea3-4458-bbdb-0bfc314ee7cd")
        // Queued, then ringing: not answered yet.
        receiver.reply(to: "/held", with: .respond(status: 200, body: "<Response><Wait length=\"600\"/></Response>"))
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/held"),
        ]).first)
        expectNotFound(client, uuid)
        client.advance(by: 2)
        expectNotFound(client, uuid)
        client.advance(by: 2)
        _ = receiver.requests(atLeast: 1)
        // Answered, but a subaccount does not see its main account's call.
        expectNotFound(sub, uuid)
        #expect(client.delete("Call/\(uuid)/").status == 204)
        client.advance(by: 0)
        _ = try client.cdr(uuid)
        expectNotFound(client, uuid)
        #expect(client.liveTraceEvents(uuid).isEmpty)
    }

    @Test("Bad parameters are a 400 naming the parameter, and nothing starts", arguments: [
        ("Record/", ["time_limit": "0"], "time_limit must be a whole number of seconds, at least 1, got \"0\""),
        ("Record/", ["file_format": "ogg"], "file_format must be one of mp3, wav, got \"ogg\""),
        ("Record/", ["transcription_type": "robot"], "transcription_type must be one of auto, hybrid, manual, got \"robot\""),
        ("Record/", ["transcription_url": "ftp://x"], "transcription_url must be an absolute http or https URL"),
        ("Record/", ["callback_url": "nowhere"], "callback_url must be an absolute http or https URL"),
        ("Record/", ["callback_url": "http://127.0.0.1:9/r", "callback_method": "PUT"], "callback_method must be GET or POST"),
        ("Play/", [:], "urls is required"),
        ("Play/", ["urls": "http://127.0.0.1:9/a.mp3,b.mp3"],
         "urls must be absolute http or https URLs joined by commas, got \"http://127.0.0.1:9/a.mp3,b.mp3\""),
        ("Play/", ["urls": "http://127.0.0.1:9/a.mp3", "length": "-3"], "length must be a whole number of seconds, at least 1, got \"-3\""),
        ("Play/", ["urls": "http://127.0.0.1:9/a.mp3", "legs": "cleg"], "legs must be one of aleg, bleg, both, got \"cleg\""),
        ("Play/", ["urls": "http://127.0.0.1:9/a.mp3", "legs": "bleg"],
         "legs is bleg: live media on a Dial's B leg is not simulated; use the B leg's own call_uuid"),
        ("Play/", ["urls": "http://127.0.0.1:9/a.mp3", "loop": "sometimes"], "loop must be a boolean (true or false)"),
        ("Speak/", [:], "text is required"),
        ("Speak/", ["text": "   "], "text is required"),
        ("Speak/", ["text": "hi", "voice": "ROBOT"], "voice must be WOMAN, MAN or Polly.<Name>, got \"ROBOT\""),
        ("Speak/", ["text": "hi", "language": "english!"], "language must be a language code such as en-US, got \"english!\""),
        ("Speak/", ["text": "hi", "mix": "maybe"], "mix must be a boolean (true or false)"),
        ("DTMF/", [:], "digits is required"),
        ("DTMF/", ["digits": "12x"], "digits must be keys from 0-9, *, #, A-D, and w or W for pauses, got \"12x\""),
        ("DTMF/", ["digits": "1", "leg": "both"], "leg must be one of aleg, bleg, got \"both\""),
        ("DTMF/", ["digits": "1", "legs": "bleg"], "legs is bleg: live media on a Dial's B leg is not simulated; use the B leg's own call_uuid"),
    ] as [(String, [String: String], String)])
    func validation(path: String, body: [String: String], message: String) throws {
        let receiver = try CallbackReceiver(paths: [:])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        let response = client.post("Call/\(uuid)/\(path)", json: body)
        #expect(response.status == 400)
        #expect(response.error == message)
        client.advance(by: 0)
        #expect(client.liveTraceEvents(uuid).isEmpty)
    }

    @Test("Speak lasts its words' time on the simulated clock and ends by itself; Play lasts `length`")
    func timing() throws {
        let receiver = try CallbackReceiver(paths: [:])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        // Five words: 2 s at 150 words a minute.
        #expect(client.post("Call/\(uuid)/Speak/", json: [
            "text": "your call is important to", "voice": "MAN", "language": "en-GB", "loop": false,
        ]).status == 202)
        #expect(client.post("Call/\(uuid)/Play/", json: [
            "urls": "http://127.0.0.1:9/a.mp3,http://127.0.0.1:9/b.wav", "length": "7", "loop": true, "legs": "both",
            "mix": false,
        ]).status == 202)
        client.advance(by: 1.5)
        #expect(client.liveTraceEvents(uuid) == ["live speak started", "live play started"])
        client.advance(by: 0.5)
        #expect(client.liveTraceEvents(uuid) == ["live speak started", "live play started", "live speak ended"])
        client.advance(by: 5)
        let entries = client.liveTraceEntries(uuid)
        #expect(entries.map(\.event) == ["live speak started", "live play started", "live speak ended", "live play ended"])
        #expect(entries[0].details == [
            "text": "your call is important to", "voice": "MAN", "language": "en-GB", "legs": "aleg", "loop": "false",
            "mix": "true", "seconds": "2",
        ])
        #expect(entries[1].details["urls"] == "http://127.0.0.1:9/a.mp3,http://127.0.0.1:9/b.wav")
        #expect(entries[1].details["legs"] == "both")
        #expect(entries[1].details["mix"] == "false")
        #expect(entries[1].details["seconds"] == "7")
        #expect(entries[3].details["seconds"] == "7")
        // Live media sounds over the XML without pausing it: the call still ends at its Wait's end.
        client.advance(by: 600)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 600)
    }

    @Test("A stop ends a looping Speak early; a second Play replaces the first")
    func stops() throws {
        let receiver = try Self.receiverWithAudio()
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        #expect(client.post("Call/\(uuid)/Speak/", json: ["text": "hold music", "loop": "true"]).status == 202)
        #expect(client.post("Call/\(uuid)/Play/", json: ["urls": receiver.url("/a.mp3"), "loop": true]).status == 202)
        client.advance(by: 42)
        #expect(client.post("Call/\(uuid)/Play/", json: ["urls": receiver.url("/b.mp3"), "length": 3]).status == 202)
        #expect(client.delete("Call/\(uuid)/Speak/").status == 200)
        client.advance(by: 10)
        // The second file's length comes back from the network, maybe after the clock has moved: its end (3 s
        // after it started) is scheduled then, and runs at once.
        client.awaitTraceEvent(uuid, "live play ended")
        #expect(client.delete("Call/\(uuid)/Play/").status == 204)
        client.advance(by: 0)
        let entries = client.liveTraceEntries(uuid)
        #expect(entries.map(\.event) == [
            "live speak started", "live play started", "live play stopped", "live play started", "live speak stopped",
            "live play ended", "live play stop requested",
        ])
        #expect(entries[0].details["seconds"] == "until stopped")
        #expect(entries[2].details == ["reason": "replaced by a new play", "played_seconds": "42"])
        #expect(entries[4].details == ["reason": "stopped by the API", "played_seconds": "42"])
        #expect(entries[6].details["note"] == "nothing was playing")
    }

    @Test("DTMF is traced with its keys and leg (Go's `legs` too)")
    func digits() throws {
        let receiver = try CallbackReceiver(paths: [:])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        #expect(client.post("Call/\(uuid)/DTMF/", json: ["digits": "12W#", "leg": "aleg"]).status == 202)
        #expect(client.post("Call/\(uuid)/DTMF/", json: ["digits": "9", "legs": "aleg"]).status == 202)
        client.advance(by: 0)
        let entries = client.liveTraceEntries(uuid)
        #expect(entries.map(\.event) == ["digits sent", "digits sent"])
        #expect(entries[0].details == ["digits": "12W#", "leg": "aleg", "seconds": "2.5"])
        #expect(entries[1].details["digits"] == "9")
    }

    /// A receiver that also serves `/a.mp3` and `/b.mp3`, five seconds of silence each: live Play fetches its
    /// files to learn their length, as the `<Play>` verb does.
    static func receiverWithAudio() throws -> CallbackReceiver {
        let receiver = try CallbackReceiver(paths: [:])
        let mp3 = SilentAudio(.mp3, microseconds: 5_000_000)
        for path in ["/a.mp3", "/b.mp3"] {
            receiver.reply(to: path, with: .file(contentType: mp3.contentType, bytes: mp3.bytes))
        }
        return receiver
    }
}
