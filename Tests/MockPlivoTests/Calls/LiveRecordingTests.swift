import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Live recordings: they end at a stop, their time_limit or the call's end, and callback_url hears of them")
struct LiveRecordingTests {
    @Test("A recording's time_limit ends it; its callback is signed and carries the API's id and URL")
    func timeLimitAndCallback() throws {
        let receiver = try CallbackReceiver(paths: ["/recorded": .ok])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        let response = client.post("Call/\(uuid)/Record/", json: [
            "time_limit": "15", "file_format": "mp3", "callback_url": receiver.url("/recorded"),
            "transcription_type": "auto", "transcription_url": receiver.url("/transcribed"), "record_channel_type": "mono",
        ])
        #expect(response.status == 202)
        let id = try #require(response.string("recording_id"))
        let url = try #require(response.string("url"))
        client.advance(by: 14)
        #expect(client.liveTraceEvents(uuid) == ["live recording started"])
        client.advance(by: 1)
        let request = try #require(receiver.requests(atLeast: 2).first { $0.path == "/recorded" })
        #expect(request.method == "POST")
        let parameters = request.formParameters
        #expect(parameters["RecordUrl"] == url)
        #expect(parameters["RecordingID"] == id)
        #expect(parameters["RecordingDuration"] == "15")
        #expect(parameters["RecordingDurationMs"] == "15000")
        let start = try #require(parameters["RecordingStartMs"].flatMap { Int64($0) })
        #expect(parameters["RecordingEndMs"] == String(start + 15_000))
        #expect(parameters["CallUUID"] == uuid)
        #expect(parameters["CallStatus"] == "in-progress")
        #expect(parameters["From"] == "14155550100")
        #expect(parameters["api_id"] == response.string("api_id"))
        #expect(parameters["record_url"] == url)
        #expect(parameters["recordingId"] == id)
        CallbackFixtures.expectValidSignatures(
            request, authToken: RouterClient.mainAuthToken, mainAuthToken: RouterClient.mainAuthToken)
        let started = try #require(client.liveTraceEntries(uuid).first)
        #expect(started.details["recording_id"] == id)
        #expect(started.details["url"] == url)
        #expect(started.details["time_limit"] == "15")
        #expect(started.details["transcription_type"] == "auto")
        #expect(started.details["record_channel_type"] == "mono")
        let ended = try #require(client.liveTraceEntries(uuid).last)
        #expect(ended.event == "live recording ended")
        #expect(ended.details == ["recording_id": id, "reason": "time_limit", "duration_ms": "15000"])
        // The callback's outcome is traced once the receiver has answered it.
        var traced = false
        for _ in 0..<200 where !traced {
            traced = client.liveTraceEvents(uuid, ["callback recording"]).count == 1
            if !traced { Thread.sleep(forTimeInterval: 0.01) }
        }
        #expect(traced)
    }

    @Test("Recordings still running when the call ends end with it, and their callbacks come before the hangup")
    func endsWithTheCall() throws {
        let receiver = try CallbackReceiver(paths: ["/recorded": .ok, "/hangup": .ok])
        defer { receiver.stop() }
        let client = try RouterClient(manualClock: true)
        let uuid = try client.answeredCall(receiver)
        let response = client.post("Call/\(uuid)/Record/", json: [
            "callback_url": receiver.url("/recorded"), "callback_method": "GET", "file_format": "wav",
        ])
        #expect(response.status == 202)
        client.advance(by: 7.25)
        #expect(client.delete("Call/\(uuid)/").status == 204)
        client.advance(by: 0)
        let requests = receiver.requests(atLeast: 3)
        #expect(requests.map(\.path) == ["/held", "/recorded", "/hangup"])
        let recorded = requests[1]
        #expect(recorded.method == "GET")
        #expect(recorded.queryParameters["RecordingDurationMs"] == "7250")
        #expect(recorded.queryParameters["RecordingDuration"] == "8")
        #expect(recorded.queryParameters["RecordUrl"] == response.string("url"))
        CallbackFixtures.expectValidSignatures(
            recorded, authToken: RouterClient.mainAuthToken, mainAuthToken: RouterClient.mainAuthToken)
        #expect(client.liveTraceEntries(uuid).last?.details["reason"] == "call ended")
    }

    @Test("Under --seed the recording id is the same from run to run")
    func seeded() throws {
        func recordingID() throws -> String? {
            let receiver = try CallbackReceiver(paths: [:])
            defer { receiver.stop() }
            let client = try RouterClient(seed: 11, manualClock: true)
            let uuid = try client.answeredCall(receiver)
            return client.post("Call/\(uuid)/Record/", json: [:]).string("recording_id")
        }
        let first = try recordingID()
        #expect(first != nil)
        #expect(try recordingID() == first)
    }
}
