/// A phone-number search, one property per parameter of Plivo's `GET PhoneNumber/`, already split out of the
/// query string. Parsing and rejecting malformed parameters (a `limit` over 20, an unknown `type`) is the
/// handler's job; the catalog applies whatever it is given, and documents what it does with odd values.
public struct NumberSearchQuery: Hashable, Sendable {
    /// `country_iso`, ISO 3166-1 alpha-2, any case. An unknown country finds nothing.
    public var countryISO: String
    /// `type`. Nil (not given) means `any`, except that a `region` filter makes it `fixed`, as Plivo documents.
    public var type: NumberTypeFilter?
    /// `pattern`: digits the national number starts with, that is, after the country code
    /// (`415` in the US finds `1415...`). Empty means no filter. Anything but digits finds nothing: Plivo's
    /// pattern is a prefix, not a wildcard expression.
    public var pattern: String?
    /// `region`: case-insensitive, matching a block whose region or city equals or contains it
    /// (`"Frankfurt"`, `"california"`, `"ebra"`). Ignored when shorter than 3 characters, as Plivo says, and
    /// for mobile, toll-free and `any` searches, since Plivo applies it to fixed numbers only.
    public var region: String?
    /// `city` (an SDK parameter the seed does not describe): case-insensitive, equal to or contained in the
    /// block's city, for every type. Numbers without a city never match.
    public var city: String?
    /// `services`: every listed service must be enabled (`voice,sms` needs both). Nil means numbers with voice
    /// or SMS or both, which is every number the catalog sells.
    public var services: ServiceSet?
    /// `lata`, compared as digits. Applies to US and CA only and is ignored elsewhere; numbers without a LATA
    /// (toll-free) never match it.
    public var lata: String?
    /// `rate_center`, case-insensitive, equal. US and CA only, ignored elsewhere, like `lata`.
    public var rateCenter: String?
    /// `limit`: the page size. Plivo's maximum is 20; the catalog does not clamp it. Below 0 counts as 0.
    public var limit: Int
    /// `offset`: how many matching numbers to skip. Below 0 counts as 0.
    public var offset: Int

    public init(
        countryISO: String, type: NumberTypeFilter? = nil, pattern: String? = nil, region: String? = nil,
        city: String? = nil, services: ServiceSet? = nil, lata: String? = nil, rateCenter: String? = nil,
        limit: Int = 20, offset: Int = 0
    ) {
        self.countryISO = countryISO
        self.type = type
        self.pattern = pattern
        self.region = region
        self.city = city
        self.services = services
        self.lata = lata
        self.rateCenter = rateCenter
        self.limit = limit
        self.offset = offset
    }
}
