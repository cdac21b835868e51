import Testing

@testable import PlivoCatalog

@Suite("Number inventory")
struct NumberInventoryTests {
    @Test("The same seed gives the same inventory")
    func sameSeed() {
        let first = NumberInventory(seed: 42)
        let second = NumberInventory(seed: 42)
        #expect(first.stocks.map(\.numbers) == second.stocks.map(\.numbers))
        #expect(first.seed == 42)
    }

    @Test("No seed gives the same inventory every time: the default seed's")
    func nilSeed() {
        let first = NumberInventory(seed: nil)
        let second = NumberInventory()
        let explicit = NumberInventory(seed: NumberInventory.defaultSeed)
        #expect(first.stocks.map(\.numbers) == second.stocks.map(\.numbers))
        #expect(first.stocks.map(\.numbers) == explicit.stocks.map(\.numbers))
    }

    @Test("Different seeds give different numbers in every block")
    func differentSeeds() {
        let one = NumberInventory(seed: 1)
        let two = NumberInventory(seed: 2)
        let unseeded = NumberInventory()
        for (a, b) in zip(one.stocks, two.stocks) {
            #expect(a.numbers != b.numbers, "block +\(a.fullPrefix) is the same under seeds 1 and 2")
        }
        #expect(one.stocks.map(\.numbers) != unseeded.stocks.map(\.numbers))
    }

    @Test("The default inventory is pinned: a change of hash or permutation would renumber users' fixtures")
    func pinned() {
        // These are what every run, on every machine, must produce. If a deliberate change moves them, say so in
        // the commit: numbers people copied from the mock into their tests stop being for sale.
        #expect(defaultInventory.allNumbers(inCountry: "US").prefix(3) == ["12022031386", "12022044770", "12022124015"])
        #expect(defaultInventory.allNumbers(inCountry: "GB").prefix(2) == ["441134960002", "441134960014"])
        #expect(NumberInventory(seed: 7).allNumbers(inCountry: "US").prefix(2) == ["12022040025", "12022102798"])
    }

    @Test("Every block offers exactly its size in distinct, sorted numbers of the block's shape")
    func blockShape() {
        for stock in defaultInventory.stocks {
            let block = stock.block
            let country = defaultInventory.countries[stock.countryIndex]
            #expect(stock.numbers.count == block.size, "+\(stock.fullPrefix)")
            #expect(Set(stock.numbers).count == block.size)
            #expect(stock.numbers == stock.numbers.sorted())
            for number in stock.numbers {
                #expect(number.hasPrefix(country.callingCode + block.prefix))
                #expect(number.count == country.callingCode.count + block.nationalLength)
                #expect(number.allSatisfy { $0.isASCIIDigit })
            }
        }
    }

    @Test("A country's numbers come out in one stable ascending order", arguments: Country.all)
    func ordered(country: Country) {
        let numbers = defaultInventory.allNumbers(inCountry: country.isoCode)
        #expect(numbers == numbers.sorted())
    }

    @Test("NANP numbers have a valid exchange: 2-9 first, never N11")
    func nanpExchanges() {
        for iso in ["US", "CA"] {
            for number in defaultInventory.allNumbers(inCountry: iso) {
                let exchange = Array(number.dropFirst(4).prefix(3))
                #expect(exchange[0] >= "2", "\(number)")
                #expect(!(exchange[1] == "1" && exchange[2] == "1"), "\(number)")
            }
        }
    }

    @Test("Leading-digit rules hold: German landlines never start their subscriber part with 0")
    func leadingDigit() {
        let berlin = defaultInventory.allNumbers(inCountry: "DE") { block, _ in block.prefix == "30" }
        #expect(berlin.count == 150)
        #expect(berlin.allSatisfy { Array($0)[4] != "0" })
    }

    @Test("Inventory sizes per country and kind are the documented ones", arguments: [
        ("US", NumberKind.local, 3100), ("US", .tollfree, 1000),
        ("CA", .local, 1300), ("CA", .tollfree, 600),
        ("GB", .fixed, 1500), ("GB", .mobile, 500), ("GB", .national, 300), ("GB", .tollfree, 300),
        ("DE", .fixed, 1050), ("DE", .mobile, 800), ("DE", .national, 200), ("DE", .tollfree, 300),
        ("FR", .fixed, 1000), ("FR", .mobile, 600), ("FR", .national, 300), ("FR", .tollfree, 300),
        ("ES", .fixed, 900), ("ES", .mobile, 600), ("ES", .tollfree, 300),
        ("IN", .fixed, 700), ("IN", .tollfree, 300),
        ("AU", .fixed, 1200), ("AU", .mobile, 500), ("AU", .tollfree, 300),
        ("BR", .fixed, 800), ("BR", .mobile, 800), ("BR", .tollfree, 300),
        ("SG", .fixed, 400), ("SG", .mobile, 600), ("SG", .tollfree, 200),
    ])
    func sizes(iso: String, kind: NumberKind, count: Int) {
        #expect(defaultInventory.count(countryISO: iso, kind: kind) == count)
    }

    @Test("The whole inventory is the sum of its countries")
    func total() {
        #expect(defaultInventory.count == 21_050)
        #expect(defaultInventory.count == Country.all.map { defaultInventory.count(countryISO: $0.isoCode) }.reduce(0, +))
        #expect(defaultInventory.count(countryISO: "XX") == 0)
    }

    @Test("Each country's numbers are routed and rated as that country's")
    func numbersBelongToTheirCountry() {
        for country in Country.all {
            for number in defaultInventory.allNumbers(inCountry: country.isoCode) {
                #expect(Pricing.standard.country(forNumber: number)?.isoCode == country.isoCode, "\(number)")
            }
        }
    }
}
