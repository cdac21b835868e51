import Testing
@testable import PlivoCatalog

@Suite("Searching with the held numbers indexed")
struct HeldNumbersSearchTests {
    static let inventory = NumberInventory()

    /// Every `step`-th number of a country's inventory, from `start`.
    static func held(in iso: String, every step: Int, from start: Int = 0) -> [String] {
        let all = inventory.search(NumberSearchQuery(countryISO: iso, limit: 100_000)).numbers.map(\.number)
        return stride(from: start, to: all.count, by: step).map { all[$0] }
    }

    @Test("Gives exactly the pages and totals of the per-candidate search", arguments: [
        ("US", nil as String?, nil as NumberTypeFilter?), ("US", "415", .local), ("GB", nil, .mobile), ("CA", "8", .tollfree),
        ("SG", nil, nil),
    ])
    func agreesWithThePredicateSearch(iso: String, pattern: String?, type: NumberTypeFilter?) {
        let heldList = Self.held(in: iso, every: 3, from: 1) + ["14155550100", "not a number"]
        let held = HeldNumbers(heldList, in: Self.inventory)
        let set = Set(heldList)
        for (limit, offset) in [(20, 0), (20, 40), (7, 13), (20, 2_000), (0, 0), (100, 99_999)] {
            let query = NumberSearchQuery(countryISO: iso, type: type, pattern: pattern, limit: limit, offset: offset)
            let fast = Self.inventory.search(query, excluding: held)
            let slow = Self.inventory.search(query, excluding: set)
            #expect(fast == slow, "\(iso) \(pattern ?? "-") limit \(limit) offset \(offset)")
        }
    }

    @Test("Counts only the numbers the inventory offers")
    func ignoresForeignNumbers() {
        let offered = Self.held(in: "GB", every: 50)
        let held = HeldNumbers(offered + ["14155550100", "88216000000001", ""], in: Self.inventory)
        #expect(held.count == offered.count)
        #expect(HeldNumbers.none.count == 0)
    }

    @Test("Walking the pages with held numbers visits every available number once")
    func pagesTile() {
        let held = HeldNumbers(Self.held(in: "US", every: 2), in: Self.inventory)
        var seen: [String] = []
        var offset = 0
        var total = -1
        repeat {
            let page = Self.inventory.search(NumberSearchQuery(countryISO: "US", limit: 97, offset: offset), excluding: held)
            total = page.totalCount
            seen += page.numbers.map(\.number)
            offset += 97
        } while offset < total
        #expect(seen.count == total)
        #expect(Set(seen).count == total)
        #expect(seen == seen.sorted())
    }

    @Test("Inserting and removing numbers in place gives the index a rebuild would")
    func updatesInPlace() {
        let numbers = Self.held(in: "FR", every: 7)
        var held = HeldNumbers(numbers.prefix(40), in: Self.inventory)
        for number in numbers.dropFirst(40) { held.insert(number, in: Self.inventory) }
        held.insert(numbers[3], in: Self.inventory)  // already there: no change
        held.insert("14155550100", in: Self.inventory)  // never offered: no change
        for number in numbers.prefix(10) { held.remove(number, in: Self.inventory) }
        held.remove(numbers[0], in: Self.inventory)  // gone already: no change
        let rebuilt = HeldNumbers(numbers.dropFirst(10), in: Self.inventory)
        #expect(held.count == rebuilt.count)
        #expect(held.positionsByStock == rebuilt.positionsByStock)
        let query = NumberSearchQuery(countryISO: "FR", limit: 50, offset: 30)
        #expect(Self.inventory.search(query, excluding: held) == Self.inventory.search(query, excluding: rebuilt))
    }
}
