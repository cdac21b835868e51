import Glibc
import Testing
@testable import CallEngine

@Suite("Calls: a call's timeline does not depend on how fast the user's server or the machine is")
struct CallTimelineTests {
    static let document = """
        <Response><Speak>one two three four five six seven eight nine ten</Speak><Wait length="5"/>\
        <Redirect>http://127.0.0.1:9/next</Redirect></Response>
        """

    /// At time scale 0 with a server that takes 30 ms a request: the callee's 30 s hangup must not overtake the
    /// XML that plays before it.
    static func run() -> (records: [CallRecord], callbacks: [EngineCallback]) {
        let callbacks = ScriptedCallbacks(latency: .milliseconds(30))
        callbacks.reply(CallHarness.answerURL, body: document)
        callbacks.reply("http://127.0.0.1:9/next", body: "<Response><Speak>and more</Speak><Wait length=\"60\"/></Response>")
        let harness = CallHarness(pace: ScaledPace(origin: CallHarness.origin, timeScale: 0), callbacks: callbacks)
        defer { harness.engine.stop() }
        harness.calls.place([
            CallHarness.setup("first", remote: VoiceBehaviour(hangupAfter: .seconds(30))),
            CallHarness.setup("second", remote: VoiceBehaviour(ringFor: .seconds(7), hangupAfter: .seconds(8))),
        ])
        // The engine is idle while a request is out: poll for the calls' ends (5 s at most).
        for _ in 0..<500 where harness.records.count < 2 || callbacks.callbacks(kind: "hangup").count < 2 {
            usleep(10_000)
        }
        return (harness.records.sorted { $0.callUUID < $1.callUUID }, callbacks.callbacks)
    }

    @Test("At time scale 0 a slow server's XML still plays before the callee's later hangup")
    func slowServer() throws {
        let (records, _) = Self.run()
        let first = try #require(records.first { $0.callUUID == "first" })
        // Answered at 4 s; Speak 4 s, Wait 5 s, redirect, Speak 0.8 s, then the Wait is cut by the hangup at 30 s.
        #expect(first.duration == 30)
        #expect(first.cause == HangupCause.normal.from("Callee"))
        let second = try #require(records.first { $0.callUUID == "second" })
        #expect(second.duration == 8)
        #expect(second.answeredAt == CallHarness.origin + .seconds(8))
    }

    @Test("Two runs of the same scenario give identical CDRs and callback parameters")
    func deterministic() {
        let one = Self.run()
        let two = Self.run()
        #expect(one.records == two.records)
        let parameters = { (run: (records: [CallRecord], callbacks: [EngineCallback])) in
            run.callbacks.map { "\($0.kind) \($0.parameters.sorted { $0.key < $1.key })" }.sorted()
        }
        #expect(parameters(one) == parameters(two))
        #expect(one.callbacks.map(\.kind).sorted() == ["answer", "answer", "hangup", "hangup", "redirect"])
    }

    /// A `<Play>` first in its document waits for its length from the media port, and the call's later work
    /// (the callee's hangup, the time limit) waits with it, even as the document's own wait ends around it.
    @Test("At time scale 0 a Play whose length comes late still plays before the callee's later hangup")
    func lateAudioLength() throws {
        let callbacks = ScriptedCallbacks(latency: .milliseconds(10))
        callbacks.reply(CallHarness.answerURL, body: "<Response><Play>http://127.0.0.1:9/three.wav</Play></Response>")
        let media = ScriptedMedia(["http://127.0.0.1:9/three.wav": .seconds(3)])
        let harness = CallHarness(
            pace: ScaledPace(origin: CallHarness.origin, timeScale: 0), callbacks: callbacks, media: media)
        defer { harness.engine.stop() }
        harness.calls.place([CallHarness.setup("late", remote: VoiceBehaviour(hangupAfter: .seconds(30)))])
        for _ in 0..<500 where harness.records.isEmpty { usleep(10_000) }
        let record = try #require(harness.records.first)
        #expect(record.duration == 3)
        #expect(record.cause == .endOfXML)
        let steps = ["Play", "end of XML", "ended"]
        #expect(harness.events("late").filter(steps.contains) == steps)
    }
}
