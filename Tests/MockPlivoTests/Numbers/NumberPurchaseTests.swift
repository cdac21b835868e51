import Testing
@testable import MockPlivo
@testable import PlivoCatalog
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Numbers: buying")
struct NumberPurchaseTests {
    @Test("Buying answers 201 fulfilled, adds the number to the account and takes setup and first month from cash_credits")
    func buyDebitsCredit() throws {
        let client = try RouterClient()
        #expect(try client.cashCredits() == "100.00000")
        let offer = try #require(client.get("PhoneNumber/?country_iso=GB&type=fixed&limit=1")["objects"]?[0])
        let number = try #require(offer["number"]?.stringValue)
        let response = client.post("PhoneNumber/\(number)/", json: [:])
        #expect(response.status == 201)
        #expect(response.string("status") == "fulfilled")
        #expect(response["numbers"]?[0]?["number"]?.stringValue == number)
        #expect(response["numbers"]?[0]?["status"]?.stringValue == "Success")
        let held = client.get("Number/\(number)/")
        #expect(held.status == 200)
        #expect(held.string("monthly_rental_rate") == offer["monthly_rental_rate"]?.stringValue)
        #expect(held.string("carrier") == "Plivo")
        // GB fixed: setup 0.00000 + 0.80000 a month, exactly.
        let cost = (try #require(offer["setup_rate"]?.stringValue), try #require(offer["monthly_rental_rate"]?.stringValue))
        #expect(cost == ("0.00000", "0.80000"))
        #expect(try client.cashCredits() == "99.20000")
    }

    @Test("Without app_id the owner's default number app is attached; with one, that app")
    func attachesApplications() throws {
        let client = try RouterClient()
        let fallback = try client.makeApplication(name: "default", extra: ["default_number_app": true])
        let chosen = try client.makeApplication(name: "chosen")
        let first = try client.buyNumber()
        let second = try client.buyNumber(appID: chosen)
        #expect(client.get("Number/\(first)/").string("application") == "/v1/Account/\(client.authID)/Application/\(fallback)/")
        #expect(client.get("Number/\(second)/").string("application") == "/v1/Account/\(client.authID)/Application/\(chosen)/")
    }

    @Test("A number not for sale, or already held, gets Plivo's error and changes nothing")
    func notForSale() throws {
        let client = try RouterClient()
        let number = try client.buyNumber()
        let again = client.post("PhoneNumber/\(number)/", json: [:])
        #expect(again.status == 404)
        #expect(again.error == "number \(number) is not for sale")
        let unknown = client.post("PhoneNumber/14155550100/", json: [:])
        #expect(unknown.status == 404)
        #expect(client.post("PhoneNumber/not-a-number/", json: [:]).status == 404)
        #expect(try client.cashCredits() == "99.20000")
        #expect(try client.list("Number/").total == 1)
    }

    @Test("Too little credit, or an app_id the account cannot see, fails with a 400 and changes nothing")
    func refusedPurchases() throws {
        let client = try RouterClient()
        let sibling = try client.makeSubaccount(name: "one")
        let other = try client.makeSubaccount(name: "two")
        let foreign = try other.makeApplication(name: "theirs")
        let number = try #require(sibling.get("PhoneNumber/?country_iso=US&limit=1")["objects"]?[0]?["number"]?.stringValue)
        let wrongApp = sibling.post("PhoneNumber/\(number)/", json: ["app_id": foreign])
        #expect(wrongApp.status == 400)
        #expect(wrongApp.error == "app_id \(foreign) does not exist")
        let admin = client.application.store
        try admin.setCashCredits("0.50000", mainAccountID: client.authID)
        let poor = client.post("PhoneNumber/\(number)/", json: [:])
        #expect(poor.status == 400)
        #expect(poor.error == "insufficient credit: this costs 0.80000 and cash_credits is 0.50000")
        #expect(try client.list("Number/").total == 0)
        #expect(try client.cashCredits() == "0.50000")
        #expect(try client.list("PhoneNumber/?country_iso=US&limit=1").objects.first?["number"]?.stringValue == number)
    }

    @Test("A control call sets an account's credit, checked and in Plivo's format")
    func controlSetsCredit() throws {
        let client = try RouterClient()
        let set = client.post("/__mock/accounts/\(client.authID)/credit/", json: ["cash_credits": "12.5"])
        #expect(set.status == 200)
        #expect(set.string("cash_credits") == "12.50000")
        #expect(try client.cashCredits() == "12.50000")
        // Ten trillion and more is refused too: Money traps past 92 trillion, and charges must never get near it.
        for bad in ["-1", "abc", "0.123456", "10000000000000", "03212093608601949.6888"] {
            let refused = client.post("/__mock/accounts/\(client.authID)/credit/", json: ["cash_credits": bad])
            #expect(refused.status == 400)
            #expect(refused.error?.hasPrefix("cash_credits must be a non-negative amount") == true)
        }
        #expect(try client.cashCredits() == "12.50000")
    }
}
