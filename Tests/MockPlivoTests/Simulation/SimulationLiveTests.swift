import Foundation
import Testing

@testable import MockPlivo

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension SimulationAPITests {
    /// The same routes through a live server on port 0: the deferred answer travels over a real socket while the
    /// event loop keeps serving.
    @Suite struct SimulationLiveTests {
        @Test func simulatedCallIsAnsweredOverTheWire() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)
                let server = client.application.server
                try server.start()
                defer { server.stop() }

                let path = client.mockURL("Application/\(appID)/Call/")
                var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(server.port)\(path)")))
                request.httpMethod = "POST"
                request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
                let credentials = Data("\(client.authID):\(client.authToken)".utf8).base64EncodedString()
                request.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
                request.httpBody = Data("from=14155550100&to=14155550199".utf8)
                let (body, response) = try await URLSession.shared.data(for: request)

                #expect((response as? HTTPURLResponse)?.statusCode == 201)
                let json = try JSONDecoder().decode(JSONValue.self, from: body)
                #expect(json["outcome"]?.stringValue == "answered")
                #expect(receiver.requests.map(\.path) == ["/answer", "/hangup"])
                let id = try #require(json["id"]?.stringValue)
                #expect(client.get(client.mockURL("Simulations/\(id)/")).status == 200)
            }
        }
    }
}
