import Dispatch
import Glibc
import Primitives
import Testing
@testable import CallEngine

@Suite("Live call control in the engine: play, speak, DTMF and recordings on the simulated clock")
struct LiveControlTests {
    static let account = "MAACCOUNT"
    static let held = "<Response><Wait length=\"600\"/></Response>"

    /// A call answered at 4 s (1 s dialling, 3 s ringing) running a ten-minute Wait.
    static func answeredCall(_ harness: CallHarness) {
        harness.answer(with: held)
        harness.calls.place([CallHarness.setup()])
        harness.advance(by: .seconds(4))
    }

    /// The trace entries whose event starts with `prefix`, as "event @seconds-after-origin".
    static func entries(_ harness: CallHarness, _ prefix: String = "live") -> [String] {
        (harness.traces.trace(id: "call-1")?.entries ?? []).filter { $0.event.hasPrefix(prefix) }.map {
            "\($0.event) @\(($0.time - CallHarness.origin).secondsText)"
        }
    }

    static func details(_ harness: CallHarness, _ event: String) -> [String: String] {
        let entry = harness.traces.trace(id: "call-1")?.entries.last { $0.event == event }
        return Dictionary(entry?.details ?? [], uniquingKeysWith: { first, _ in first })
    }

    @Test("Live Speak lasts its words' time and ends by itself; a stop ends it early; a loop runs until stopped")
    func speak() {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        Self.answeredCall(harness)
        let speak = LiveSpeak(text: "one two three four five", voice: "WOMAN", language: "en-US", legs: .aleg, loop: false, mix: true)
        #expect(harness.calls.speak("call-1", speak, mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(3))
        #expect(Self.entries(harness) == ["live speak started @4", "live speak ended @6"])
        #expect(Self.details(harness, "live speak started")["seconds"] == "2")
        var looping = speak
        looping.loop = true
        #expect(harness.calls.speak("call-1", looping, mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(100))
        #expect(harness.calls.stopSpeak("call-1", mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .zero)
        #expect(Self.entries(harness).suffix(2) == ["live speak started @7", "live speak stopped @107"])
        #expect(Self.details(harness, "live speak stopped")["played_seconds"] == "100")
    }

    @Test("Live Play lasts `length`, or 5 s a file without a media port; a new play replaces the one playing")
    func playWithoutMedia() {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        Self.answeredCall(harness)
        let twoFiles = LivePlay(urls: ["http://x/a.mp3", "http://x/b.mp3"], length: nil, legs: .aleg, loop: false, mix: true)
        #expect(harness.calls.play("call-1", twoFiles, mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(2))
        var capped = twoFiles
        capped.length = .seconds(3)
        #expect(harness.calls.play("call-1", capped, mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(20))
        #expect(Self.entries(harness) == [
            "live play started @4", "live play stopped @6", "live play started @6", "live play ended @9",
        ])
        #expect(Self.details(harness, "live play stopped")["reason"] == "replaced by a new play")
    }

    @Test("With a media port, a play lasts its files' lengths (unreachable ones skipped), looping until `length`")
    func playWithMedia() throws {
        let media = ScriptedMedia(["http://x/a.wav": .milliseconds(2_500), "http://x/b.mp3": .seconds(4)])
        let harness = CallHarness(media: media)
        defer { harness.engine.stop() }
        Self.answeredCall(harness)
        let play = LivePlay(urls: ["http://x/a.wav", "http://x/gone.mp3", "http://x/b.mp3"], length: nil, legs: .both, loop: false, mix: false)
        #expect(harness.calls.play("call-1", play, mainAccountID: Self.account, subaccountID: nil))
        // The lengths come from another thread: wait for them, then let the clock run.
        for _ in 0..<500 where Self.entries(harness, "live play skips").isEmpty { usleep(2_000) }
        harness.advance(by: .seconds(10))
        #expect(Self.entries(harness).filter { $0.hasPrefix("live play started") || $0.hasPrefix("live play ended") }
            == ["live play started @4", "live play ended @10.5"])
        var looping = play
        looping.loop = true
        looping.length = .seconds(30)
        #expect(harness.calls.play("call-1", looping, mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(40))
        #expect(Self.entries(harness).suffix(2) == ["live play started @14", "live play ended @44"])
    }

    @Test("A live recording ends at time_limit, is handed to the store and requested at callback_url")
    func recordingTimeLimit() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        Self.answeredCall(harness)
        let recording = LiveRecording(
            recordingID: "rec-1", apiID: "api-1", format: .wav, timeLimit: .seconds(20),
            callback: CallURL("http://127.0.0.1:9/recorded"))
        let url = try #require(harness.calls.startRecording("call-1", recording, mainAccountID: Self.account, subaccountID: nil))
        #expect(url == "/v1/Account/MAACCOUNT/Recording/rec-1.wav")
        harness.advance(by: .seconds(30))
        #expect(Self.entries(harness) == ["live recording started @4", "live recording ended @24"])
        let stored = harness.store.changes.compactMap { if case .recordingCompleted(let record) = $0 { record } else { nil } }
        #expect(stored == [RecordingRecord(
            recordingID: "rec-1", accountID: Self.account, subaccountID: nil, callUUID: "call-1", conferenceName: nil,
            kind: .call, format: .wav, startedAt: CallHarness.origin + .seconds(4), endedAt: CallHarness.origin + .seconds(24))])
        let callback = try #require(harness.callbacks.callbacks(kind: "recording").first)
        #expect(callback.url == "http://127.0.0.1:9/recorded")
        #expect(callback.parameters["RecordUrl"] == url)
        #expect(callback.parameters["RecordingID"] == "rec-1")
        #expect(callback.parameters["RecordingDuration"] == "20")
        #expect(callback.parameters["RecordingDurationMs"] == "20000")
        let start = (CallHarness.origin + .seconds(4)).microseconds / 1_000
        #expect(callback.parameters["RecordingStartMs"] == String(start))
        #expect(callback.parameters["RecordingEndMs"] == String(start + 20_000))
        #expect(callback.parameters["CallUUID"] == "call-1")
        #expect(callback.parameters["api_id"] == "api-1")
        #expect(callback.parameters["recordingId"] == "rec-1")
    }

    @Test("Stopping one recording by URL leaves the others; the rest end with the call, before its hangup request")
    func recordingsStopAndCallEnd() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        Self.answeredCall(harness)
        let callback = CallURL("http://127.0.0.1:9/recorded")
        for id in ["rec-1", "rec-2"] {
            let recording = LiveRecording(recordingID: id, apiID: "api", format: .mp3, timeLimit: .seconds(60), callback: callback)
            _ = harness.calls.startRecording("call-1", recording, mainAccountID: Self.account, subaccountID: nil)
        }
        harness.advance(by: .seconds(5))
        #expect(harness.calls.stopRecording("call-1", url: "https://media.example/rec-1.mp3", mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(5))
        #expect(harness.calls.hangup("call-1", mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .zero)
        for _ in 0..<500 where harness.callbacks.callbacks(kind: "hangup").isEmpty { usleep(2_000) }
        #expect(Self.entries(harness) == [
            "live recording started @4", "live recording started @4", "live recording ended @9", "live recording ended @14",
        ])
        #expect(Self.details(harness, "live recording ended")["reason"] == "call ended")
        #expect(harness.callbacks.callbacks.map(\.kind).suffix(3) == ["recording", "recording", "hangup"])
        let durations = harness.callbacks.callbacks(kind: "recording").map { $0.parameters["RecordingDurationMs"] }
        #expect(durations == ["5000", "10000"])
    }

    @Test("Live control acts only on answered calls the account sees; DTMF is traced with its keys and leg")
    func onlyAnsweredCalls() {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: Self.held)
        harness.calls.place([CallHarness.setup()])
        #expect(!harness.calls.sendDigits("call-1", digits: "12", leg: .aleg, mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .seconds(4))
        #expect(!harness.calls.sendDigits("call-1", digits: "12", leg: .aleg, mainAccountID: "MAOTHER", subaccountID: nil))
        #expect(!harness.calls.stopPlay("nope", mainAccountID: Self.account, subaccountID: nil))
        #expect(harness.calls.sendDigits("call-1", digits: "12w#", leg: .aleg, mainAccountID: Self.account, subaccountID: nil))
        #expect(harness.calls.stopPlay("call-1", mainAccountID: Self.account, subaccountID: nil))
        harness.advance(by: .zero)
        #expect(Self.entries(harness, "digits") == ["digits sent @4"])
        #expect(Self.details(harness, "digits sent") == ["digits": "12w#", "leg": "aleg", "seconds": "2"])
        #expect(Self.entries(harness) == ["live play stop requested @4"])
    }
}
