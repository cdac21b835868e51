@testable import PlivoCatalog

/// Shared by the inventory tests: building one is cheap, but there is no reason to do it per test case.
let defaultInventory = NumberInventory()

extension NumberInventory {
    /// Every number of a country, in inventory order, by walking the blocks directly: the reference the search
    /// is checked against.
    func allNumbers(inCountry isoCode: String, where include: (NumberBlock, String) -> Bool = { _, _ in true }) -> [String] {
        stocks(inCountry: isoCode).flatMap { stock in stock.numbers.filter { include(stock.block, $0) } }
    }

    /// Every page of a query, `pageSize` at a time, and the total each page reported.
    func walkPages(
        _ query: NumberSearchQuery, pageSize: Int, excluding isUnavailable: (String) -> Bool = { _ in false }
    ) -> (numbers: [String], totals: Set<Int>) {
        var query = query
        query.limit = pageSize
        query.offset = 0
        var numbers: [String] = []
        var totals: Set<Int> = []
        while true {
            let page = search(query, excluding: isUnavailable)
            totals.insert(page.totalCount)
            numbers += page.numbers.map(\.number)
            guard let next = page.nextOffset else { return (numbers, totals) }
            query.offset = next
        }
    }
}
