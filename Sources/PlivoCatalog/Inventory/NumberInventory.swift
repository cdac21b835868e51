/// The numbers the simulated Plivo has for sale, derived from the catalog's blocks and a seed (never loaded or
/// saved: the same inputs always derive the same numbers).
///
/// Every block offers `size` numbers whose subscriber digits are the images of 0, 1, 2, ... under a keyed
/// permutation of the block's digit space (see `FeistelPermutation`), so the same seed always gives the same
/// inventory, on every machine and run, and different seeds give different numbers in the same blocks. A nil
/// seed uses `defaultSeed`: stable, never random.
///
/// The inventory never changes once built. Numbers that have been bought are hidden at search time by the
/// caller's exclusion predicate, so one inventory serves every account and any number of purchases.
/// Building one for the whole catalog (21,050 numbers) takes about 65 ms in a debug build; build it once at
/// start-up and share it (it is an immutable `Sendable` value).
public struct NumberInventory: Sendable {
    /// The seed a nil seed stands for: the ASCII of "MockPliv".
    public static let defaultSeed: UInt64 = 0x4D6F_636B_506C_6976

    /// The seed the numbers were derived from (`defaultSeed` for a nil seed).
    public let seed: UInt64
    public let countries: [Country]
    /// Every block's numbers, grouped by country in `countries` order, and by block prefix within a country, so
    /// that walking a country's stocks in order walks its numbers in ascending digit-string order.
    let stocks: [BlockStock]
    private let stockRanges: [String: Range<Int>]
    private let stockByFullPrefix: PrefixTable<Int>

    /// - Precondition: no block's full prefix (calling code + prefix) starts another's, so that a number names
    ///   one block. `Country.all` is checked by the tests; this guards a custom list.
    public init(seed: UInt64? = nil, countries: [Country] = Country.all) {
        let prefixes = countries.flatMap { country in country.blocks.map { country.callingCode + $0.prefix } }
        for prefix in prefixes {
            precondition(prefixes.filter { $0.hasPrefix(prefix) }.count == 1, "block +\(prefix) overlaps another")
        }
        let seed = seed ?? Self.defaultSeed
        var stocks: [BlockStock] = []
        var ranges: [String: Range<Int>] = [:]
        var byPrefix = PrefixTable<Int>()
        for (countryIndex, country) in countries.enumerated() {
            let start = stocks.count
            // Blocks of one country never start one another (the tests check), so prefix order is number order.
            for block in country.blocks.sorted(by: { $0.prefix < $1.prefix }) {
                let stock = BlockStock(block: block, country: country, countryIndex: countryIndex, seed: seed)
                byPrefix.insert(stocks.count, for: stock.fullPrefix)
                stocks.append(stock)
            }
            ranges[country.isoCode] = start..<stocks.count
        }
        self.seed = seed
        self.countries = countries
        self.stocks = stocks
        self.stockRanges = ranges
        self.stockByFullPrefix = byPrefix
    }

    /// How many numbers the inventory holds in all.
    public var count: Int {
        stocks.reduce(0) { $0 + $1.numbers.count }
    }

    /// How many numbers of `kind` (all kinds for nil) the inventory holds in a country.
    public func count(countryISO: String, kind: NumberKind? = nil) -> Int {
        stocks(inCountry: countryISO)
            .filter { kind == nil || $0.block.kind == kind }
            .reduce(0) { $0 + $1.numbers.count }
    }

    /// The number on sale, or nil if the inventory never offered it. Whether someone already bought it is the
    /// caller's to check. Costs a few dictionary probes and a binary search in one block, whatever the size.
    public func offer(number: String) -> OfferedNumber? {
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit),
              let index = stockByFullPrefix.longestMatch(for: number)?.value
        else { return nil }
        let stock = stocks[index]
        guard stock.contains(number) else { return nil }
        return OfferedNumber(number: number, country: countries[stock.countryIndex], block: stock.block)
    }

    /// Where the inventory holds `number`: its block's index in `stocks` and its position there.
    func locate(_ number: String) -> (stock: Int, position: Int)? {
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit),
              let index = stockByFullPrefix.longestMatch(for: number)?.value,
              let position = stocks[index].position(of: number)
        else { return nil }
        return (index, position)
    }

    /// The indices in `stocks` of a country's blocks.
    func stockIndices(inCountry isoCode: String) -> Range<Int> {
        stockRanges[isoCode.uppercased()] ?? 0..<0
    }

    func stocks(inCountry isoCode: String) -> ArraySlice<BlockStock> {
        guard let range = stockRanges[isoCode.uppercased()] else { return [] }
        return stocks[range]
    }

    func country(isoCode: String) -> Country? {
        let isoCode = isoCode.uppercased()
        return countries.first { $0.isoCode == isoCode }
    }
}
