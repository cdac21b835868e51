import Testing

@testable import PlivoCatalog

@Suite("Number search filters")
struct NumberSearchTests {
    let inventory = defaultInventory

    private func total(_ query: NumberSearchQuery) -> Int {
        inventory.search(query).totalCount
    }

    @Test("With no filter a search offers the whole country, 20 at a time, in ascending order")
    func unfiltered() {
        let result = inventory.search(NumberSearchQuery(countryISO: "US"))
        #expect(result.totalCount == inventory.count(countryISO: "US"))
        #expect(result.numbers.map(\.number) == Array(inventory.allNumbers(inCountry: "US").prefix(20)))
        #expect(result.numbers.map(\.number) == result.numbers.map(\.number).sorted())
        #expect(result.numbers.allSatisfy { $0.country.isoCode == "US" })
        #expect(result.limit == 20 && result.offset == 0)
    }

    @Test("The country code is case-insensitive; an unknown one finds nothing")
    func countries() {
        #expect(total(NumberSearchQuery(countryISO: "gb")) == inventory.count(countryISO: "GB"))
        let unknown = inventory.search(NumberSearchQuery(countryISO: "ZZ"))
        #expect(unknown.totalCount == 0 && unknown.numbers.isEmpty)
    }

    @Test("type selects kinds: fixed is every landline kind, local the geographic ones", arguments: [
        (NumberTypeFilter.any, Set(NumberKind.allCases)),
        (.fixed, [.local, .fixed, .national]),
        (.local, [.local, .fixed]),
        (.national, [.national]),
        (.mobile, [.mobile]),
        (.tollfree, [.tollfree]),
    ] as [(NumberTypeFilter, Set<NumberKind>)])
    func types(type: NumberTypeFilter, kinds: Set<NumberKind>) {
        for country in Country.all {
            let query = NumberSearchQuery(countryISO: country.isoCode, type: type, limit: 1000)
            let expected = kinds.map { inventory.count(countryISO: country.isoCode, kind: $0) }.reduce(0, +)
            let result = inventory.search(query)
            #expect(result.totalCount == expected, "\(country.isoCode) \(type)")
            #expect(result.numbers.allSatisfy { kinds.contains($0.kind) })
        }
    }

    @Test("type parses Plivo's words in any case and rejects others")
    func typeParsing() {
        #expect(NumberTypeFilter(plivoValue: "TollFree") == .tollfree)
        #expect(NumberTypeFilter(plivoValue: "local") == .local)
        #expect(NumberTypeFilter(plivoValue: "toll-free") == nil)
        #expect(NumberTypeFilter(plivoValue: "") == nil)
    }

    @Test("pattern matches the digits after the country code", arguments: ["415", "4155", "41550", "2", "7", ""])
    func pattern(pattern: String) {
        let result = inventory.walkPages(NumberSearchQuery(countryISO: "US", pattern: pattern), pageSize: 20)
        let expected = inventory.allNumbers(inCountry: "US") { _, number in number.hasPrefix("1" + pattern) }
        #expect(result.numbers == expected)
        #expect(result.totals == [expected.count])
    }

    @Test("pattern: 415 finds exactly the 415 block; a whole number finds itself; non-digits and overlong find nothing")
    func patternEdges() throws {
        #expect(total(NumberSearchQuery(countryISO: "US", pattern: "415")) == 100)
        let number = try #require(inventory.allNumbers(inCountry: "GB").last)
        let national = String(number.dropFirst(2))
        let single = inventory.search(NumberSearchQuery(countryISO: "GB", pattern: national))
        #expect(single.numbers.map(\.number) == [number])
        #expect(total(NumberSearchQuery(countryISO: "GB", pattern: national + "0")) == 0)
        #expect(total(NumberSearchQuery(countryISO: "US", pattern: "41*")) == 0)
        #expect(total(NumberSearchQuery(countryISO: "US", pattern: "+1415")) == 0)
        // The pattern is national: the calling code is not part of it.
        #expect(total(NumberSearchQuery(countryISO: "GB", pattern: "44")) == 0)
    }

    @Test("region matches a region or city, exactly or contained, ignoring case", arguments: [
        ("US", "California", 800), ("US", "CALIFORNIA", 800), ("US", "forni", 800), ("US", "San Francisco", 100),
        ("US", "new york", 300), ("DE", "Frankfurt", 150), ("GB", "scotland", 200), ("CA", "Ontario", 400),
        ("US", "Atlantis", 0),
    ])
    func region(iso: String, region: String, count: Int) {
        let result = inventory.walkPages(NumberSearchQuery(countryISO: iso, region: region), pageSize: 20)
        #expect(result.totals == [count])
        #expect(result.numbers.count == count)
    }

    @Test("region implies type fixed when no type is given")
    func regionImpliesFixed() {
        let result = inventory.search(NumberSearchQuery(countryISO: "BR", region: "Sao Paulo", limit: 500))
        // Sao Paulo has 100 landlines and 200 mobiles; only the landlines are found.
        #expect(result.totalCount == 100)
        #expect(result.numbers.allSatisfy { $0.type == .fixed })
    }

    @Test("region is ignored when shorter than three characters, and for mobile, toll-free and any searches")
    func regionIgnored() {
        #expect(total(NumberSearchQuery(countryISO: "US", region: "CA")) == inventory.count(countryISO: "US"))
        #expect(total(NumberSearchQuery(countryISO: "US", type: .tollfree, region: "California")) == 1000)
        #expect(total(NumberSearchQuery(countryISO: "BR", type: .mobile, region: "Sao Paulo")) == 800)
        #expect(total(NumberSearchQuery(countryISO: "US", type: .any, region: "California")) == inventory.count(countryISO: "US"))
        #expect(total(NumberSearchQuery(countryISO: "US", type: .local, region: "California")) == 800)
    }

    @Test("city matches the city for every type")
    func city() {
        #expect(total(NumberSearchQuery(countryISO: "CA", city: "toronto")) == 200)
        #expect(total(NumberSearchQuery(countryISO: "BR", city: "SAO PAULO")) == 300)
        #expect(total(NumberSearchQuery(countryISO: "US", type: .tollfree, city: "Boston")) == 0)
    }

    @Test("services: each listed service must be enabled", arguments: [
        ("GB", "voice", 2600), ("GB", "sms", 500), ("GB", "voice,sms", 500), ("GB", "mms", 0),
        ("US", "sms,mms", 4100), ("CA", "mms", 1300), ("CA", "voice,sms", 1900), ("IN", "sms", 0),
    ])
    func services(iso: String, services: String, count: Int) throws {
        let set = try #require(ServiceSet(plivoValue: services))
        let result = inventory.search(NumberSearchQuery(countryISO: iso, services: set, limit: 1000))
        #expect(result.totalCount == count)
        #expect(result.numbers.allSatisfy { $0.services.isSuperset(of: set) })
    }

    @Test("services: the default is numbers with voice or SMS, which is every number")
    func servicesDefault() {
        for country in Country.all {
            #expect(total(NumberSearchQuery(countryISO: country.isoCode)) == inventory.count(countryISO: country.isoCode))
        }
    }

    @Test("services parses comma lists of voice, sms and mms, and nothing else", arguments: [
        ("voice", ServiceSet.voice), ("SMS", .sms), ("sms,voice", .voiceAndSMS), ("voice,sms,mms", .all),
        ("mms", .mms), ("", nil), ("fax", nil), ("voice,", nil), ("voice sms", nil),
    ] as [(String, ServiceSet?)])
    func servicesParsing(text: String, expected: ServiceSet?) {
        #expect(ServiceSet(plivoValue: text) == expected)
    }

    @Test("lata and rate_center select US and CA geographic blocks")
    func lataAndRateCenter() {
        // LATA 722: 408, 415, 510, 650.
        let lata = inventory.search(NumberSearchQuery(countryISO: "US", lata: "722", limit: 500))
        #expect(lata.totalCount == 400)
        #expect(lata.numbers.allSatisfy { $0.lata == 722 })
        #expect(total(NumberSearchQuery(countryISO: "US", lata: "999")) == 0)
        #expect(total(NumberSearchQuery(countryISO: "US", type: .tollfree, lata: "722")) == 0)
        #expect(total(NumberSearchQuery(countryISO: "CA", lata: "888")) == 400)
        let center = inventory.search(NumberSearchQuery(countryISO: "US", rateCenter: "snfc cntrl"))
        #expect(center.totalCount == 100)
        #expect(center.numbers.allSatisfy { $0.prefix == "415" })
        #expect(total(NumberSearchQuery(countryISO: "US", rateCenter: "SNFC")) == 0)
    }

    @Test("lata and rate_center are ignored outside the US and Canada")
    func lataElsewhere() {
        #expect(total(NumberSearchQuery(countryISO: "GB", lata: "722")) == inventory.count(countryISO: "GB"))
        #expect(total(NumberSearchQuery(countryISO: "DE", rateCenter: "SNFC CNTRL")) == inventory.count(countryISO: "DE"))
    }

    @Test("Filters combine: every one must hold")
    func combined() {
        let query = NumberSearchQuery(countryISO: "US", type: .local, pattern: "4", region: "California", services: .all, lata: "722")
        let expected = inventory.allNumbers(inCountry: "US") { block, number in
            block.region == "California" && block.lata == 722 && number.hasPrefix("14")
        }
        let result = inventory.walkPages(query, pageSize: 20)
        #expect(result.numbers == expected)
        #expect(expected.count == 200) // 408 and 415
    }
}
