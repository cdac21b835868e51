extension Country {
    /// Plivo rents Indian numbers for inbound voice only, to businesses with a local address; SMS-capable Indian
    /// numbers are not sold. The outbound voice and SMS rates match the call and message fixtures
    /// (`total_rate` `0.03570` to `9199...`, `0.00250` to `9112...`).
    static let india = Country(
        isoCode: "IN", searchName: "INDIA", name: "India", callingCode: "91",
        tollfreePrefixes: ["1800"],
        nationalNumberLengths: [10, 11],
        mobileNetworks: [
            MobileNetwork(name: "Airtel", mcc: "404", mnc: "10"),
            MobileNetwork(name: "Vodafone Idea", mcc: "404", mnc: "20"),
            MobileNetwork(name: "Jio", mcc: "405", mnc: "857"),
            MobileNetwork(name: "BSNL", mcc: "404", mnc: "34"),
        ],
        blocks: inFixedBlocks + [
            NumberBlock(
                kind: .tollfree, prefix: "1800", subscriberDigits: 7, services: .voice,
                restriction: .countryAddress(in: "India"), prerequisites: [.countryAddress], size: 300,
                subscriberRule: .leadingDigitNotZero
            ),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "6.00000", setup: "10.00000"),
                .tollfree: NumberRates(monthly: "25.00000", setup: "50.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00650", tollfree: "0.04500", ip: "0.00300"),
                outbound: .init(
                    local: "0.03570", tollfree: "0.03570", ip: "0.00300",
                    rates: [PrefixRate(prefixes: ["91"], rate: "0.03570")]
                ),
                billingInterval: .perMinute
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.00250",
                outboundNetworks: [
                    .init(groupName: "Airtel", rate: "0.00250"),
                    .init(groupName: "Vodafone Idea", rate: "0.00250"),
                    .init(groupName: "Jio", rate: "0.00250"),
                    .init(groupName: "BSNL", rate: "0.00250"),
                ]
            )
        )
    )
}

/// Block prefix (STD code plus the leading 6 of virtual-number ranges), STD code, state, city.
private let inCities: [(prefix: String, code: String, state: String, city: String)] = [
    ("116", "11", "Delhi", "NEW DELHI"),
    ("206", "20", "Maharashtra", "PUNE"),
    ("226", "22", "Maharashtra", "MUMBAI"),
    ("336", "33", "West Bengal", "KOLKATA"),
    ("406", "40", "Telangana", "HYDERABAD"),
    ("446", "44", "Tamil Nadu", "CHENNAI"),
    ("806", "80", "Karnataka", "BENGALURU"),
]

private let inFixedBlocks = inCities.map {
    NumberBlock(
        kind: .fixed, prefix: $0.prefix, areaCode: $0.code, subscriberDigits: 7, region: $0.state, city: $0.city,
        services: .voice, restriction: .cityAddress(in: $0.city), prerequisites: [.cityAddress], size: 100
    )
}
