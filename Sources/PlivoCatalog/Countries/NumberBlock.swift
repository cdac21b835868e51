/// A range of numbers of one kind, in one place, that the simulated Plivo sells from: every offered number is a
/// block's `prefix` followed by `subscriberDigits` generated digits.
///
/// Everything a search filters on except the number itself (kind, region, city, LATA, rate center, services)
/// belongs to the block, so a search decides per block, and only `pattern` and ownership are checked per number.
public struct NumberBlock: Hashable, Sendable {
    /// Which subscriber digits a block may hand out.
    public enum SubscriberRule: Hashable, Sendable {
        /// Any digits.
        case any
        /// The first subscriber digit is 1–9, as in most European and Latin American plans, where a leading 0
        /// would read as a trunk prefix.
        case leadingDigitNotZero
        /// NANP: the exchange (the first three subscriber digits, `NXX`) starts with 2–9 and is not `N11`, which
        /// is reserved for service codes such as 411 and 911.
        case nanpExchange

        func accepts(_ subscriber: UInt64, digits: Int) -> Bool {
            switch self {
            case .any:
                return true
            case .leadingDigitNotZero:
                return subscriber >= power(10, digits - 1)
            case .nanpExchange:
                let exchange = subscriber / power(10, digits - 3)
                return exchange >= 200 && exchange % 100 != 11
            }
        }
    }

    public let kind: NumberKind
    /// National digits every number of the block starts with, after the calling code: `"415"`, `"2079460"`.
    public let prefix: String
    /// The area code Plivo prints as `prefix` in a search result: `"415"`, `"20"`, `"800"`.
    /// Always a leading part of `prefix`.
    public let areaCode: String
    /// How many digits follow `prefix`.
    public let subscriberDigits: Int
    /// State, province or region, title case (`"California"`); nil for non-geographic blocks.
    public let region: String?
    /// City, upper case as Plivo prints it (`"SAN FRANCISCO"`); nil for non-geographic blocks.
    public let city: String?
    /// Local Access and Transport Area: US and CA geographic blocks only.
    public let lata: Int?
    /// Rate center, abbreviated the LERG way (`"SNFC CNTRL"`): US and CA geographic blocks only.
    public let rateCenter: String?
    public let services: ServiceSet
    public let restriction: NumberRestriction?
    public let prerequisites: [Prerequisite]
    /// How many numbers the inventory offers from this block.
    public let size: Int
    public let subscriberRule: SubscriberRule

    public init(
        kind: NumberKind, prefix: String, areaCode: String? = nil, subscriberDigits: Int,
        region: String? = nil, city: String? = nil, lata: Int? = nil, rateCenter: String? = nil,
        services: ServiceSet, restriction: NumberRestriction? = nil, prerequisites: [Prerequisite] = [],
        size: Int, subscriberRule: SubscriberRule = .any
    ) {
        self.kind = kind
        self.prefix = prefix
        self.areaCode = areaCode ?? prefix
        self.subscriberDigits = subscriberDigits
        self.region = region
        self.city = city
        self.lata = lata
        self.rateCenter = rateCenter
        self.services = services
        self.restriction = restriction
        self.prerequisites = prerequisites
        self.size = size
        self.subscriberRule = subscriberRule
    }

    /// The length of the national number: prefix plus subscriber digits.
    public var nationalLength: Int { prefix.count + subscriberDigits }

    /// How many distinct subscriber values the block's digits can spell, before `subscriberRule`.
    var subscriberSpace: UInt64 { power(10, subscriberDigits) }
}

/// `base` to the `exponent`, for the small powers of ten a phone number needs.
func power(_ base: UInt64, _ exponent: Int) -> UInt64 {
    var result: UInt64 = 1
    for _ in 0..<max(0, exponent) { result *= base }
    return result
}
