import Testing

@testable import PlivoCatalog

@Suite("Number search pages and exclusion")
struct NumberSearchPagingTests {
    let inventory = defaultInventory

    @Test("Walking the pages visits every match once, in order, with one total", arguments: [1, 7, 20, 100])
    func pages(pageSize: Int) {
        let query = NumberSearchQuery(countryISO: "GB", type: .local)
        let walked = inventory.walkPages(query, pageSize: pageSize)
        #expect(walked.numbers == inventory.allNumbers(inCountry: "GB") { block, _ in block.kind == .fixed })
        #expect(walked.totals == [1500])
    }

    @Test("An offset past the end gives an empty page and the true total")
    func pastTheEnd() {
        let result = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 20, offset: 100))
        #expect(result.numbers.isEmpty)
        #expect(result.totalCount == 100)
        #expect(result.nextOffset == nil)
        #expect(result.previousOffset == 80)
    }

    @Test("Offsets and limits below zero count as zero; a zero limit still counts")
    func oddLimits() {
        let zero = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 0))
        #expect(zero.numbers.isEmpty && zero.totalCount == 100 && zero.nextOffset == nil)
        let negative = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 5, offset: -3))
        #expect(negative.offset == 0)
        #expect(negative.numbers.map(\.number) == Array(inventory.allNumbers(inCountry: "US") { b, _ in b.prefix == "415" }.prefix(5)))
        #expect(inventory.search(NumberSearchQuery(countryISO: "US", limit: -1)).limit == 0)
    }

    @Test("Absurd offsets and limits from a query string neither crash nor mislead")
    func hugeValues() {
        let farAway = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 20, offset: Int.max))
        #expect(farAway.numbers.isEmpty && farAway.totalCount == 100)
        #expect(farAway.nextOffset == nil)
        #expect(farAway.previousOffset == Int.max - 20)
        let everything = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: Int.max, offset: 10))
        #expect(everything.numbers.count == 90)
        #expect(everything.nextOffset == nil)
        #expect(everything.previousOffset == 0)
    }

    @Test("Next and previous offsets point at the neighbouring pages")
    func neighbours() {
        let middle = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 20, offset: 40))
        #expect(middle.nextOffset == 60)
        #expect(middle.previousOffset == 20)
        let first = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 20, offset: 0))
        #expect(first.previousOffset == nil)
        let last = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 20, offset: 80))
        #expect(last.nextOffset == nil)
        #expect(last.numbers.count == 20)
        // An offset that is not a multiple of the limit goes back to the start, not below it.
        let ragged = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415", limit: 20, offset: 5))
        #expect(ragged.previousOffset == 0)
        #expect(ragged.nextOffset == 25)
    }

    @Test("Excluded numbers vanish from every page and from the total, and the pages still tile")
    func exclusion() {
        let all = inventory.allNumbers(inCountry: "US") { block, _ in block.prefix == "415" }
        let owned = Set(all.enumerated().filter { $0.offset % 3 == 0 }.map(\.element))
        let query = NumberSearchQuery(countryISO: "US", pattern: "415")
        let walked = inventory.walkPages(query, pageSize: 7) { owned.contains($0) }
        #expect(walked.numbers == all.filter { !owned.contains($0) })
        #expect(walked.totals == [100 - owned.count])
        let viaSet = inventory.search(query, excluding: owned)
        #expect(viaSet.totalCount == 100 - owned.count)
        #expect(viaSet.numbers.allSatisfy { !owned.contains($0.number) })
    }

    @Test("Owning numbers elsewhere changes neither the result nor the work")
    func exclusionCost() {
        // A hundred thousand owned numbers that are not 415 numbers.
        let owned = Set((0..<100_000).map { "1212\(1_000_000 + $0)" })
        var asked = 0
        let result = inventory.search(NumberSearchQuery(countryISO: "US", pattern: "415")) { number in
            asked += 1
            return owned.contains(number)
        }
        #expect(result.totalCount == 100)
        // One question per candidate: the 415 block's hundred numbers, not the owned set's size.
        #expect(asked == 100)
    }

    @Test("A fully bought block is gone; the rest of the country is untouched")
    func soldOut() {
        let block = Set(inventory.allNumbers(inCountry: "GB") { b, _ in b.city == "LONDON" })
        #expect(inventory.search(NumberSearchQuery(countryISO: "GB", region: "London"), excluding: block).totalCount == 0)
        #expect(inventory.search(NumberSearchQuery(countryISO: "GB"), excluding: block).totalCount == 2600 - 100)
    }
}
