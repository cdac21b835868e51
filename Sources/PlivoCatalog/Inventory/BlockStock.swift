/// The numbers one block offers under one seed, as full E.164 digit strings in ascending order.
///
/// Strings rather than integers because every consumer (the exclusion predicate, the search result, the store)
/// wants the string, and an E.164 number fits Swift's 15-byte small-string form, so the array holds no heap
/// allocation per number.
struct BlockStock: Sendable {
    let block: NumberBlock
    let countryIndex: Int
    /// Calling code plus block prefix: what every number here starts with.
    let fullPrefix: String
    let numbers: [String]

    init(block: NumberBlock, country: Country, countryIndex: Int, seed: UInt64) {
        self.block = block
        self.countryIndex = countryIndex
        self.fullPrefix = country.callingCode + block.prefix
        // The block's own key: the seed mixed with what identifies the block, so blocks differ from each other
        // and adding a block to the catalog leaves every other block's numbers as they were.
        let key = StableHash.mix(seed ^ StableHash.fnv1a("\(country.isoCode):\(block.kind.rawValue):\(block.prefix)"))
        let space = block.subscriberSpace
        let permutation = FeistelPermutation(domain: space, key: key)
        var subscribers: [UInt64] = []
        subscribers.reserveCapacity(block.size)
        var index: UInt64 = 0
        while subscribers.count < block.size && index < space {
            let subscriber = permutation.apply(index)
            if block.subscriberRule.accepts(subscriber, digits: block.subscriberDigits) {
                subscribers.append(subscriber)
            }
            index += 1
        }
        let fullPrefix = self.fullPrefix
        let digits = block.subscriberDigits
        numbers = subscribers.sorted().map { fullPrefix + Self.padded($0, to: digits) }
    }

    /// The indices of the numbers whose national part starts with `pattern` (digits, possibly empty): the
    /// numbers are sorted and equally long, so they form one contiguous run, found by two binary searches.
    func indices(matchingNationalPattern pattern: String, callingCode: String) -> Range<Int> {
        let wanted = callingCode + pattern
        if wanted.count <= fullPrefix.count {
            return fullPrefix.hasPrefix(wanted) ? numbers.indices : 0..<0
        }
        guard wanted.hasPrefix(fullPrefix), wanted.count <= fullPrefix.count + block.subscriberDigits else { return 0..<0 }
        let length = wanted.count
        let target = Substring(wanted)
        let lower = partitionPoint { $0.prefix(length) >= target }
        let upper = partitionPoint { $0.prefix(length) > target }
        return lower..<upper
    }

    func contains(_ number: String) -> Bool {
        position(of: number) != nil
    }

    /// The index of `number` in `numbers`, if the block offers it.
    func position(of number: String) -> Int? {
        let index = partitionPoint { $0 >= number }
        return index < numbers.count && numbers[index] == number ? index : nil
    }

    /// The first index whose number satisfies `predicate`, which must be false then true along the array.
    private func partitionPoint(_ predicate: (String) -> Bool) -> Int {
        var low = 0
        var high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(numbers[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private static func padded(_ value: UInt64, to digits: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: digits - text.count) + text
    }
}
