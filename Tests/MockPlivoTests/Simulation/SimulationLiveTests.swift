#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport


extension SimulationAPITests {
    /// The same routes through a live server on port 0: the deferred answer travels over a real socket while the
    /// event loop keeps serving.
    @Suite struct SimulationLiveTests {
        @Test("Simulated call is answered over the wire")
        func simulatedCallIsAnsweredOverTheWire() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)
                let server = client.application.server
                try server.start()
                defer { server.stop() }

                let path = client.mockURL("Application/\(appID)/Call/")
                let (body, response) = try await URLSession.shared.data(for: client.liveCall(port: server.port, path))

                #expect((response as? HTTPURLResponse)?.statusCode == 201)
                let json = try JSONDecoder().decode(JSONValue.self, from: body)
                #expect(json["outcome"]?.stringValue == "answered")
                #expect(receiver.requests.map(\.path) == ["/answer", "/hangup"])
                let id = try #require(json["id"]?.stringValue)
                #expect(client.get(client.mockURL("Simulations/\(id)/")).status == 200)
            }
        }

        /// One event loop, and a callback server that never answers: the loop goes on serving other requests.
        @Test("A hung callback server does not stall the event loop")
        func aHungCallbackServerDoesNotStallTheEventLoop() async throws {
            let client = try RouterClient(eventLoops: 1)
            // Not withCallbackReceiver: the test stops the receiver itself, and a second stop() could shut down a
            // descriptor number another test has been given since.
            let receiver = try CallbackReceiver(replies: [.hold])
            var receiverStopped = false
            defer { if !receiverStopped { receiver.stop() } }
            let appID = try client.makeApplication(receiver: receiver, hangup: false)
            let server = client.application.server
            try server.start()
            defer { server.stop() }

            let call = try client.liveCall(port: server.port, client.mockURL("Application/\(appID)/Call/"))
            async let simulated = URLSession.shared.data(for: call)
            // Wait for the answer request to be held by the receiver (bounded, not a stand-in for a signal).
            for _ in 0..<500 where receiver.requests.isEmpty {
                try await Task.sleep(for: .milliseconds(10))
            }
            try #require(receiver.requests.count == 1)

            let health = try #require(URL(string: "http://127.0.0.1:\(server.port)/__mock/health"))
            let (_, healthResponse) = try await URLSession.shared.data(from: health)
            #expect((healthResponse as? HTTPURLResponse)?.statusCode == 200)

            receiver.stop()  // closes the held connection: the answer URL failed
            receiverStopped = true
            let (body, response) = try await simulated
            #expect((response as? HTTPURLResponse)?.statusCode == 201)
            let json = try JSONDecoder().decode(JSONValue.self, from: body)
            #expect(json["outcome"]?.stringValue == "disconnected")
        }
    }
}

extension RouterClient {
    /// A form-encoded simulation POST with this client's credentials, for a live server on `port`.
    func liveCall(port: Int, _ path: String) throws -> URLRequest {
        var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)\(path)")))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(
            "Basic " + Data("\(authID):\(authToken)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        request.httpBody = Data("from=14155550100&to=14155550199".utf8)
        return request
    }
}
