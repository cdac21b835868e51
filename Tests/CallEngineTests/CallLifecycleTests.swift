import PlivoCatalog
import Testing
@testable import CallEngine

@Suite("Calls: ringing, answering, running XML, ending, on the simulated clock")
struct CallLifecycleTests {
    @Test("An outbound call is queued, rings, is answered, runs its XML and ends at the end of the document")
    func outboundCall() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Speak>Hello there, world</Speak><Wait length=\"2\"/></Response>")
        harness.calls.place([CallHarness.setup()])
        harness.advance(by: .zero)
        #expect(harness.calls.liveCall("call-1")?.status == .queued)
        harness.advance(by: .seconds(1))
        #expect(harness.calls.liveCall("call-1")?.status == .ringing)
        harness.advance(by: .seconds(3))
        #expect(harness.calls.liveCall("call-1")?.status == .inProgress)
        let answer = try #require(harness.callbacks.callbacks(kind: "answer").first)
        #expect(answer.parameters["CallStatus"] == "in-progress")
        #expect(answer.parameters["Event"] == "StartApp")
        #expect(answer.parameters["Direction"] == "outbound")
        #expect(answer.parameters["ALegUUID"] == "call-1")
        // Speak: 3 words at 0.4 s, 1.2 s; then Wait 2 s; the call ends 3.2 s after the answer.
        harness.advance(by: .milliseconds(3100))
        #expect(harness.calls.liveCall("call-1") != nil)
        harness.advance(by: .milliseconds(100))
        #expect(harness.calls.liveCall("call-1") == nil)
        let record = try #require(harness.records.first)
        #expect(record.status == .completed)
        #expect(record.cause.code == 4010)
        #expect(record.duration == 4)
        #expect(record.billedDuration == 60)
        #expect(record.amount == "0.01000")
        #expect(record.answeredAt == CallHarness.origin + .seconds(4))
        let hangup = try #require(harness.callbacks.callbacks(kind: "hangup").first)
        #expect(hangup.parameters["CallStatus"] == "completed")
        #expect(hangup.parameters["Duration"] == "4")
        #expect(hangup.parameters["BillDuration"] == "60")
        #expect(hangup.parameters["HangupCauseCode"] == "4010")
        #expect(hangup.parameters["HangupCauseName"] == "End Of XML Instructions")
        #expect(hangup.parameters["HangupSource"] == "Plivo")
        #expect(hangup.parameters["TotalCost"] == "0.01000")
        #expect(hangup.parameters["AnswerTime"] == (CallHarness.origin + .seconds(4)).plivoSeconds)
        #expect(harness.events("call-1").filter { !$0.hasPrefix("callback") }
            == ["queued", "ringing", "answered", "xml", "Speak", "Wait", "end of XML", "ended"])
    }

    @Test("What the callee's handset does decides how an unanswered call ends", arguments: [
        (VoiceBehaviour.Answer.busy, CallStatus.busy, 3010),
        (.reject, .busy, 3020),
        (.fail, .failed, 5000),
        (.noAnswer, .noAnswer, 3000),
    ])
    func unanswered(answer: VoiceBehaviour.Answer, status: CallStatus, code: Int) throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.calls.place([CallHarness.setup(remote: VoiceBehaviour(answer: answer))])
        harness.advance(by: .seconds(10))
        let record = try #require(harness.records.first)
        #expect(record.status == status)
        #expect(record.cause.code == code)
        #expect(record.duration == 0)
        #expect(record.amount == .zero)
        #expect(harness.callbacks.callbacks(kind: "answer").isEmpty)
        #expect(harness.callbacks.callbacks(kind: "hangup").first?.parameters["CallStatus"] == status.rawValue)
    }

    @Test("A callee that rings past ring_timeout times the call out (6010)")
    func ringTimeout() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.calls.place([CallHarness.setup(remote: VoiceBehaviour(ringFor: .seconds(30))) { $0.ringTimeout = .seconds(20) }])
        harness.advance(by: .seconds(20))
        #expect(harness.records.isEmpty)
        harness.advance(by: .seconds(1))
        let record = try #require(harness.records.first)
        #expect(record.status == .timeout)
        #expect(record.cause.code == 6010)
        #expect(record.endedAt == CallHarness.origin + .seconds(21))
    }

    @Test("An unreachable answer URL falls back; with no fallback the call ends with 7011, bad XML with 8011")
    func fallback() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.callbacks.reply(CallHarness.answerURL, status: 500, body: "oops")
        harness.callbacks.reply("http://127.0.0.1:9/fallback", body: "<Response><Speak>Sorry</Speak></Response>")
        harness.calls.place([
            CallHarness.setup("with-fallback") { $0.fallback = CallURL("http://127.0.0.1:9/fallback") },
            CallHarness.setup("without-fallback"),
        ])
        harness.advance(by: .seconds(10))
        let records = Dictionary(uniqueKeysWithValues: harness.records.map { ($0.callUUID, $0) })
        #expect(records["with-fallback"]?.cause.code == 4010)
        #expect(records["with-fallback"]?.duration == 1)
        #expect(records["without-fallback"]?.cause.code == 7011)
        #expect(harness.callbacks.callbacks(kind: "fallback").map(\.parameters["CallUUID"]) == ["with-fallback"])

        let invalid = CallHarness()
        defer { invalid.engine.stop() }
        invalid.answer(with: "<Response><Say>Hi</Say></Response>")
        invalid.calls.place([CallHarness.setup()])
        invalid.advance(by: .seconds(10))
        #expect(invalid.records.first?.cause.code == 8011)
        #expect(invalid.records.first?.cause.source == "Error")
    }

    @Test("An inbound call is answered by its first verb that needs the line; a leading Wait delays it")
    func inboundAnswer() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Wait length=\"5\"/><Speak>Welcome</Speak></Response>")
        harness.calls.receive(CallHarness.setup(direction: .inbound))
        harness.advance(by: .zero)
        let answer = try #require(harness.callbacks.callbacks(kind: "answer").first)
        #expect(answer.parameters["CallStatus"] == "ringing")
        #expect(answer.parameters["Direction"] == "inbound")
        #expect(answer.parameters["ALegUUID"] == nil)
        harness.advance(by: .seconds(10))
        let record = try #require(harness.records.first)
        #expect(record.answeredAt == CallHarness.origin + .seconds(5))
        #expect(record.duration == 1)
        #expect(record.status == .completed)
    }

    @Test("<Hangup reason=\"busy\"/> refuses an inbound call unanswered; <Hangup/> ends an answered one")
    func hangupVerb() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Hangup reason=\"busy\"/></Response>")
        harness.calls.receive(CallHarness.setup(direction: .inbound))
        harness.advance(by: .seconds(1))
        #expect(harness.records.first?.cause == HangupCause.busy.from("Answer XML"))
        #expect(harness.records.first?.answeredAt == nil)

        let answered = CallHarness()
        defer { answered.engine.stop() }
        answered.answer(with: "<Response><Speak>Bye</Speak><Hangup reason=\"rejected\"/><Speak>Never</Speak></Response>")
        answered.calls.place([CallHarness.setup()])
        answered.advance(by: .seconds(10))
        #expect(answered.records.first?.cause == .answerXML)
        #expect(!answered.events("call-1").contains("Speak") || answered.events("call-1").filter { $0 == "Speak" }.count == 1)
    }

    @Test("time_limit ends an answered call (6000); the callee's hangup ends it normally (4000, Callee)")
    func limits() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Speak loop=\"0\">Please hold</Speak></Response>")
        harness.calls.place([
            CallHarness.setup("limited") { $0.timeLimit = .seconds(30) },
            CallHarness.setup("hung-up", remote: VoiceBehaviour(hangupAfter: .seconds(12))),
        ])
        harness.advance(by: .seconds(60))
        let records = Dictionary(uniqueKeysWithValues: harness.records.map { ($0.callUUID, $0) })
        #expect(records["limited"]?.cause.code == 6000)
        #expect(records["limited"]?.duration == 30)
        #expect(records["hung-up"]?.cause == HangupCause.normal.from("Callee"))
        #expect(records["hung-up"]?.duration == 12)
    }

    @Test("A Redirect runs the document it fetches in place of the rest")
    func redirect() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Redirect method=\"GET\">http://127.0.0.1:9/next</Redirect><Speak>Never</Speak></Response>")
        harness.callbacks.reply("http://127.0.0.1:9/next", body: "<Response><Wait length=\"7\"/></Response>")
        harness.calls.place([CallHarness.setup()])
        harness.advance(by: .seconds(20))
        let redirect = try #require(harness.callbacks.callbacks(kind: "redirect").first)
        #expect(redirect.method == "GET")
        #expect(harness.records.first?.duration == 7)
        #expect(!harness.events("call-1").contains("Speak"))
    }

    @Test("The API hangs up an answered call (4000, API Request) and cancels one still ringing (1000, canceled)")
    func apiHangup() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Wait length=\"100\"/></Response>")
        harness.calls.place([
            CallHarness.setup("answered"),
            CallHarness.setup("ringing", remote: VoiceBehaviour(ringFor: .seconds(60))),
        ])
        harness.advance(by: .seconds(10))
        #expect(harness.calls.hangup("answered", mainAccountID: "MAACCOUNT", subaccountID: nil))
        #expect(harness.calls.cancelRequest("ringing", mainAccountID: "MAACCOUNT", subaccountID: nil))
        #expect(!harness.calls.hangup("unknown", mainAccountID: "MAACCOUNT", subaccountID: nil))
        #expect(!harness.calls.hangup("answered", mainAccountID: "MAOTHER", subaccountID: nil))
        harness.advance(by: .zero)
        let records = Dictionary(uniqueKeysWithValues: harness.records.map { ($0.callUUID, $0) })
        #expect(records["answered"]?.cause == HangupCause.normal.from("API Request"))
        #expect(records["answered"]?.duration == 6)
        #expect(records["ringing"]?.status == .canceled)
        #expect(records["ringing"]?.cause.code == 1000)
    }

    @Test("A transfer replaces what an answered call runs with the document at the new URL")
    func transfer() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Wait length=\"100\"/></Response>")
        harness.callbacks.reply("http://127.0.0.1:9/transfer", body: "<Response><Speak>Moved</Speak></Response>")
        harness.calls.place([CallHarness.setup()])
        harness.advance(by: .seconds(10))
        #expect(harness.calls.transfer("call-1", to: CallURL("http://127.0.0.1:9/transfer"), mainAccountID: "MAACCOUNT", subaccountID: nil))
        harness.advance(by: .seconds(1))
        let record = try #require(harness.records.first, "\(harness.traces.trace(id: "call-1")!.entries.map { "\($0.time.microseconds - CallHarness.origin.microseconds) \($0.event) \($0.details)" })")
        #expect(record.cause.code == 4010)
        #expect(record.duration == 7)
        #expect(harness.callbacks.callbacks(kind: "transfer").first?.parameters["Event"] == "Transfer")
    }

    @Test("machine_detection=hangup ends a call a machine answers (9100) before any XML runs")
    func machineDetection() throws {
        let harness = CallHarness()
        defer { harness.engine.stop() }
        harness.answer(with: "<Response><Speak>Hi</Speak></Response>")
        harness.calls.place([
            CallHarness.setup("machine", remote: VoiceBehaviour(answer: .machine)) {
                $0.machineDetection = MachineDetection(mode: .hangup)
            },
            CallHarness.setup("human") { $0.machineDetection = MachineDetection(mode: .report, time: .seconds(2)) },
        ])
        harness.advance(by: .seconds(20))
        let records = Dictionary(uniqueKeysWithValues: harness.records.map { ($0.callUUID, $0) })
        #expect(records["machine"]?.cause.code == 9100)
        #expect(records["machine"]?.duration == 5)
        #expect(harness.callbacks.callbacks(kind: "hangup").first { $0.parameters["CallUUID"] == "machine" }?.parameters["Machine"] == "true")
        let answers = harness.callbacks.callbacks(kind: "answer")
        #expect(answers.map { $0.parameters["CallUUID"] } == ["human"])
        #expect(answers.first?.parameters["Machine"] == "false")
        #expect(records["human"]?.answeredAt == CallHarness.origin + .seconds(4))
    }
}
