import Testing

@testable import PlivoCatalog

@Suite("Countries")
struct CountryTests {
    @Test("The catalog has at least the ten countries MockPlivo promises")
    func coverage() {
        let codes = Set(Country.all.map(\.isoCode))
        #expect(codes.isSuperset(of: ["US", "CA", "GB", "DE", "FR", "ES", "IN", "AU", "BR", "SG"]))
        #expect(codes.count == Country.all.count, "ISO codes must be unique")
    }

    @Test("Looking a country up by ISO code ignores case and misses unknown codes")
    func lookup() {
        #expect(Country.withISOCode("us")?.name == "United States")
        #expect(Country.withISOCode("GB")?.searchName == "UNITED KINGDOM")
        #expect(Country.withISOCode("XX") == nil)
        #expect(Country.withISOCode("") == nil)
    }

    @Test("Names, calling codes and mobile codes have the shapes Plivo prints", arguments: Country.all)
    func shapes(country: Country) {
        #expect(country.isoCode.count == 2 && country.isoCode == country.isoCode.uppercased())
        #expect(country.searchName == country.name.uppercased())
        #expect((1...3).contains(country.callingCode.count) && country.callingCode.allSatisfy(\.isASCIIDigit))
        #expect(!country.dialingPrefixes.isEmpty)
        for prefix in country.dialingPrefixes {
            #expect(prefix.hasPrefix(country.callingCode), "\(prefix) is not under +\(country.callingCode)")
        }
        #expect(country.mobileNetworks.count >= 2)
        for network in country.mobileNetworks {
            #expect(network.mcc.count == 3 && network.mcc.allSatisfy(\.isASCIIDigit))
            #expect((2...3).contains(network.mnc.count) && network.mnc.allSatisfy(\.isASCIIDigit))
        }
        #expect(country.mcc == country.mobileNetworks[0].mcc)
    }

    @Test("Every block spells numbers of a length the country allows", arguments: Country.all)
    func lengths(country: Country) {
        for block in country.blocks {
            #expect(country.nationalNumberLengths.contains(block.nationalLength), "\(country.isoCode) \(block.prefix)")
            #expect(block.prefix.allSatisfy(\.isASCIIDigit) && !block.prefix.isEmpty)
            #expect(block.prefix.hasPrefix(block.areaCode), "area code \(block.areaCode) does not lead \(block.prefix)")
            #expect(block.size > 0 && UInt64(block.size) <= block.subscriberSpace / 2, "\(block.prefix) is too small for its size")
        }
    }

    @Test("No block's prefix starts another's, in any country, so a number names one block")
    func prefixesDoNotNest() {
        let prefixes = Country.all.flatMap { country in country.blocks.map { country.callingCode + $0.prefix } }
        #expect(Set(prefixes).count == prefixes.count)
        for prefix in prefixes {
            let nested = prefixes.filter { $0 != prefix && $0.hasPrefix(prefix) }
            #expect(nested.isEmpty, "+\(prefix) contains \(nested)")
        }
    }

    @Test("Geographic blocks have a region and a city; LATA and rate center only in US and CA", arguments: Country.all)
    func places(country: Country) {
        let northAmerican = ["US", "CA"].contains(country.isoCode)
        for block in country.blocks {
            if block.kind.isGeographic {
                #expect(block.region != nil && block.city != nil, "\(block.prefix) has no place")
                #expect(block.city == block.city?.uppercased())
            }
            let hasNANPData = block.lata != nil && block.rateCenter != nil
            #expect(hasNANPData == (northAmerican && block.kind.isGeographic), "\(country.isoCode) \(block.prefix)")
        }
    }

    @Test("Toll-free blocks lie in the country's toll-free prefixes, and only they do", arguments: Country.all)
    func tollfree(country: Country) {
        for block in country.blocks {
            let inTollfreeRange = country.tollfreePrefixes.contains { block.prefix.hasPrefix($0) }
            #expect(inTollfreeRange == (block.kind == .tollfree), "\(country.isoCode) \(block.kind) \(block.prefix)")
        }
    }

    @Test("Every block sells voice or SMS, and MMS only with SMS", arguments: Country.all)
    func services(country: Country) {
        for block in country.blocks {
            #expect(!block.services.isDisjoint(with: .voiceAndSMS))
            #expect(!block.services.contains(.mms) || block.services.contains(.sms))
        }
    }

    @Test("Delivery reports name the same network for the same number every time")
    func networks() throws {
        let us = try #require(Country.withISOCode("US"))
        let network = us.network(forNumber: "14155550100")
        #expect(us.network(forNumber: "14155550100") == network)
        #expect(us.mobileNetworks.contains(network))
        let spread = Set((0..<50).map { us.network(forNumber: "1415555\(1000 + $0)") })
        #expect(spread.count == us.mobileNetworks.count, "50 numbers should reach every network")
    }
}

extension Country: CustomTestStringConvertible {
    public var testDescription: String { isoCode }
}
