import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Numbers: what other changes do to them")
struct NumberEffectsTests {
    @Test("Deleting a number's application moves it to its owner's default number app, or leaves it with none")
    func applicationDeleted() throws {
        let client = try RouterClient()
        let fallback = try client.makeApplication(name: "fallback")
        let doomed = try client.makeApplication(name: "doomed")
        let number = try client.buyNumber(appID: doomed)
        #expect(client.delete("Application/\(doomed)/").status == 204)
        #expect(client.get("Number/\(number)/")["application"] == .null)
        #expect(client.post("Application/\(fallback)/", json: ["default_number_app": true]).status == 202)
        let other = try client.makeApplication(name: "other")
        #expect(client.post("Number/\(number)/", json: ["app_id": other]).status == 202)
        #expect(client.delete("Application/\(other)/").status == 204)
        #expect(client.get("Number/\(number)/").string("application") == "/v1/Account/\(client.authID)/Application/\(fallback)/")
    }

    @Test("Deleting a subaccount with cascade unrents its numbers; without, they move to the main account")
    func subaccountDeleted() throws {
        let client = try RouterClient()
        let cascaded = try client.makeSubaccount(name: "cascaded")
        let kept = try client.makeSubaccount(name: "kept")
        let gone = try cascaded.buyNumber("country_iso=DE")
        let moved = try kept.buyNumber("country_iso=FR")
        #expect(client.delete("Subaccount/\(cascaded.authID)/", json: ["cascade": true]).status == 204)
        #expect(client.delete("Subaccount/\(kept.authID)/", json: ["cascade": false]).status == 204)
        #expect(client.get("Number/\(gone)/").status == 404)
        #expect(try client.list("PhoneNumber/?country_iso=DE&limit=1").objects.first?["number"]?.stringValue == gone)
        let now = client.get("Number/\(moved)/")
        #expect(now.status == 200)
        #expect(now["sub_account"] == .null)
        #expect(try client.list("Number/").total == 1)
    }

    @Test("Resetting an account unrents its numbers, removes its carriers and restores its credit")
    func reset() throws {
        let client = try RouterClient()
        let number = try client.buyNumber()
        #expect(client.post("IncomingCarrier/", json: ["name": "own", "ip_set": "10.0.0.1"]).status == 201)
        #expect(client.post("/__mock/accounts/\(client.authID)/reset/").status == 200)
        #expect(try client.list("Number/").total == 0)
        #expect(try client.list("IncomingCarrier/").total == 0)
        #expect(try client.cashCredits() == "100.00000")
        #expect(try client.list("PhoneNumber/?country_iso=US&type=local&limit=1").objects.first?["number"]?.stringValue == number)
    }
}
