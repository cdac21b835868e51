import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Incoming carriers and the numbers they bring")
struct IncomingCarrierAPITests {
    @Test("Carriers are created, listed with a name filter, read, changed and removed")
    func crud() throws {
        let client = try RouterClient()
        let created = client.post("IncomingCarrier/", json: ["name": "Acme Telecom", "ip_set": "10.0.0.1, 10.0.0.2"])
        #expect(created.status == 201)
        #expect(created.string("message") == "created")
        let carrierID = try #require(created.string("carrier_id"))
        #expect(client.post("IncomingCarrier/", json: ["name": "Other", "ip_set": "192.168.1.1"]).status == 201)
        let one = client.get("IncomingCarrier/\(carrierID)/")
        #expect(one.string("ip_set") == "10.0.0.1,10.0.0.2")
        #expect(one.string("resource_uri") == "/v1/Account/\(client.authID)/IncomingCarrier/\(carrierID)/")
        #expect(try client.list("IncomingCarrier/?name=acme").objects.map { $0["carrier_id"]?.stringValue } == [carrierID])
        #expect(try client.list("IncomingCarrier/").total == 2)
        #expect(client.post("IncomingCarrier/\(carrierID)/", json: ["name": "Acme"]).status == 202)
        #expect(client.get("IncomingCarrier/\(carrierID)/").string("name") == "Acme")
        #expect(client.delete("IncomingCarrier/\(carrierID)/").status == 204)
        #expect(client.get("IncomingCarrier/\(carrierID)/").status == 404)
    }

    @Test("Numbers added from a carrier are the account's; removing the carrier removes them")
    func carrierNumbers() throws {
        let client = try RouterClient()
        let carrierID = try #require(client.post("IncomingCarrier/", json: ["name": "Acme", "ip_set": "10.0.0.1"])
            .string("carrier_id"))
        let added = client.post("Number/", json: [
            "numbers": "14155550100, +14155550101", "carrier": carrierID, "region": "California",
        ])
        #expect(added.status == 202)
        #expect(added.string("message") == "changed")
        let number = client.get("Number/14155550100/")
        #expect(number.string("carrier") == "Acme")
        #expect(number.string("monthly_rental_rate") == "0.00000")
        #expect(number.string("region") == "California")
        #expect(try client.list("Number/").total == 2)
        #expect(client.get("Number/+14155550101/").status == 200, "a + typed before a number is not kept")
        #expect(client.post("Number/", json: ["numbers": "14155550100", "carrier": carrierID, "region": "x"]).error
            == "numbers include 14155550100, which an account already holds")
        #expect(client.delete("IncomingCarrier/\(carrierID)/").status == 204)
        #expect(try client.list("Number/").total == 0)
    }

    @Test("Bad carrier input is a 400 naming the parameter", arguments: [
        ("IncomingCarrier/", ["ip_set": "10.0.0.1"], "name is required"),
        ("IncomingCarrier/", ["name": "x"], "ip_set is required"),
        ("IncomingCarrier/", ["name": "x", "ip_set": "10.0.0.300"], "ip_set must be comma-separated IP addresses, got \"10.0.0.300\""),
        ("IncomingCarrier/", ["name": "x", "ip_set": ":::::"], "ip_set must be comma-separated IP addresses, got \":::::\""),
        ("IncomingCarrier/", ["name": "x", "ip_set": "10.0.0.1,1.2.3"], "ip_set must be comma-separated IP addresses, got \"10.0.0.1,1.2.3\""),
        ("IncomingCarrier/", ["name": "x", "ip_set": "010.0.0.1"], "ip_set must be comma-separated IP addresses, got \"010.0.0.1\""),
        ("Number/", ["carrier": "1", "region": "x"], "numbers is required"),
        ("Number/", ["numbers": "1415", "carrier": "1", "region": "x"], "numbers must be comma-separated numbers of 8 to 15 digits, got \"1415\""),
        ("Number/", ["numbers": "14155550100", "region": "x"], "carrier is required"),
        ("Number/", ["numbers": "14155550100", "carrier": "1"], "region is required"),
        ("Number/", ["numbers": "14155550100", "carrier": "1", "region": "x"], "carrier 1 does not exist"),
    ] as [(String, [String: String], String)])
    func badInput(path: String, body: [String: String], message: String) throws {
        let client = try RouterClient()
        let response = client.post(path, json: body)
        #expect(response.status == 400)
        #expect(response.error == message)
        #expect(try client.list("Number/").total == 0)
    }
}
