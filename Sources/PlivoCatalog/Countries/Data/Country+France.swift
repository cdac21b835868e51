extension Country {
    /// Geographic, mobile and national numbers come from the ranges ARCEP reserves for fiction
    /// (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98, 09 77 42), each 10,000 numbers long.
    static let france = Country(
        isoCode: "FR", searchName: "FRANCE", name: "France", callingCode: "33",
        tollfreePrefixes: ["800", "801", "802", "803", "804", "805"],
        nationalNumberLengths: [9],
        mobileNetworks: [
            MobileNetwork(name: "Orange", mcc: "208", mnc: "01"),
            MobileNetwork(name: "SFR", mcc: "208", mnc: "10"),
            MobileNetwork(name: "Bouygues Telecom", mcc: "208", mnc: "20"),
            MobileNetwork(name: "Free Mobile", mcc: "208", mnc: "15"),
        ],
        blocks: frFixedBlocks + [
            NumberBlock(
                kind: .mobile, prefix: "63998", areaCode: "6", subscriberDigits: 4, services: .voiceAndSMS,
                restriction: .countryAddress(in: "France"), prerequisites: [.countryAddress], size: 600
            ),
            NumberBlock(
                kind: .national, prefix: "97742", areaCode: "9", subscriberDigits: 4, services: .voice,
                restriction: .countryAddress(in: "France"), prerequisites: [.countryAddress], size: 300
            ),
            NumberBlock(
                kind: .tollfree, prefix: "800", subscriberDigits: 6, services: .voice,
                restriction: .termsAndConditions, size: 300
            ),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "1.00000"),
                .national: NumberRates(monthly: "1.00000"),
                .mobile: NumberRates(monthly: "3.00000"),
                .tollfree: NumberRates(monthly: "15.00000", setup: "25.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00500", tollfree: "0.06000", ip: "0.00300"),
                outbound: .init(
                    local: "0.01500", tollfree: "0.02000", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["33"], rate: "0.01500"),
                        PrefixRate(prefixes: ["336", "337"], rate: "0.04500"),
                    ]
                ),
                billingInterval: .minuteThenSecond
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.07500",
                outboundNetworks: [
                    .init(groupName: "Orange", rate: "0.07500"),
                    .init(groupName: "SFR", rate: "0.07500"),
                    .init(groupName: "Bouygues Telecom", rate: "0.07500"),
                    .init(groupName: "Free Mobile", rate: "0.07200"),
                ]
            )
        )
    )
}

/// ARCEP fiction range (national digits), zone digit, region, city.
private let frGeographicRanges: [(prefix: String, zone: String, region: String, city: String)] = [
    ("19900", "1", "Ile-de-France", "PARIS"),
    ("26191", "2", "Pays de la Loire", "NANTES"),
    ("35301", "3", "Hauts-de-France", "LILLE"),
    ("46571", "4", "Auvergne-Rhone-Alpes", "LYON"),
    ("53649", "5", "Nouvelle-Aquitaine", "BORDEAUX"),
]

private let frFixedBlocks = frGeographicRanges.map {
    NumberBlock(
        kind: .fixed, prefix: $0.prefix, areaCode: $0.zone, subscriberDigits: 4, region: $0.region, city: $0.city,
        services: .voice, restriction: .cityAddress(in: $0.city), prerequisites: [.cityAddress], size: 200
    )
}
