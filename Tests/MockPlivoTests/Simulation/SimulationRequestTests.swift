import Testing
@testable import MockPlivo

extension SimulationAPITests {
    /// Messages, endpoint calls, and every way a simulation request can be refused before a callback is made.
    @Suite struct SimulationRequestTests {
        @Test("Inbound message is delivered to the message URL")
        func inboundMessageIsDeliveredToTheMessageURL() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, message: true)

                let response = client.simulateMessage(appID: appID, text: "Hi there")

                #expect(response.status == 201, "\(response.text)")
                #expect(response.string("kind") == "message")
                #expect(response.string("outcome") == "delivered")
                #expect(response["call_uuid"] == .null)
                #expect(response["hangup_cause"] == .null)
                let messageUUID = try #require(response.string("message_uuid"))
                let request = try #require(receiver.requests.first)
                #expect(receiver.requests.count == 1)
                #expect(request.path == "/message")
                #expect(request.formParameters["From"] == "14155550100")
                #expect(request.formParameters["To"] == "14155550199")
                #expect(request.formParameters["Text"] == "Hi there")
                #expect(request.formParameters["Type"] == "sms")
                #expect(request.formParameters["MessageUUID"] == messageUUID)
                expectSigned(request, authToken: client.authToken, mainAuthToken: client.authToken)
            }
        }

        @Test("Message to an application without message URL is a 400")

        func messageToAnApplicationWithoutMessageURLIsA400() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver { receiver in
                let appID = try client.makeApplication(receiver: receiver)

                let response = client.simulateMessage(appID: appID)

                #expect(response.status == 400)
                #expect(response.error == "application \(appID) has no message_url")
                #expect(response.string("api_id") != nil)
                #expect(receiver.requests.isEmpty)
                #expect(client.application.simulationLog.list().isEmpty)
            }
        }

        @Test("Missing parameters are a 400 naming them")

        func missingParametersAreA400NamingThem() throws {
            let client = try RouterClient()
            let appID = try client.makeApplication(extra: ["message_url": "http://127.0.0.1:9/message"])

            #expect(client.post(client.mockURL("Application/\(appID)/Call/"), json: ["to": "1"]).error
                == "from is required")
            #expect(client.post(client.mockURL("Application/\(appID)/Call/"), json: ["from": "1"]).error
                == "to is required")
            let message = client.post(client.mockURL("Application/\(appID)/Message/"), json: ["from": "1", "to": "2"])
            #expect(message.status == 400)
            #expect(message.error == "text is required")
            let duration = client.simulateCall(appID: appID, extra: ["duration": "-1"])
            #expect(duration.status == 400)
            #expect(duration.error?.hasPrefix("duration ") == true)
        }

        @Test("Form bodies are accepted like JSON")

        func formBodiesAreAcceptedLikeJSON() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, message: true)

                let response = client.post(
                    client.mockURL("Application/\(appID)/Message/"), form: "from=14155550100&to=14155550199&text=a+b")

                #expect(response.status == 201, "\(response.text)")
                #expect(receiver.requests.first?.formParameters["Text"] == "a b")
            }
        }

        @Test("Unknown application is a 404")

        func unknownApplicationIsA404() throws {
            let client = try RouterClient()

            let response = client.simulateCall(appID: "12345678901234567")

            #expect(response.status == 404)
            #expect(response.error == "not found")
        }

        @Test("Simulations need the account's credentials")

        func simulationsNeedTheAccountsCredentials() throws {
            let client = try RouterClient()
            let appID = try client.makeApplication()

            let wrongToken = client.authenticated(as: client.authID, token: "wrong").simulateCall(appID: appID)
            #expect(wrongToken.status == 401)
            let other = try client.makeSubaccount()
            let otherPath = other.post(client.mockURL("Application/\(appID)/Call/"), json: ["from": "1", "to": "2"])
            #expect(otherPath.status == 401)
            #expect(client.authenticated(as: client.authID, token: "wrong").get("/__mock/health").status == 200)
        }

        @Test("Call to an endpoint reaches its application with the SIP URI")

        func callToAnEndpointReachesItsApplicationWithTheSIPURI() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)
                let endpoint = try client.makeEndpoint(username: "alice", appID: appID)

                let response = client.post(client.mockURL("Endpoint/\(endpoint.id)/Call/"), json: ["from": "bob"])

                #expect(response.status == 201, "\(response.text)")
                #expect(response.string("app_id") == appID)
                #expect(receiver.requests.first?.formParameters["To"] == "sip:\(endpoint.username)@phone.plivo.com")
                #expect(receiver.requests.first?.formParameters["From"] == "bob")
            }
        }

        @Test("Call to an endpoint without application is a 400")

        func callToAnEndpointWithoutApplicationIsA400() throws {
            let client = try RouterClient()
            let endpoint = try client.makeEndpoint(username: "alice")

            let response = client.post(client.mockURL("Endpoint/\(endpoint.id)/Call/"), json: ["from": "bob"])

            #expect(response.status == 400)
            #expect(response.error == "endpoint \(endpoint.id) has no application attached")
            #expect(client.post(client.mockURL("Endpoint/99999/Call/"), json: ["from": "bob"]).status == 404)
        }
    }
}
