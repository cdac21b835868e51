import Testing
@testable import HTTPServerKit

@Suite("Live: spreading connections over the loops")
struct ConnectionBalancingLiveTests {
    @Test("Connections opened in a burst are spread evenly over the loops")
    func burstIsSpreadEvenly() throws {
        try withTestServer { server in
            let clients = try (0..<8).map { _ in try server.connect() }
            // Once each has been answered, each has been accepted and placed.
            for client in clients {
                try client.send(rawRequest("GET", "/hello"))
                #expect(try client.readResponse().status == 200)
            }
            #expect(server.server.connectionCountsPerLoop == [4, 4])
        }
    }

    @Test("A loop whose connections closed gets the next ones")
    func closedConnectionsMakeRoom() throws {
        try withTestServer { server in
            var clients = try (0..<4).map { _ in try server.connect() }
            for client in clients {
                try client.send(rawRequest("GET", "/hello"))
                #expect(try client.readResponse().status == 200)
            }
            for client in clients {
                try client.send(rawRequest("GET", "/hello", headers: ["Connection: close"]))
                _ = try client.readResponse()
                _ = try client.readUntilClosed()
            }
            clients = try (0..<6).map { _ in try server.connect() }
            for client in clients {
                try client.send(rawRequest("GET", "/hello"))
                #expect(try client.readResponse().status == 200)
            }
            #expect(server.server.connectionCountsPerLoop == [3, 3])
        }
    }
}
