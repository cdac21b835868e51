/// The simulated Plivo's rate book: every country's pricing, and the lookups that rate a call or a message to a
/// destination number.
///
/// Destinations are E.164 digits; a leading `+` is ignored. A destination no country in the catalog claims is
/// charged the rest-of-world rates, so rating never fails.
public struct Pricing: Sendable {
    /// The rate book built from `Country.all`.
    public static let standard = Pricing(countries: Country.all)

    /// Per minute, for a call to a number no catalog country claims.
    public static let restOfWorldVoiceRate: Money = "0.10000"
    /// Per SMS segment, for a message to a number no catalog country claims.
    public static let restOfWorldMessageRate: Money = "0.05000"

    public let countries: [Country]
    private let countryByDialingPrefix: PrefixTable<Int>
    private let voiceRateTables: [PrefixTable<Money>]

    public init(countries: [Country]) {
        self.countries = countries
        var dialing = PrefixTable<Int>()
        for (index, country) in countries.enumerated() {
            for prefix in country.dialingPrefixes { dialing.insert(index, for: prefix) }
        }
        countryByDialingPrefix = dialing
        voiceRateTables = countries.map(Self.voiceRateTable)
    }

    /// The pricing of the country with this ISO code, in any case.
    public func pricing(forCountryISO isoCode: String) -> CountryPricing? {
        countries.first { $0.isoCode == isoCode.uppercased() }?.pricing
    }

    /// The country a number belongs to: the longest of all countries' dialing prefixes that starts the number,
    /// so `1` + a Canadian area code is Canada and any other `1` number is the US. Nil for a number no catalog
    /// country claims, or one with anything but digits after an optional `+`.
    public func country(forNumber number: String) -> Country? {
        guard let digits = Self.digits(of: number) else { return nil }
        return countryByDialingPrefix.longestMatch(for: digits).map { countries[$0.value] }
    }

    /// The per-minute rate of a call to `destination`: the longest matching prefix of the destination country's
    /// `voice.outbound.rates`, where calls to its toll-free prefixes count as prefixes at `outbound.tollfree`;
    /// `outbound.local` when no line matches; the rest-of-world rate when no country claims the number.
    public func outboundVoiceRate(for destination: String) -> Money {
        guard let digits = Self.digits(of: destination),
              let index = countryByDialingPrefix.longestMatch(for: digits)?.value
        else { return Self.restOfWorldVoiceRate }
        return voiceRateTables[index].longestMatch(for: digits)?.value ?? countries[index].pricing.voice.outbound.local
    }

    /// The rate of one SMS segment to `destination`: its country's `message.outbound`, or the rest-of-world rate.
    public func outboundMessageRate(for destination: String) -> Money {
        country(forNumber: destination)?.pricing.message.outbound ?? Self.restOfWorldMessageRate
    }

    /// The billing interval of calls to `destination`; per minute when no country claims it.
    public func billingInterval(for destination: String) -> BillingInterval {
        country(forNumber: destination)?.pricing.voice.billingInterval ?? .perMinute
    }

    private static func voiceRateTable(for country: Country) -> PrefixTable<Money> {
        var table = PrefixTable<Money>()
        let outbound = country.pricing.voice.outbound
        for line in outbound.rates {
            for prefix in line.prefixes { table.insert(line.rate, for: prefix) }
        }
        for prefix in country.tollfreePrefixes {
            table.insert(outbound.tollfree, for: country.callingCode + prefix)
        }
        return table
    }

    /// The digits of an E.164 number, without its optional `+`; nil if anything else is in it.
    private static func digits(of number: String) -> String? {
        let digits = number.first == "+" ? String(number.dropFirst()) : number
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return digits
    }
}
