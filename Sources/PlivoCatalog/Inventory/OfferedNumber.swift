/// A number the simulated Plivo sells, with everything a phone-number search result or a purchase shows.
public struct OfferedNumber: Hashable, Sendable {
    /// E.164 digits without `+`: `"14155550123"`.
    public let number: String
    public let country: Country
    /// Plivo's `sub_type` and a rented number's `number_type`; `kind.type` is the search result's `type`.
    public let kind: NumberKind
    /// The area code Plivo prints as `prefix`: `"415"`.
    public let prefix: String
    /// State, province or region (`"California"`); nil for non-geographic numbers.
    public let region: String?
    /// City, upper case (`"SAN FRANCISCO"`); nil for non-geographic numbers.
    public let city: String?
    /// US and CA geographic numbers only.
    public let lata: Int?
    /// US and CA geographic numbers only.
    public let rateCenter: String?
    public let services: ServiceSet
    /// `monthly_rental_rate`: the country's `phone_numbers` rate for the kind.
    public let monthlyRentalRate: Money
    /// `setup_rate`, charged once on purchase.
    public let setupRate: Money
    /// `voice_rate`: the country's inbound rate per minute (toll-free or local).
    public let voiceRate: Money
    /// `sms_rate`: the country's inbound SMS rate.
    public let smsRate: Money
    /// `mms_rate`: the country's inbound MMS rate.
    public let mmsRate: Money
    /// `restriction` and `restriction_text`; nil when anyone may rent the number.
    public let restriction: NumberRestriction?
    public let prerequisites: [Prerequisite]

    init(number: String, country: Country, block: NumberBlock) {
        let pricing = country.pricing
        // Country data is checked by tests to price every kind it sells; a missing rate is a catalog bug.
        guard let rates = pricing.phoneNumbers[block.kind] else {
            preconditionFailure("\(country.isoCode) sells \(block.kind) numbers but does not price them")
        }
        self.number = number
        self.country = country
        self.kind = block.kind
        self.prefix = block.areaCode
        self.region = block.region
        self.city = block.city
        self.lata = block.lata
        self.rateCenter = block.rateCenter
        self.services = block.services
        self.monthlyRentalRate = rates.monthly
        self.setupRate = rates.setup
        self.voiceRate = pricing.inboundVoiceRate(for: block.kind)
        self.smsRate = pricing.message.inbound
        self.mmsRate = pricing.message.mmsInbound
        self.restriction = block.restriction
        self.prerequisites = block.prerequisites
    }

    /// The search result's `type`: `fixed`, `mobile` or `tollfree`.
    public var type: NumberType { kind.type }
    public var voiceEnabled: Bool { services.contains(.voice) }
    public var smsEnabled: Bool { services.contains(.sms) }
    public var mmsEnabled: Bool { services.contains(.mms) }

    /// The `region` a rented number shows: `"California, UNITED STATES"`, or the country alone for a
    /// non-geographic number, following the number fixtures.
    public var accountRegion: String {
        region.map { "\($0), \(country.searchName)" } ?? country.searchName
    }
}
