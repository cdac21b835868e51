/// The inventory's numbers that accounts hold, indexed by where they sit in the inventory: per block, the sorted
/// positions of its held numbers.
///
/// A search then counts the held numbers of a candidate run with two binary searches, and skips them while it
/// collects a page by walking the run beside them, instead of asking a set about every candidate: a country-wide
/// search costs the blocks it visits and the page it returns, not the thousands of numbers it counts. Build one
/// each time what is held changes (the store keeps it until then); numbers the inventory never offered are left
/// out, since no search could show them.
public struct HeldNumbers: Sendable {
    /// Block (index in the inventory's stocks) → sorted positions of its held numbers.
    let positionsByStock: [Int: [Int]]
    /// How many held numbers the inventory offers.
    public let count: Int

    /// Indexes `numbers` as they sit in `inventory`.
    public init(_ numbers: some Sequence<String>, in inventory: NumberInventory) {
        var positions: [Int: [Int]] = [:]
        var count = 0
        for number in numbers {
            guard let (stock, position) = inventory.locate(number) else { continue }
            positions[stock, default: []].append(position)
            count += 1
        }
        positionsByStock = positions.mapValues { $0.sorted() }
        self.count = count
    }

    /// No number held.
    public static let none = HeldNumbers(positionsByStock: [:], count: 0)

    private init(positionsByStock: [Int: [Int]], count: Int) {
        self.positionsByStock = positionsByStock
        self.count = count
    }

    /// The sorted held positions of block `stock` that fall in `range`.
    func positions(inStock stock: Int, range: Range<Int>) -> ArraySlice<Int> {
        guard let positions = positionsByStock[stock] else { return [] }
        let lower = positions.partitioningIndex { $0 >= range.lowerBound }
        let upper = positions[lower...].partitioningIndex { $0 >= range.upperBound }
        return positions[lower..<upper]
    }
}

extension Collection {
    /// The first index whose element satisfies `predicate`, which must be false then true along the collection.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
