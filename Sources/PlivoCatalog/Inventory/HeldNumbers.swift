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
    private(set) var positionsByStock: [Int: [Int]]
    /// How many held numbers the inventory offers.
    public private(set) var count: Int

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

    /// Adds one number someone now holds (a purchase), as a fresh index would have it; a number the inventory never
    /// offered, or one already here, changes nothing.
    public mutating func insert(_ number: String, in inventory: NumberInventory) {
        guard let (stock, position) = inventory.locate(number) else { return }
        var positions = positionsByStock[stock] ?? []
        let index = positions.partitioningIndex { $0 >= position }
        guard index == positions.endIndex || positions[index] != position else { return }
        positions.insert(position, at: index)
        positionsByStock[stock] = positions
        count += 1
    }

    /// Takes out a number no one holds any more (unrented); a number not here changes nothing.
    public mutating func remove(_ number: String, in inventory: NumberInventory) {
        guard let (stock, position) = inventory.locate(number), var positions = positionsByStock[stock] else { return }
        let index = positions.partitioningIndex { $0 >= position }
        guard index < positions.endIndex, positions[index] == position else { return }
        positions.remove(at: index)
        positionsByStock[stock] = positions
        count -= 1
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
