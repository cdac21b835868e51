import Testing

@testable import PlivoCatalog

@Suite("Pricing")
struct PricingTests {
    let pricing = Pricing.standard

    @Test("US rates are the ones in Plivo's pricing fixture")
    func usMatchesFixture() throws {
        // Values from plivo-python's tests/resources/fixtures/pricingGetResponse.json.
        let us = try #require(pricing.pricing(forCountryISO: "US"))
        #expect(us.phoneNumbers[.local]?.monthly == "0.80000")
        #expect(us.phoneNumbers[.tollfree]?.monthly == "1.00000")
        #expect(us.voice.inbound == .init(local: "0.00850", tollfree: "0.02100", ip: "0.00300"))
        #expect(us.voice.outbound.local == "0.01200")
        #expect(us.voice.outbound.tollfree == "0.00300")
        #expect(us.voice.outbound.ip == "0.00300")
        let table = us.voice.outbound.rates.map { ($0.prefixes, $0.rate.description) }
        #expect(table.map(\.0) == [["1"], ["1340"], ["1808"], ["1907"], ["1900"]])
        #expect(table.map(\.1) == ["0.01200", "0.02400", "0.03400", "0.17900", "0.60300"])
        #expect(us.message.inbound == "0.00000")
        #expect(us.message.outbound == "0.00650")
    }

    @Test("A +1 number is Canadian by its area code and American otherwise", arguments: [
        ("14155550100", "US"), ("+14155550100", "US"), ("14165550100", "CA"), ("16045550100", "CA"),
        ("18005550100", "US"), ("18555550100", "CA"), ("13405550100", "US"), ("18675550100", "CA"),
        ("442079460123", "GB"), ("4915112345678", "DE"), ("33199001234", "FR"), ("34911234567", "ES"),
        ("912212345678", "IN"), ("61255501234", "AU"), ("5511912345678", "BR"), ("6561234567", "SG"),
    ])
    func countryForNumber(number: String, iso: String) {
        #expect(pricing.country(forNumber: number)?.isoCode == iso)
    }

    @Test("Numbers no country claims, or that are not numbers, have no country", arguments: [
        "8613800138000", "", "+", "abc", "1415-555", "++14155550100",
    ])
    func noCountry(number: String) {
        #expect(pricing.country(forNumber: number) == nil)
    }

    @Test("Outbound voice takes the longest matching prefix", arguments: [
        ("14155550100", "0.01200"),
        ("13405550100", "0.02400"),
        ("18085550100", "0.03400"),
        ("19075550100", "0.17900"),
        ("19005550100", "0.60300"),
        // Toll-free destinations: the country's outbound toll-free rate.
        ("18005550100", "0.00300"),
        ("18445550100", "0.00300"),
        ("14165550100", "0.01200"),
        ("18675550100", "0.07500"),
        ("442079460123", "0.01150"),
        ("447700900123", "0.02100"),
        ("448081570123", "0.01000"),
        ("4915112345678", "0.06500"),
        ("493012345678", "0.01300"),
        ("919999999999", "0.03570"),
        ("5511912345678", "0.06000"),
        ("551133334444", "0.02200"),
        // Nobody's number: the rest-of-world rate.
        ("8613800138000", "0.10000"),
    ] as [(String, Money)])
    func outboundVoice(destination: String, rate: Money) {
        #expect(pricing.outboundVoiceRate(for: destination) == rate)
    }

    @Test("Outbound SMS costs the destination country's rate", arguments: [
        ("14155550100", "0.00650"), ("911231231231", "0.00250"), ("447700900123", "0.04150"),
        ("8613800138000", "0.05000"), ("not a number", "0.05000"),
    ] as [(String, Money)])
    func outboundMessage(destination: String, rate: Money) {
        #expect(pricing.outboundMessageRate(for: destination) == rate)
    }

    @Test("Billing intervals: per minute in North America, minute-then-second in Europe")
    func billingIntervals() {
        #expect(pricing.billingInterval(for: "14155550100") == .perMinute)
        #expect(pricing.billingInterval(for: "442079460123") == .minuteThenSecond)
        #expect(pricing.billingInterval(for: "8613800138000") == .perMinute)
    }

    @Test("Every kind a country sells is priced, and every priced kind is sold", arguments: Country.all)
    func numberRatesMatchKinds(country: Country) {
        #expect(Set(country.pricing.phoneNumbers.keys) == Set(country.kinds))
    }

    @Test("Every rate table line is the country's own and no rate is negative", arguments: Country.all)
    func rateTables(country: Country) {
        let voice = country.pricing.voice
        let message = country.pricing.message
        for line in voice.outbound.rates {
            for prefix in line.prefixes {
                #expect(pricing.country(forNumber: prefix)?.isoCode == country.isoCode, "\(prefix) is not \(country.isoCode)'s")
            }
            #expect(!line.rate.isNegative)
        }
        let rates = [voice.inbound.local, voice.inbound.tollfree, voice.inbound.ip, voice.outbound.local,
                     voice.outbound.tollfree, voice.outbound.ip, message.inbound, message.outbound,
                     message.mmsInbound, message.mmsOutbound]
            + country.pricing.phoneNumbers.values.flatMap { [$0.monthly, $0.setup] }
        #expect(rates.allSatisfy { !$0.isNegative })
    }

    @Test("The SMS network list names the country's mobile networks", arguments: Country.all)
    func networkList(country: Country) {
        #expect(country.pricing.message.outboundNetworks.map(\.groupName) == country.mobileNetworks.map(\.name))
    }
}
