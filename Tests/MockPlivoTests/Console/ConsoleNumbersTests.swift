import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore

@Suite("Console numbers page")
struct ConsoleNumbersTests {
    @Test("Searching lists numbers for sale, and the Buy button buys one for the chosen application")
    func searchAndBuy() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "ivr")
        let empty = harness.send(.get, "/console/numbers/")
        #expect(empty.status == 200)
        #expect(empty.text.contains("No numbers yet"))
        let found = harness.send(.get, "/console/numbers/?country_iso=GB&type=mobile&pattern=7&search=1")
        #expect(found.status == 200)
        let number = try #require(found.text.firstMatch(of: /name="number" value="(\d+)"/)?.output.1)
        #expect(number.hasPrefix("447"))
        let bought = harness.postForm("/console/numbers/buy/", [("number", String(number)), ("app_id", appID)])
        #expect(bought.status == 303)
        let page = harness.send(.get, bought.headers["Location"] ?? "")
        #expect(page.text.contains("Number +\(number) bought."))
        #expect(page.text.contains("id=\"number-\(number)\""))
        #expect(page.text.contains("/Application/\(appID)/"))
        let api = harness.send(.get, "/v1/Account/\(RouterHarness.authID)/Number/\(number)/").json
        for key in api.keys where key != "api_id" {
            #expect(page.text.contains("<dt>\(key)</dt>"), "missing \(key)")
        }
    }

    @Test("A refused search or purchase shows the API's message")
    func refusals() throws {
        let harness = try RouterHarness()
        let badPattern = harness.send(.get, "/console/numbers/?country_iso=US&pattern=4x&search=1")
        #expect(badPattern.status == 400)
        #expect(badPattern.text.contains("pattern must be the digits that follow the country code"))
        let notForSale = harness.postForm("/console/numbers/buy/", [("number", "14155550100")])
        #expect(notForSale.status == 404)
        #expect(notForSale.text.contains("number 14155550100 is not for sale"))
    }
}
