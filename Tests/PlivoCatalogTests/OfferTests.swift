import Testing

@testable import PlivoCatalog

@Suite("Offers")
struct OfferTests {
    let inventory = defaultInventory

    @Test("Looking a number up gives exactly what the search showed for it", arguments: Country.all)
    func offerAgreesWithSearch(country: Country) {
        for type in [NumberTypeFilter.any, .mobile, .tollfree] {
            for offset in [0, 40] {
                let page = inventory.search(NumberSearchQuery(countryISO: country.isoCode, type: type, offset: offset))
                for offered in page.numbers {
                    #expect(inventory.offer(number: offered.number) == offered)
                }
            }
        }
    }

    @Test("Every number in the inventory can be looked up, and only those")
    func everyNumber() {
        for stock in inventory.stocks {
            for number in stock.numbers {
                #expect(inventory.offer(number: number)?.number == number)
            }
        }
    }

    @Test("Numbers the inventory never offered are not on sale", arguments: [
        "", "+14155550100", "1415555010", "141555501000", "abc", "8613800138000", "15555550100", "14153",
    ])
    func notOffered(number: String) {
        #expect(inventory.offer(number: number) == nil)
    }

    @Test("A number inside a block but not picked for sale is not on sale")
    func unpickedNumber() throws {
        let numbers = Set(inventory.allNumbers(inCountry: "US") { block, _ in block.prefix == "415" })
        let unpicked = try #require((2_000_000..<2_001_000).map { "1415\($0)" }.first { !numbers.contains($0) })
        #expect(inventory.offer(number: unpicked) == nil)
    }

    @Test("A number from another seed's inventory is looked up in this seed's")
    func seedsDiffer() {
        let other = NumberInventory(seed: 99)
        let foreign = other.allNumbers(inCountry: "US").filter { inventory.offer(number: $0) == nil }
        #expect(!foreign.isEmpty)
        #expect(foreign.allSatisfy { other.offer(number: $0) != nil })
    }

    @Test("A US local number looks like the fixture's")
    func fixtureShape() throws {
        let number = try #require(inventory.allNumbers(inCountry: "US") { block, _ in block.prefix == "415" }.first)
        let offered = try #require(inventory.offer(number: number))
        #expect(offered.country.searchName == "UNITED STATES")
        #expect(offered.country.name == "United States")
        #expect(offered.type == .fixed)
        #expect(offered.kind == .local)
        #expect(offered.prefix == "415")
        #expect(offered.lata == 722)
        #expect(offered.rateCenter == "SNFC CNTRL")
        #expect(offered.city == "SAN FRANCISCO")
        #expect(offered.region == "California")
        #expect(offered.accountRegion == "California, UNITED STATES")
        #expect(offered.monthlyRentalRate.description == "0.80000")
        #expect(offered.setupRate.description == "0.00000")
        #expect(offered.voiceRate.description == "0.00850")
        #expect(offered.smsRate.description == "0.00000")
        #expect(offered.voiceEnabled && offered.smsEnabled && offered.mmsEnabled)
        #expect(offered.restriction == nil && offered.prerequisites.isEmpty)
    }

    @Test("A restricted number carries Plivo's restriction words and a prerequisite")
    func restricted() throws {
        let number = try #require(inventory.allNumbers(inCountry: "DE") { block, _ in block.prefix == "69" }.first)
        let offered = try #require(inventory.offer(number: number))
        #expect(offered.restriction?.kind.rawValue == "city-address")
        #expect(offered.restriction?.text.contains("FRANKFURT") == true)
        #expect(offered.prerequisites == [Prerequisite(type: "address", scope: "city", proofRequired: true, proofTypes: ["Any"])])
        #expect(offered.accountRegion == "Hesse, GERMANY")
    }

    @Test("The rates a number shows are its country's prices for its kind", arguments: Country.all)
    func ratesMatchPricing(country: Country) throws {
        let pricing = try #require(Pricing.standard.pricing(forCountryISO: country.isoCode))
        for stock in inventory.stocks(inCountry: country.isoCode) {
            let offered = try #require(inventory.offer(number: stock.numbers[0]))
            let rates = try #require(pricing.phoneNumbers[offered.kind])
            #expect(offered.monthlyRentalRate == rates.monthly)
            #expect(offered.setupRate == rates.setup)
            let inbound = offered.kind == .tollfree ? pricing.voice.inbound.tollfree : pricing.voice.inbound.local
            #expect(offered.voiceRate == inbound, "\(offered.number)")
            #expect(offered.smsRate == pricing.message.inbound)
            #expect(offered.mmsRate == pricing.message.mmsInbound)
        }
    }

    @Test("Toll-free numbers show the toll-free inbound rate, which differs from the local one")
    func tollfreeRate() throws {
        let number = try #require(inventory.search(NumberSearchQuery(countryISO: "US", type: .tollfree, limit: 1)).numbers.first)
        #expect(number.voiceRate == "0.02100")
        #expect(number.monthlyRentalRate == "1.00000")
    }
}
