import Testing
@testable import CallEngine
@testable import MockPlivo
@testable import OutboundHTTP

extension CallbackTests {
    /// Live simulations against a `CallbackReceiver`: what the user's server receives, in which order, and what
    /// the record says afterwards.
    @Suite struct CallSimulatorTests {
        @Test("Answered call requests the answer URL then reports a normal hangup")
        func answeredCallRequestsTheAnswerURLThenReportsANormalHangup() async throws {
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer"), hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .answered)
                #expect(record.callbacks.map(\.kind) == [.answer, .hangup])
                #expect(record.hangupCause == HangupCause.normal.from("Caller"))
                let requests = receiver.requests
                try #require(requests.count == 2)
                #expect(requests.map(\.path) == ["/answer", "/hangup"])

                let answer = requests[0].formParameters
                #expect(answer["CallUUID"] == record.callUUID)
                #expect(answer["From"] == "14155550100")
                #expect(answer["To"] == "14155550199")
                #expect(answer["CallStatus"] == "ringing")
                #expect(answer["Direction"] == "inbound")
                #expect(answer["Event"] == "StartApp")
                #expect(answer["ParentAuthID"] == "MAZDQ1ZDQ5ZDQ5ZDQ5ZD")
                #expect(answer["RequestUUID"] == record.callUUID)
                #expect(answer["SessionStart"]?.count == "2020-04-08 11:34:33.238707".count)
                #expect(answer["ForwardedFrom"] == nil)

                let hangup = requests[1].formParameters
                #expect(hangup["CallUUID"] == record.callUUID)
                #expect(hangup["CallStatus"] == "completed")
                #expect(hangup["Direction"] == "inbound")
                #expect(hangup["Duration"] == "42")
                #expect(hangup["BillDuration"] == "60")
                #expect(hangup["HangupCauseName"] == "Normal Hangup")
                #expect(hangup["HangupCauseCode"] == "4000")
                #expect(hangup["HangupSource"] == "Caller")
                #expect(hangup["HangupCause"] == "NORMAL_CLEARING")
                #expect(hangup["StartTime"]?.count == "2020-04-08 11:34:33".count)
                #expect(hangup["AnswerTime"]?.isEmpty == false)
                #expect(hangup["EndTime"]?.isEmpty == false)
                requests.forEach { CallbackFixtures.expectValidSignatures($0) }
            }
        }

        @Test("Answer XML that hangs up is reported as the source")

        func answerXMLThatHangsUpIsReportedAsTheSource() async throws {
            let hangingUp = CallbackReceiver.Reply.respond(status: 200, body: "<Response><Hangup/></Response>")
            try await withCallbackReceiver(replies: [hangingUp, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer"), hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .answered)
                #expect(receiver.requests.last?.formParameters["HangupSource"] == "Answer XML")
            }
        }

        @Test("Failed answer falls back with the same parameters", arguments: [
            CallbackReceiver.Reply.respond(status: 500, contentType: "text/plain", body: "boom"),
            .respond(status: 200, contentType: "application/json", body: #"{"ok": true}"#),
            .respond(status: 200, contentType: "text/html", body: "<html><body>Response</body></html>"),
            .respond(status: 302, contentType: "text/plain", body: "", headers: ["Location": "/elsewhere"]),
            .close,
        ])
        func failedAnswerFallsBackWithTheSameParameters(answerReply: CallbackReceiver.Reply) async throws {
            try await withCallbackReceiver(replies: [answerReply, .plivoXML, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer"), fallbackURL: receiver.url("/fallback"),
                    hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .answeredByFallback)
                #expect(record.callbacks.map(\.kind) == [.answer, .fallback, .hangup])
                let requests = receiver.requests
                try #require(requests.count == 3)
                #expect(requests.map(\.path) == ["/answer", "/fallback", "/hangup"])
                #expect(requests[1].formParameters == requests[0].formParameters)
                #expect(requests[2].formParameters["HangupCauseCode"] == "4010")
                requests.forEach { CallbackFixtures.expectValidSignatures($0) }
            }
        }

        @Test("Unreachable answer URL falls back")

        func unreachableAnswerURLFallsBack() async throws {
            let closedPort = try CallbackReceiver.closedPort()
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: "http://127.0.0.1:\(closedPort)/answer", fallbackURL: receiver.url("/fallback"),
                    hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .answeredByFallback)
                let answer = try #require(record.callbacks.first)
                #expect(answer.responseStatus == nil)
                #expect(answer.error != nil)
                #expect(receiver.requests.map(\.path) == ["/fallback", "/hangup"])
            }
        }

        @Test("Answer URL that never responds times out and falls back")

        func answerURLThatNeverRespondsTimesOutAndFallsBack() async throws {
            try await withCallbackReceiver(replies: [.hold, .plivoXML, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer"), fallbackURL: receiver.url("/fallback"),
                    hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .answeredByFallback)
                #expect(record.callbacks.first?.error == CallbackTransportError.timedOut.message)
            }
        }

        @Test("Both URLs failing disconnects with an error cause")

        func bothURLsFailingDisconnectsWithAnErrorCause() async throws {
            let notXML = CallbackReceiver.Reply.respond(status: 200, contentType: "text/plain", body: "hello")
            let serverError = CallbackReceiver.Reply.respond(status: 500, contentType: "text/plain", body: "boom")
            try await withCallbackReceiver(replies: [serverError, notXML, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer"), fallbackURL: receiver.url("/fallback"),
                    hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .disconnected)
                #expect(record.hangupCause == .invalidAnswerXML)
                let hangup = try #require(receiver.requests.last).formParameters
                #expect(hangup["HangupCauseName"] == "Invalid Answer XML")
                #expect(hangup["HangupCauseCode"] == "8011")
                #expect(hangup["HangupSource"] == "Error")
                #expect(hangup["Duration"] == "0")
                #expect(hangup["BillDuration"] == "0")
                #expect(hangup["AnswerTime"] == "")
            }
        }

        @Test("Failing answer without fallback disconnects without trying one")

        func failingAnswerWithoutFallbackDisconnectsWithoutTryingOne() async throws {
            let serverError = CallbackReceiver.Reply.respond(status: 503, contentType: "text/plain", body: "down")
            try await withCallbackReceiver(replies: [serverError, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer"), hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .disconnected)
                #expect(record.callbacks.map(\.kind) == [.answer, .hangup])
                #expect(record.hangupCause == .errorReachingAnswerURL)
                let hangup = try #require(receiver.requests.last).formParameters
                #expect(hangup["HangupCauseName"] == "Error Reaching Answer URL")
                #expect(hangup["HangupCauseCode"] == "7011")
                #expect(hangup["HangupSource"] == "Error")
            }
        }
    }
}
