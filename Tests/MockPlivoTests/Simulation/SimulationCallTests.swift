import Testing
@testable import MockPlivo

extension SimulationAPITests {
    /// Simulated inbound calls through the router, against a real receiving server: what the user's server gets,
    /// and the record the caller gets back.
    @Suite struct SimulationCallTests {
        @Test("Answered call returns the record of every callback")
        func answeredCallReturnsTheRecordOfEveryCallback() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)

                let response = client.simulateCall(appID: appID, extra: ["duration": 42])

                #expect(response.status == 201, "\(response.text)")
                let callUUID = try #require(response.string("call_uuid"))
                #expect(response.string("id") == callUUID)
                #expect(response.string("app_id") == appID)
                #expect(response.string("kind") == "call")
                #expect(response.string("outcome") == "answered")
                #expect(response["message_uuid"] == .null)
                #expect(response.string("resource_uri") == "/__mock/Account/\(client.authID)/Simulations/\(callUUID)/")
                #expect(response["hangup_cause"]?["name"]?.stringValue == "Normal Hangup")
                #expect(response["hangup_cause"]?["code"]?.intValue == 4000)
                #expect(response["hangup_cause"]?["source"]?.stringValue == "Caller")
                #expect(response["hangup_cause"]?["cause"]?.stringValue == "NORMAL_CLEARING")
                let callbacks = try #require(response["callbacks"]?.arrayValue)
                #expect(callbacks.map { $0["kind"]?.stringValue } == ["answer", "hangup"])
                #expect(callbacks[0]["url"]?.stringValue == receiver.url("/answer"))
                #expect(callbacks[0]["method"]?.stringValue == "POST")
                #expect(callbacks[0]["status"]?.intValue == 200)
                #expect(callbacks[0]["succeeded"] == .bool(true))
                #expect(callbacks[0]["error"] == .null)
                #expect(callbacks[0]["response_body"]?.stringValue == "<Response><Speak>Hello</Speak><Wait length=\"100\"/></Response>")
                #expect(callbacks[0]["response_body_truncated"] == .bool(false))
                #expect(callbacks[0]["params"]?["CallUUID"]?.stringValue == callUUID)
                #expect(callbacks[0]["request_headers"]?["X-Plivo-Signature-V3"]?.stringValue?.isEmpty == false)
                #expect(callbacks[1]["params"]?["Duration"]?.stringValue == "42")

                let requests = receiver.requests
                try #require(requests.count == 2)
                #expect(requests.map(\.path) == ["/answer", "/hangup"])
                #expect(requests[0].formParameters["From"] == "14155550100")
                #expect(requests[0].formParameters["To"] == "14155550199")
                #expect(requests[0].formParameters["CallStatus"] == "ringing")
                #expect(requests[0].formParameters["Direction"] == "inbound")
                #expect(requests[0].formParameters["ParentAuthID"] == client.authID)
                for request in requests {
                    expectSigned(request, authToken: client.authToken, mainAuthToken: client.authToken)
                }
            }
        }

        @Test("Hangup callback carries durations and the cause")

        func hangupCallbackCarriesDurationsAndTheCause() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)

                let response = client.simulateCall(appID: appID, extra: ["duration": "61", "forwarded_from": "1999"])

                #expect(response.status == 201, "\(response.text)")
                let hangup = try #require(receiver.requests.last).formParameters
                #expect(hangup["CallUUID"] == response.string("call_uuid"))
                #expect(hangup["CallStatus"] == "completed")
                #expect(hangup["Event"] == "Hangup")
                #expect(hangup["Duration"] == "61")
                #expect(hangup["BillDuration"] == "120")
                #expect(hangup["HangupCauseName"] == "Normal Hangup")
                #expect(hangup["HangupCauseCode"] == "4000")
                #expect(hangup["HangupSource"] == "Caller")
                #expect(hangup["ForwardedFrom"] == "1999")
                #expect(hangup["AnswerTime"]?.isEmpty == false)
            }
        }

        @Test("Failed answer URL falls back")

        func failedAnswerURLFallsBack() async throws {
            let client = try RouterClient()
            let failure = CallbackReceiver.Reply.respond(status: 500, contentType: "text/plain", body: "boom")
            try await withCallbackReceiver(replies: [failure, .plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, fallback: true)

                let response = client.simulateCall(appID: appID)

                #expect(response.status == 201, "\(response.text)")
                #expect(response.string("outcome") == "answered_by_fallback")
                let callbacks = try #require(response["callbacks"]?.arrayValue)
                #expect(callbacks.map { $0["kind"]?.stringValue } == ["answer", "fallback", "hangup"])
                #expect(callbacks[0]["status"]?.intValue == 500)
                #expect(callbacks[0]["succeeded"] == .bool(false))
                #expect(receiver.requests.map(\.path) == ["/answer", "/fallback", "/hangup"])
                #expect(receiver.requests[1].formParameters["CallUUID"] == response.string("call_uuid"))
            }
        }

        @Test("Answer that is not Plivo XML falls back")

        func answerThatIsNotPlivoXMLFallsBack() async throws {
            let client = try RouterClient()
            let json = CallbackReceiver.Reply.respond(status: 200, contentType: "application/json", body: "{}")
            try await withCallbackReceiver(replies: [json, .plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, fallback: true)

                let response = client.simulateCall(appID: appID)

                #expect(response.string("outcome") == "answered_by_fallback", "\(response.text)")
                #expect(response["callbacks"]?[0]?["status"]?.intValue == 200)
                #expect(receiver.requests.map(\.path) == ["/answer", "/fallback", "/hangup"])
            }
        }

        @Test("Call is disconnected when answer and fallback both fail")

        func callIsDisconnectedWhenAnswerAndFallbackBothFail() async throws {
            let client = try RouterClient()
            let failure = CallbackReceiver.Reply.respond(status: 503, contentType: "text/plain", body: "down")
            try await withCallbackReceiver(replies: [failure, failure, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, fallback: true)

                let response = client.simulateCall(appID: appID)

                #expect(response.status == 201, "\(response.text)")
                #expect(response.string("outcome") == "disconnected")
                #expect(response["hangup_cause"]?["code"]?.intValue == 7011)
                let hangup = try #require(receiver.requests.last)
                #expect(hangup.path == "/hangup")
                #expect(hangup.formParameters["HangupCauseCode"] == "7011")
                #expect(hangup.formParameters["HangupCauseName"] == "Error Reaching Answer URL")
                #expect(hangup.formParameters["Duration"] == "0")
                #expect(hangup.formParameters["AnswerTime"] == "")
            }
        }

        @Test("Get methods put the parameters in the query")

        func getMethodsPutTheParametersInTheQuery() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(
                    receiver: receiver, extra: ["answer_method": "GET", "hangup_method": "POST"])

                let response = client.simulateCall(appID: appID)

                #expect(response.status == 201, "\(response.text)")
                let requests = receiver.requests
                try #require(requests.count == 2)
                #expect(requests[0].method == "GET")
                #expect(requests[0].body.isEmpty)
                #expect(requests[0].queryParameters["CallUUID"] == response.string("call_uuid"))
                #expect(requests[1].method == "POST")
                #expect(requests[1].queryParameters.isEmpty)
                #expect(requests[1].formParameters["CallUUID"] == response.string("call_uuid"))
                #expect(response["callbacks"]?[0]?["url"]?.stringValue?.hasPrefix(receiver.url("/answer?")) == true)
                #expect(response["callbacks"]?[0]?["method"]?.stringValue == "GET")
                requests.forEach { expectSigned($0, authToken: client.authToken, mainAuthToken: client.authToken) }
            }
        }
    }
}
