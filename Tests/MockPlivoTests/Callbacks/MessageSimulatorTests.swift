import Testing
@testable import MockPlivo
@testable import PlivoStore

extension CallbackTests {
    /// Live inbound-SMS simulations against a `CallbackReceiver`.
    @Suite struct MessageSimulatorTests {
        static func request(_ application: Application, text: String = "Hello from the mock")
            -> MessageSimulationRequest
        {
            MessageSimulationRequest(
                application: application, authToken: CallbackFixtures.authToken,
                mainAuthToken: CallbackFixtures.mainAuthToken, from: "14155550100", to: "14155550199", text: text)
        }

        @Test("Delivers the documented parameters to the message URL")

        func deliversTheDocumentedParametersToTheMessageURL() async throws {
            try await withCallbackReceiver(replies: [.ok]) { receiver in
                let application = CallbackFixtures.application(answerURL: "", messageURL: receiver.url("/sms"))
                let simulator = MessageSimulator(sender: CallbackFixtures.sender(), log: SimulationLog())

                let record = try await simulator.simulateMessage(Self.request(application, text: "Hi & bye = 2+2 é"))

                #expect(record.kind == .message)
                #expect(record.outcome == .delivered)
                #expect(record.id == record.messageUUID)
                let sms = try #require(receiver.requests.first)
                #expect(receiver.requests.count == 1)
                #expect(sms.method == "POST")
                #expect(sms.path == "/sms")
                #expect(sms.header("Content-Type") == "application/x-www-form-urlencoded")
                let parameters = sms.formParameters
                #expect(parameters["From"] == "14155550100")
                #expect(parameters["To"] == "14155550199")
                #expect(parameters["Type"] == "sms")
                #expect(parameters["Text"] == "Hi & bye = 2+2 é")
                #expect(parameters["MessageUUID"] == record.messageUUID)
                #expect(parameters["Units"] == "1")
                #expect(parameters["TotalRate"] == "0.00000")
                #expect(parameters["TotalAmount"] == "0.00000")
                #expect(parameters["MessageIntent"] == "")
                CallbackFixtures.expectValidSignatures(sms)
            }
        }

        @Test("Get message URLs carry the parameters in the query")

        func getMessageURLsCarryTheParametersInTheQuery() async throws {
            try await withCallbackReceiver(replies: [.ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: "", messageURL: receiver.url("/sms?app=1"), messageMethod: "GET")
                let simulator = MessageSimulator(sender: CallbackFixtures.sender(), log: SimulationLog())

                _ = try await simulator.simulateMessage(Self.request(application))

                let sms = try #require(receiver.requests.first)
                #expect(sms.method == "GET")
                #expect(sms.queryParameters["app"] == "1")
                #expect(sms.queryParameters["Text"] == "Hello from the mock")
                CallbackFixtures.expectValidSignatures(sms)
            }
        }

        @Test("A failing message URL is recorded as failed")

        func aFailingMessageURLIsRecordedAsFailed() async throws {
            try await withCallbackReceiver(replies: [.respond(status: 404, contentType: "text/plain", body: "nope")]) {
                receiver in
                let log = SimulationLog()
                let application = CallbackFixtures.application(answerURL: "", messageURL: receiver.url("/sms"))
                let simulator = MessageSimulator(sender: CallbackFixtures.sender(), log: log)

                let record = try await simulator.simulateMessage(Self.request(application))

                #expect(record.outcome == .failed)
                #expect(record.callbacks.first?.responseStatus == 404)
                #expect(record.callbacks.first?.responseBody == "nope")
                #expect(log.record(id: record.id) == record)
            }
        }

        @Test("An application without message URL cannot receive a message")

        func anApplicationWithoutMessageURLCannotReceiveAMessage() async throws {
            let application = CallbackFixtures.application(answerURL: "http://127.0.0.1:9/answer")
            let simulator = MessageSimulator(sender: CallbackFixtures.sender(), log: SimulationLog())
            await #expect(throws: SimulationError.noMessageURL(applicationID: application.appID)) {
                try await simulator.simulateMessage(Self.request(application))
            }
        }

        @Test("Counts SMS units as GSM-7 or UCS-2", arguments: [
            ("", 1),
            (String(repeating: "a", count: 160), 1),
            (String(repeating: "a", count: 161), 2),
            (String(repeating: "a", count: 306), 2),
            (String(repeating: "a", count: 307), 3),
            (String(repeating: "€", count: 80), 1),
            (String(repeating: "€", count: 81), 2),
            (String(repeating: "ж", count: 70), 1),
            (String(repeating: "ж", count: 71), 2),
            ("😀", 1),
        ])
        func countsSMSUnitsAsGSM7OrUCS2(text: String, units: Int) {
            #expect(MessageSimulator.units(of: text) == units)
        }
    }
}
