import Testing

import PlivoCatalog

/// The example at the top of docs/catalog.md, through the public API only: if it stops compiling or its
/// comments stop being true, the document is wrong.
@Suite("The documented usage example")
struct UsageExampleTests {
    @Test("Searching, buying, pricing and rating work as docs/catalog.md shows")
    func example() throws {
        let inventory = NumberInventory(seed: nil)
        let query = NumberSearchQuery(countryISO: "US", pattern: "415", services: ServiceSet(plivoValue: "voice,sms"))
        let firstPage = inventory.search(query)
        let owned: Set<String> = [firstPage.numbers[0].number]

        let page = inventory.search(query, excluding: owned)
        #expect(page.totalCount == 99)
        #expect(page.nextOffset == 20)
        let first = try #require(page.numbers.first)
        #expect(first.number.hasPrefix("1415") && first.number.count == 11)
        #expect(first.type.rawValue == "fixed" && first.prefix == "415" && first.monthlyRentalRate.description == "0.80000")

        #expect(inventory.offer(number: first.number) == first)
        #expect(Pricing.standard.pricing(forCountryISO: "GB")?.phoneNumbers[.fixed]?.monthly == "0.80000")

        let rate = Pricing.standard.outboundVoiceRate(for: "14155550100")
        #expect(rate.description == "0.01200")
        let call = Pricing.standard.billingInterval(for: "14155550100").bill(duration: 61, perMinuteRate: rate)
        #expect(call.billedSeconds == 120 && call.amount.description == "0.02400")
        let sms = Pricing.standard.outboundMessageRate(for: "447700900123") * 2
        #expect(sms.description == "0.08300")
    }
}
