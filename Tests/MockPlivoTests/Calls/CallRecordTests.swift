import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// `<Record>`: how long the handset talks, the silence timeout, finish keys, maxLength, hangups, background
/// recording, and the action, callbackUrl and transcriptionUrl requests (`docs/calls.md`, "Record").
@Suite("Call recording: the Record verb")
struct CallRecordTests {
    @Test("Foreground: the handset talks 5 s, 3 s of silence end it; action, callbackUrl and transcriptionUrl hear of it")
    func foreground() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Record action="{base}/recorded" timeout="3" callbackUrl="{base}/file" \
                transcriptionType="auto" transcriptionUrl="{base}/text"/><Speak>Not reached</Speak></Response>
                """,
            "/recorded": "<Response><Speak>Thanks</Speak></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        // 0.5 s of beep, 8 s of recording, then "Thanks" (1 s).
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 10)
        let requests = receiver.requests(atLeast: 5)
        let action = try #require(requests.first { $0.path == "/recorded" }).formParameters
        #expect(action["RecordingDurationMs"] == "8000")
        #expect(action["RecordingDuration"] == "8")
        #expect(action["Digits"] == nil)
        let id = try #require(action["RecordingID"])
        #expect(action["RecordUrl"]?.hasSuffix("/v1/Account/\(client.authID)/Recording/\(id).mp3") == true)
        let start = try #require(action["RecordingStartMs"].flatMap { Int64($0) })
        let end = try #require(action["RecordingEndMs"].flatMap { Int64($0) })
        #expect(end - start == 8000)
        let file = try #require(requests.first { $0.path == "/file" }).formParameters
        #expect(file["RecordingID"] == id)
        #expect(file["RecordingDurationMs"] == "8000")
        #expect(file["CallUUID"] == uuid)
        let text = try #require(requests.first { $0.path == "/text" }).formParameters
        #expect(text["recording_id"] == id)
        #expect(text["call_uuid"] == uuid)
        #expect(text["duration"] == "8")
        #expect(text["transcription_charge"] == "0.05000")
        // Listed, and downloadable as 8 s of audio.
        let stored = client.get("Recording/\(id)/")
        #expect(stored.status == 200, "\(stored.text)")
        #expect(stored.string("call_uuid") == uuid)
        #expect(stored.string("recording_duration_ms") == "8000.00000")
        #expect(stored.string("recording_url") == action["RecordUrl"])
        let path = try #require(action["RecordUrl"].flatMap { URL(string: $0)?.path })
        let audio = client.get(path)
        #expect(audio.status == 200)
        #expect(audio.headers["Content-Type"] == "audio/mpeg")
        let length = try AudioLength.read(audio.body, fileSize: audio.body.count)
        #expect(abs(length.microseconds - 8_000_000) < 40_000)
    }

    @Test("The handset's finish key ends it at once and reaches action as Digits; maxLength caps a long talker")
    func finishKeyAndMaxLength() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Record action="{base}/first" playBeep="false" redirect="false"/>\
                <Record action="{base}/second" playBeep="false" maxLength="10" finishOnKey="*" redirect="false"/></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550199", ##"{"voice": {"record_ms": 4000, "record_finish_key": "#"}}"##)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        _ = try client.cdr(uuid)
        let requests = receiver.requests(atLeast: 3)
        let first = try #require(requests.first { $0.path == "/first" }).formParameters
        #expect(first["Digits"] == "#")
        #expect(first["RecordingDurationMs"] == "4000")
        // "#" does not finish the second one: 4 s of talk and 15 s of silence, capped at 10 s.
        let second = try #require(requests.first { $0.path == "/second" }).formParameters
        #expect(second["Digits"] == nil)
        #expect(second["RecordingDurationMs"] == "10000")
    }

    @Test("A hangup ends a foreground recording: callbackUrl hears of it, action does not")
    func hangupDuringRecording() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Record action="{base}/recorded" callbackUrl="{base}/file"/></Response>"#,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        client.setHandset("14155550199", #"{"voice": {"hangup_after_ms": 3000}}"#)
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
            "hangup_url": receiver.url("/hangup"),
        ]).first)
        _ = try client.cdr(uuid)
        let requests = receiver.requests(atLeast: 3)
        #expect(!requests.contains { $0.path == "/recorded" })
        #expect(requests.first { $0.path == "/file" }?.formParameters["RecordingDurationMs"] == "2500")
    }

    @Test("recordSession: action hears of it at once with -1, the call goes on, and the file covers the rest of the call")
    func session() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": """
                <Response><Record recordSession="true" action="{base}/started" callbackUrl="{base}/file" fileFormat="wav"/>\
                <Wait length="10"/></Response>
                """,
        ])
        defer { receiver.stop() }
        let client = try RouterClient()
        let uuid = try #require(try client.makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/answer"),
        ]).first)
        #expect(try client.cdr(uuid)["call_duration"]?.intValue == 10)
        let requests = receiver.requests(atLeast: 3)
        let started = try #require(requests.first { $0.path == "/started" }).formParameters
        #expect(started["RecordingDuration"] == "-1")
        #expect(started["RecordUrl"]?.hasSuffix(".wav") == true)
        let file = try #require(requests.first { $0.path == "/file" }).formParameters
        #expect(file["RecordingID"] == started["RecordingID"])
        #expect(file["RecordingDurationMs"] == "10000")
    }

    @Test("A key pressed through the control API ends a recording on a manual clock")
    func pressedFinishKey() throws {
        let receiver = try CallbackReceiver(documents: [
            "/answer": #"<Response><Record action="{base}/recorded" playBeep="false" maxLength="120" timeout="60"/></Response>"#,
            "/recorded": "<Response><Hangup/></Response>",
        ])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        client.setHandset("14155550199", #"{"voice": {"record_ms": 100000}}"#)
        let uuid = try client.answeredCall(answerURL: receiver.url("/answer"))
        client.advance(by: 7)
        #expect(client.post("/__mock/Account/\(client.authID)/Call/\(uuid)/Press/", json: ["digits": "#"]).status == 202)
        client.advance(by: 0)
        let action = try #require(receiver.requests(atLeast: 2).first { $0.path == "/recorded" }).formParameters
        #expect(action["Digits"] == "#")
        #expect(action["RecordingDurationMs"] == "7000")
    }
}
