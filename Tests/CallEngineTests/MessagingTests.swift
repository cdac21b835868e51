import PlivoCatalog
import Testing
@testable import CallEngine

@Suite("Messages on the engine: lifecycle, reports, replies")
struct MessagingTests {
    static func message(uuid: String = "11111111-2222-3333-4444-000000000001", text: String = "hello",
                        behaviour: SMSBehaviour = SMSBehaviour(), url: String? = "http://127.0.0.1:9/status")
        -> OutboundMessage {
        let units = SMSEncoding.units(of: text)
        return OutboundMessage(
            uuid: uuid, accountID: "MAACCOUNT", subaccountID: nil, from: "14155550100", to: "447700900123",
            type: "sms", text: text, units: units, rate: "0.04150", amount: Money(units: 4150) * units, mcc: "234",
            mnc: "30", statusURL: url, statusMethod: "POST", credentials: EngineHarness.credentials,
            powerpackUUID: nil, queuedAt: EngineHarness.origin, behaviour: behaviour)
    }

    static func states(_ store: RecordingStore) -> [(String, Int64)] {
        store.changes.compactMap {
            guard case .messageState(let change) = $0 else { return nil }
            return (change.state.rawValue, (change.time - EngineHarness.origin).milliseconds)
        }
    }

    @Test("A delivered message goes queued, sent after 1 s, delivered 2 s later, reported at each step")
    func delivered() {
        let harness = EngineHarness()
        defer { harness.engine.stop() }
        harness.messaging.queue([Self.message()])
        harness.engine.waitUntilIdle()
        #expect(harness.callbacks.callbacks.map { $0.parameters["Status"] } == ["queued"])
        harness.advance(by: .seconds(1))
        harness.advance(by: .seconds(2))
        #expect(Self.states(harness.store).map(\.0) == ["sent", "delivered"])
        #expect(Self.states(harness.store).map(\.1) == [1000, 3000])
        let reports = harness.callbacks.callbacks
        #expect(reports.map { $0.parameters["Status"] } == ["queued", "sent", "delivered"])
        let last = reports[2].parameters
        #expect(last["MessageUUID"] == "11111111-2222-3333-4444-000000000001")
        #expect(last["ParentMessageUUID"] == last["MessageUUID"])
        #expect(last["PartInfo"] == "1 of 1")
        #expect(last["TotalAmount"] == "0.04150")
        #expect(last["MCC"] == "234")
        #expect(last["ErrorCode"] == nil)
        #expect(last["SentTime"] == "2026-01-01 00:00:01.000000")
        #expect(last["DeliveryReportTime"] == "2026-01-01 00:00:03.000000")
        let trace = harness.traces.trace(id: "11111111-2222-3333-4444-000000000001")
        #expect(trace?.entries.filter { $0.exchange == nil }.map(\.event) == ["queued", "sent", "delivered"])
        #expect(trace?.entries.filter { $0.exchange != nil }.count == 3)
    }

    @Test("A long SMS is reported part by part, each part with its own UUID and the message's as parent")
    func longMessageParts() {
        let harness = EngineHarness()
        defer { harness.engine.stop() }
        let text = String(repeating: "a", count: 161)
        harness.messaging.queue([Self.message(text: text)])
        harness.advance(by: .seconds(3))
        let delivered = harness.callbacks.callbacks.filter { $0.parameters["Status"] == "delivered" }
        #expect(delivered.map { $0.parameters["PartInfo"] } == ["1 of 2", "2 of 2"])
        #expect(delivered.map { $0.parameters["MessageUUID"] }
            == ["11111111-2222-3333-4444-000000000001", "11111111-2222-3333-4444-000000000002"])
        #expect(delivered.allSatisfy { $0.parameters["ParentMessageUUID"] == "11111111-2222-3333-4444-000000000001" })
        #expect(delivered.allSatisfy { $0.parameters["Units"] == "2" && $0.parameters["TotalAmount"] == "0.08300" })
    }

    @Test("Failed, rejected and undelivered messages stop where the handset says, with their error codes", arguments: [
        (SMSBehaviour.Outcome.failed, ["failed"], "300"),
        (.rejected, ["rejected"], "100"),
        (.undelivered, ["sent", "undelivered"], "80"),
    ])
    func failures(outcome: SMSBehaviour.Outcome, states: [String], code: String) {
        let harness = EngineHarness()
        defer { harness.engine.stop() }
        harness.messaging.queue([Self.message(behaviour: SMSBehaviour(outcome: outcome))])
        harness.advance(by: .seconds(10))
        #expect(Self.states(harness.store).map(\.0) == states)
        #expect(harness.callbacks.callbacks.last?.parameters["ErrorCode"] == code)
        #expect(harness.callbacks.callbacks.last?.parameters["Status"] == states.last)
    }

    @Test("A handset's reply comes back as an inbound message to the sender's number and its message_url")
    func reply() {
        let destination = NumberDestination(
            number: "14155550100", accountID: "MAACCOUNT", subaccountID: nil, appID: "1", messageURL: "http://127.0.0.1:9/inbound",
            messageMethod: "POST", logIncomingMessages: false, credentials: EngineHarness.credentials)
        let harness = EngineHarness(destinations: ["14155550100": destination])
        defer { harness.engine.stop() }
        let behaviour = SMSBehaviour(reply: SMSBehaviour.Reply(text: "STOP", after: .seconds(5)))
        harness.messaging.queue([Self.message(behaviour: behaviour, url: nil)])
        harness.advance(by: .seconds(3))
        #expect(harness.callbacks.callbacks.isEmpty)
        harness.advance(by: .seconds(5))
        let inbound = harness.callbacks.callbacks
        #expect(inbound.map(\.kind) == ["message"])
        #expect(inbound.first?.parameters["From"] == "447700900123")
        #expect(inbound.first?.parameters["Text"] == "STOP")
        let stored = harness.store.changes.compactMap { change -> InboundMessage? in
            if case .inboundMessage(let message) = change { return message }
            return nil
        }
        #expect(stored.map(\.storedText) == [""], "the application does not log incoming messages")
        #expect(stored.first.map { ($0.receivedAt - EngineHarness.origin).milliseconds } == 8000)
    }
}
