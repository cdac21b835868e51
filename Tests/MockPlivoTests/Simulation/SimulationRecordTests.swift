import Testing
@testable import MockPlivo

extension SimulationAPITests {
    /// The kept records: listing, paging, lookup, and who may see them.
    @Suite struct SimulationRecordTests {
        @Test("Records are listed newest first with Plivo's paging")
        func recordsAreListedNewestFirstWithPlivoPaging() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.ok, .ok, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver, message: true)
                let ids = try (1...3).map { index in
                    try #require(client.simulateMessage(appID: appID, text: "m\(index)").string("id"))
                }

                let response = client.get(client.mockURL("Simulations/?limit=2"))

                #expect(response.status == 200, "\(response.text)")
                #expect(response["meta"]?["total_count"]?.intValue == 3)
                #expect(response["meta"]?["next"]?.stringValue
                    == "/__mock/Account/\(client.authID)/Simulations/?limit=2&offset=2")
                let objects = try #require(response["objects"]?.arrayValue)
                #expect(objects.map { $0["id"]?.stringValue } == [ids[2], ids[1]])
                #expect(objects[0]["api_id"] == nil)
                let last = try client.list(client.mockURL("Simulations/?limit=2&offset=2"))
                #expect(last.objects.map { $0["id"]?.stringValue } == [ids[0]])
                #expect(try client.list(client.mockURL("Simulations/?kind=call")).total == 0)
                #expect(try client.list(client.mockURL("Simulations/?app_id=\(appID)")).total == 3)
                #expect(client.get(client.mockURL("Simulations/?kind=fax")).status == 400)
            }
        }

        @Test("A record can be read back by its ID")

        func aRecordCanBeReadBackByItsID() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)
                let created = client.simulateCall(appID: appID)
                let id = try #require(created.string("id"))

                let response = client.get(client.mockURL("Simulations/\(id)/"))

                #expect(response.status == 200)
                #expect(response.textWithoutAPIID == created.textWithoutAPIID)
                #expect(client.get(client.mockURL("Simulations/no-such-id/")).status == 404)
            }
        }

        @Test("Another account cannot read a record")

        func anotherAccountCannotReadARecord() async throws {
            let client = try RouterClient()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try client.makeApplication(receiver: receiver)
                let id = try #require(client.simulateCall(appID: appID).string("id"))
                let otherMainID = "MAOTHERACCOUNT000001"
                _ = try client.application.store.ensureMainAccount(authID: otherMainID, authToken: "OtherToken0001")
                let otherMain = client.authenticated(as: otherMainID, token: "OtherToken0001")
                let subaccount = try client.makeSubaccount()

                for other in [otherMain, subaccount] {
                    #expect(other.get(other.mockURL("Simulations/\(id)/")).status == 404)
                    #expect(try other.list(other.mockURL("Simulations/")).total == 0)
                    #expect(other.simulateCall(appID: appID).status == 404)
                }
                #expect(otherMain.get(client.mockURL("Simulations/\(id)/")).status == 401)
            }
        }

        @Test("Subaccount calls are signed with both tokens and seen by the main account")

        func subaccountCallsAreSignedWithBothTokensAndSeenByTheMainAccount() async throws {
            let client = try RouterClient()
            let subaccount = try client.makeSubaccount()
            try await withCallbackReceiver(replies: [.plivoXML, .ok]) { receiver in
                let appID = try subaccount.makeApplication(receiver: receiver)

                let response = subaccount.simulateCall(appID: appID)

                let id = try #require(response.string("id"), "\(response.text)")
                for request in receiver.requests {
                    expectSigned(request, authToken: subaccount.authToken, mainAuthToken: client.authToken)
                }
                #expect(receiver.requests.first?.formParameters["ParentAuthID"] == client.authID)
                #expect(client.get(client.mockURL("Simulations/\(id)/")).status == 200)
                #expect(try subaccount.list(subaccount.mockURL("Simulations/")).total == 1)
            }
        }

        @Test("The log keeps the configured number of records")

        func theLogKeepsTheConfiguredNumberOfRecords() throws {
            let flags = try ServeCommand.parse(["--simulation-log-size", "7"])
            #expect(try ConfigurationResolver.resolve(flags, environment: [:]).simulationLogSize == 7)
            let none = try ServeCommand.parse([])
            #expect(try ConfigurationResolver.resolve(none, environment: [:]).simulationLogSize == 100)
            let environment = ["MOCK_PLIVO_SIMULATION_LOG_SIZE": "12"]
            #expect(try ConfigurationResolver.resolve(none, environment: environment).simulationLogSize == 12)
            #expect(throws: ConfigurationError.self) {
                try ConfigurationResolver.resolve(none, environment: ["MOCK_PLIVO_SIMULATION_LOG_SIZE": "0"])
            }
            var configuration = Configuration()
            configuration.port = 0
            configuration.simulationLogSize = 3
            #expect(try MockPlivoApplication(configuration: configuration).simulationLog.capacity == 3)
        }
    }
}
