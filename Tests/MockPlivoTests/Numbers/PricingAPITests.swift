import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Pricing")
struct PricingAPITests {
    @Test("A country's pricing agrees with what its numbers cost")
    func pricingMatchesInventory() throws {
        let client = try RouterClient()
        let pricing = client.get("Pricing/?country_iso=US")
        #expect(pricing.status == 200)
        #expect(pricing.string("country_iso") == "US")
        #expect(pricing["country_code"]?.intValue == 1)
        let offer = try #require(client.get("PhoneNumber/?country_iso=US&type=local&limit=1")["objects"]?[0])
        #expect(pricing["phone_numbers"]?["local"]?["rate"]?.stringValue == offer["monthly_rental_rate"]?.stringValue)
        #expect(pricing["voice"]?["inbound"]?["local"]?["rate"]?.stringValue == offer["voice_rate"]?.stringValue)
        let tollfree = try #require(client.get("PhoneNumber/?country_iso=US&type=tollfree&limit=1")["objects"]?[0])
        #expect(pricing["phone_numbers"]?["tollfree"]?["rate"]?.stringValue == tollfree["monthly_rental_rate"]?.stringValue)
    }

    @Test("Every country of the inventory is priced", arguments: ["US", "CA", "GB", "DE", "FR", "ES", "IN", "AU", "BR", "SG"])
    func everyCountry(iso: String) throws {
        let response = try RouterClient().get("Pricing/?country_iso=\(iso)")
        #expect(response.status == 200)
        #expect(response["voice"]?["outbound"]?["rates"]?.arrayValue?.isEmpty == false)
    }

    @Test("A missing or unknown country_iso is a 400 naming it")
    func badCountry() throws {
        let client = try RouterClient()
        #expect(client.get("Pricing/").error == "country_iso is required")
        #expect(client.get("Pricing/?country_iso=ZZ").error?.hasPrefix("country_iso ZZ is not a country the mock prices") == true)
    }
}
