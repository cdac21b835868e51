import Testing
@testable import MockPlivo
@testable import OutboundHTTP

extension SimulationAPITests {
    /// `--outbound-hosts`: requests to the users' servers reach the hosts it names and no other; the rest fail at
    /// once, recorded as a server that cannot be reached would be.
    @Suite struct SimulationOutboundHostsTests {
        static let refusal = "could not connect: 127.0.0.1 is not among the allowed outbound hosts (--outbound-hosts)"

        @Test("A call's callbacks to a host outside --outbound-hosts fail as unreachable and are never sent")
        func callCallbacksOutsideTheOutboundHostsAreNeverSent() async throws {
            let client = try RouterClient { $0.outboundHosts = ["hooks.test"] }
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)

                let response = client.simulateCall(appID: appID)

                #expect(response.status == 201, "\(response.text)")
                let callbacks = try #require(response["callbacks"]?.arrayValue)
                #expect(callbacks.map { $0["kind"]?.stringValue } == ["answer", "hangup"])
                #expect(callbacks.map { $0["error"]?.stringValue } == [Self.refusal, Self.refusal])
                #expect(callbacks.map { $0["status"] } == [.null, .null])
                #expect(receiver.requests.isEmpty)
            }
        }

        @Test("A message simulation to a host outside --outbound-hosts fails as unreachable and is never sent")
        func messageOutsideTheOutboundHostsIsNeverSent() async throws {
            let client = try RouterClient { $0.outboundHosts = ["hooks.test"] }
            try await withCallbackReceiver(replies: [.ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, message: true)

                let response = client.simulateMessage(appID: appID)

                #expect(response.status == 201, "\(response.text)")
                let callbacks = try #require(response["callbacks"]?.arrayValue)
                #expect(callbacks.map { $0["error"]?.stringValue } == [Self.refusal])
                #expect(receiver.requests.isEmpty)
            }
        }

        @Test("loopback lets callbacks reach 127.0.0.1")
        func loopbackLetsCallbacksReachTheMachine() async throws {
            let client = try RouterClient { $0.outboundHosts = ["loopback"] }
            try await withCallbackReceiver(replies: [CallbackFixtures.longCall, .ok, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, message: true)

                #expect(client.simulateCall(appID: appID).string("outcome") == "answered")
                #expect(client.simulateMessage(appID: appID).string("outcome") == "delivered")
                #expect(receiver.requests.map(\.path) == ["/answer", "/hangup", "/message"])
            }
        }

        @Test("The policy matches names without regard to case, brackets or a trailing dot")
        func thePolicyMatchesNamesLoosely() {
            let policy = OutboundHostPolicy(allowing: ["loopback", "Hooks.Test"])
            #expect(policy.refusal(url: "http://LOCALHOST:8080/a") == nil)
            #expect(policy.refusal(url: "http://[::1]:8080/a") == nil)
            #expect(policy.refusal(url: "https://hooks.test./a") == nil)
            #expect(policy.refusal(url: "http://127.0.0.2/a")
                == .cannotConnect("127.0.0.2 is not among the allowed outbound hosts (--outbound-hosts)"))
            #expect(OutboundHostPolicy.any.refusal(url: "http://example.com/") == nil)
            // A URL that does not parse is the client's to report.
            #expect(policy.refusal(url: "ftp://example.com/") == nil)
        }
    }
}
