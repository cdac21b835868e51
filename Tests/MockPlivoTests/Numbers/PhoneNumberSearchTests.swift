import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Numbers for sale: search")
struct PhoneNumberSearchTests {
    @Test("A search lists numbers of the country with Plivo's meta, 20 to a page")
    func searchesACountry() throws {
        let client = try RouterClient()
        let (objects, total) = try client.list("PhoneNumber/?country_iso=GB")
        #expect(objects.count == 20)
        #expect(total > 1000)
        #expect(objects.allSatisfy { $0["number"]?.stringValue?.hasPrefix("44") == true })
        #expect(objects.allSatisfy { $0["country"]?.stringValue == "UNITED KINGDOM" })
        let meta = client.get("PhoneNumber/?country_iso=GB&limit=5&offset=5")["meta"]
        #expect(meta?["next"]?.stringValue == "/v1/Account/\(client.authID)/PhoneNumber/?limit=5&country_iso=GB&offset=10")
        #expect(meta?["previous"]?.stringValue == "/v1/Account/\(client.authID)/PhoneNumber/?limit=5&country_iso=GB&offset=0")
    }

    @Test("pattern matches the digits after the country code, and type, services, region, lata and rate_center narrow it")
    func filters() throws {
        let client = try RouterClient()
        let sf = try client.list("PhoneNumber/?country_iso=US&pattern=415").objects
        #expect(!sf.isEmpty && sf.allSatisfy { $0["number"]?.stringValue?.hasPrefix("1415") == true })
        let tollfree = try client.list("PhoneNumber/?country_iso=US&type=tollfree").objects
        #expect(!tollfree.isEmpty && tollfree.allSatisfy { $0["type"]?.stringValue == "tollfree" })
        let mobile = try client.list("PhoneNumber/?country_iso=GB&type=mobile&services=sms").objects
        #expect(!mobile.isEmpty && mobile.allSatisfy { $0["type"]?.stringValue == "mobile" && $0["sms_enabled"] == .bool(true) })
        let lata = try client.list("PhoneNumber/?country_iso=US&lata=722").objects
        #expect(!lata.isEmpty && lata.allSatisfy { $0["lata"]?.intValue == 722 })
        let center = try client.list("PhoneNumber/?country_iso=US&rate_center=SNFC%20CNTRL").objects
        #expect(!center.isEmpty && center.allSatisfy { $0["rate_center"]?.stringValue == "SNFC CNTRL" })
        let region = try client.list("PhoneNumber/?country_iso=US&region=california").objects
        #expect(!region.isEmpty && region.allSatisfy { $0["region"]?.stringValue == "California" })
        #expect(try client.list("PhoneNumber/?country_iso=US&pattern=999999").total == 0)
    }

    @Test("The same seed offers the same numbers, and a bought number leaves every account's results")
    func boughtNumbersLeaveTheResults() throws {
        let client = try RouterClient(seed: 3)
        let other = try RouterClient(seed: 3)
        #expect(client.get("PhoneNumber/?country_iso=CA").textWithoutAPIID == other.get("PhoneNumber/?country_iso=CA").textWithoutAPIID)
        let before = try client.list("PhoneNumber/?country_iso=CA&limit=1")
        let number = try client.buyNumber("country_iso=CA")
        #expect(before.objects.first?["number"]?.stringValue == number)
        let after = try client.list("PhoneNumber/?country_iso=CA&limit=1")
        #expect(after.total == before.total - 1)
        #expect(after.objects.first?["number"]?.stringValue != number)
        // Another account of the same server does not see it for sale either.
        let minted = try client.makeSubaccount()
        #expect(try minted.list("PhoneNumber/?country_iso=CA&limit=1").total == before.total - 1)
    }

    @Test("Bad search input is a 400 naming the parameter", arguments: [
        ("", "country_iso is required"),
        ("country_iso=XX", "country_iso XX is not a country the mock sells numbers in; choose one of"),
        ("country_iso=USA", "country_iso must be a two-letter ISO 3166 code such as US"),
        ("country_iso=US&type=landline", "type must be one of any, fixed, local, national, mobile, tollfree, got \"landline\""),
        ("country_iso=US&pattern=41*", "pattern must be the digits that follow the country code"),
        ("country_iso=US&services=fax", "services must be voice, sms, mms or a comma-separated mix, got \"fax\""),
        ("country_iso=US&limit=-1", "Invalid limit '-1' provided. Please provide a positive integer >= 0."),
    ])
    func badInput(query: String, message: String) throws {
        let response = try RouterClient().get("PhoneNumber/?\(query)")
        #expect(response.status == 400)
        #expect(response.error?.hasPrefix(message) == true, "\(response.error ?? response.text)")
    }
}
