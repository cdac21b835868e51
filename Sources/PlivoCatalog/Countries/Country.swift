/// A country the simulated Plivo sells numbers in and rates calls and messages to: its names, dialing codes,
/// number lengths, mobile operators, the blocks its numbers come from, and its prices.
///
/// The data is fixed at compile time (`Country.all`); only the subscriber digits of offered numbers depend on a
/// seed (see `NumberInventory`).
public struct Country: Hashable, Sendable, Identifiable {
    /// ISO 3166-1 alpha-2 code, upper case: `"US"`.
    public let isoCode: String
    /// The name as Plivo prints it in a phone-number search result: `"UNITED STATES"`.
    public let searchName: String
    /// The name as Plivo prints it on a rented number and in pricing: `"United States"`.
    public let name: String
    /// E.164 country calling code, digits only: `"1"`, `"44"`.
    public let callingCode: String
    /// The E.164 prefixes that identify this country, longest match wins across all countries. Usually just the
    /// calling code; Canada lists `1` + each of its area codes, so `1` + area code decides US vs CA.
    public let dialingPrefixes: [String]
    /// National prefixes of toll-free numbers (`"800"`), used to rate calls *to* toll-free numbers.
    public let tollfreePrefixes: [String]
    /// The lengths a national significant number (after the calling code) may have.
    public let nationalNumberLengths: [Int]
    /// Operators SMS delivery reports name; the first one's MCC is the country's `mcc`.
    public let mobileNetworks: [MobileNetwork]
    /// The blocks the inventory offers numbers from.
    public let blocks: [NumberBlock]
    public let pricing: CountryPricing

    public init(
        isoCode: String, searchName: String, name: String, callingCode: String, dialingPrefixes: [String]? = nil,
        tollfreePrefixes: [String], nationalNumberLengths: [Int], mobileNetworks: [MobileNetwork],
        blocks: [NumberBlock], pricing: CountryPricing
    ) {
        self.isoCode = isoCode
        self.searchName = searchName
        self.name = name
        self.callingCode = callingCode
        self.dialingPrefixes = dialingPrefixes ?? [callingCode]
        self.tollfreePrefixes = tollfreePrefixes
        self.nationalNumberLengths = nationalNumberLengths
        self.mobileNetworks = mobileNetworks
        self.blocks = blocks
        self.pricing = pricing
    }

    public var id: String { isoCode }

    /// The country's main mobile country code (US has several; its first operator's is used).
    public var mcc: String { mobileNetworks[0].mcc }

    /// The kinds of number sold here, in `NumberKind` order.
    public var kinds: [NumberKind] {
        Set(blocks.map(\.kind)).sorted()
    }

    /// The operator a destination number is delivered through, for delivery reports: picked from the digits by a
    /// stable hash, so the same number always reports the same network (never `hashValue`, which changes per run).
    public func network(forNumber number: String) -> MobileNetwork {
        let hash = StableHash.fnv1a(number)
        return mobileNetworks[Int(hash % UInt64(mobileNetworks.count))]
    }
}
