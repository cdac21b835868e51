import Testing
@testable import CallEngine
@testable import MockPlivo

extension CallbackTests {
    /// How each callback is put on the wire: GET in the query, POST in a form body, headers, and the record's view
    /// of it.
    @Suite struct CallSimulatorRequestFormTests {
        @Test("Get callbacks carry the parameters in the query after the URL's own")
        func getCallbacksCarryTheParametersInTheQueryAfterTheURLsOwn() async throws {
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer?tenant=a%20b"), answerMethod: "GET",
                    hangupURL: receiver.url("/hangup"), hangupMethod: "GET")
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(
                    CallbackFixtures.callRequest(application, forwardedFrom: "14155550111"))

                let requests = receiver.requests
                try #require(requests.count == 2)
                #expect(requests.map(\.method) == ["GET", "GET"])
                #expect(requests[0].body.isEmpty)
                #expect(requests[0].header("Content-Type") == nil)
                let query = requests[0].queryParameters
                #expect(query["tenant"] == "a b")
                #expect(query["CallUUID"] == record.callUUID)
                #expect(query["CallStatus"] == "ringing")
                #expect(query["ForwardedFrom"] == "14155550111")
                #expect(requests[1].queryParameters["HangupCauseCode"] == "4000")
                #expect(record.callbacks[0].url == requests[0].url)
                requests.forEach { CallbackFixtures.expectValidSignatures($0) }
            }
        }

        @Test("Post callbacks are form encoded and keep the URL's query")

        func postCallbacksAreFormEncodedAndKeepTheURLsQuery() async throws {
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let application = CallbackFixtures.application(
                    answerURL: receiver.url("/answer?tenant=x"), hangupURL: receiver.url("/hangup"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                let answer = try #require(receiver.requests.first)
                #expect(answer.method == "POST")
                #expect(answer.target == "/answer?tenant=x")
                #expect(answer.header("Content-Type") == "application/x-www-form-urlencoded")
                #expect(answer.header("User-Agent") == "PlivoHTTP/1.0")
                #expect(answer.formParameters == record.callbacks[0].parameters)
                CallbackFixtures.expectValidSignatures(answer)
            }
        }

        @Test("Signs the plain headers with the owners token and ma with the main token")

        func signsThePlainHeadersWithTheOwnersTokenAndMaWithTheMainToken() async throws {
            try await withCallbackReceiver(replies: [.plivoXML]) { receiver in
                let application = CallbackFixtures.application(answerURL: receiver.url("/answer"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                _ = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                let answer = try #require(receiver.requests.first)
                let nonce = try #require(answer.header("X-Plivo-Signature-V2-Nonce"))
                #expect(
                    answer.header("X-Plivo-Signature-V2")
                        == PlivoSignature.v2(url: answer.url, nonce: nonce, authToken: CallbackFixtures.authToken))
                #expect(
                    answer.header("X-Plivo-Signature-Ma-V2")
                        == PlivoSignature.v2(url: answer.url, nonce: nonce, authToken: CallbackFixtures.mainAuthToken))
                #expect(answer.header("X-Plivo-Signature-V2") != answer.header("X-Plivo-Signature-Ma-V2"))
            }
        }

        @Test("Records the response body cut to the recorded bound")

        func recordsTheResponseBodyCutToTheRecordedBound() async throws {
            let longXML = "<Response><Speak>" + String(repeating: "a", count: 5000) + "</Speak></Response>"
            try await withCallbackReceiver(replies: [.respond(status: 200, body: longXML)]) { receiver in
                let application = CallbackFixtures.application(answerURL: receiver.url("/answer"))
                let simulator = try CallbackFixtures.simulator(log: SimulationLog())

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(record.outcome == .answered)
                let answer = try #require(record.callbacks.first)
                #expect(answer.responseStatus == 200)
                #expect(answer.responseBody.utf8.count == 2048)
                #expect(answer.responseBodyTruncated)
            }
        }

        @Test("An application without answer URL cannot take a call")

        func anApplicationWithoutAnswerURLCannotTakeACall() async throws {
            let simulator = try CallbackFixtures.simulator(log: SimulationLog())
            let application = CallbackFixtures.application(answerURL: "")
            await #expect(throws: SimulationError.noAnswerURL(applicationID: application.appID)) {
                try await simulator.simulateCall(CallbackFixtures.callRequest(application))
            }
        }

        @Test("The record is kept in the log")

        func theRecordIsKeptInTheLog() async throws {
            try await withCallbackReceiver(replies: [.plivoXML]) { receiver in
                let log = SimulationLog(capacity: 4)
                let simulator = try CallbackFixtures.simulator(log: log)
                let application = CallbackFixtures.application(answerURL: receiver.url("/answer"))

                let record = try await simulator.simulateCall(CallbackFixtures.callRequest(application))

                #expect(log.record(id: record.id) == record)
                #expect(log.list() == [record])
            }
        }
    }
}
