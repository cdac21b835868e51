extension Country {
    static let spain = Country(
        isoCode: "ES", searchName: "SPAIN", name: "Spain", callingCode: "34",
        tollfreePrefixes: ["800", "900"],
        nationalNumberLengths: [9],
        mobileNetworks: [
            MobileNetwork(name: "Movistar", mcc: "214", mnc: "07"),
            MobileNetwork(name: "Vodafone ES", mcc: "214", mnc: "01"),
            MobileNetwork(name: "Orange ES", mcc: "214", mnc: "03"),
            MobileNetwork(name: "Yoigo", mcc: "214", mnc: "04"),
        ],
        blocks: esFixedBlocks + esMobileBlocks + [
            NumberBlock(
                kind: .tollfree, prefix: "900", subscriberDigits: 6, services: .voice,
                restriction: .countryAddress(in: "Spain"), prerequisites: [.countryAddress], size: 300
            ),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "1.00000"),
                .mobile: NumberRates(monthly: "4.00000"),
                .tollfree: NumberRates(monthly: "12.00000", setup: "15.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00500", tollfree: "0.05500", ip: "0.00300"),
                outbound: .init(
                    local: "0.01400", tollfree: "0.02000", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["34"], rate: "0.01400"),
                        PrefixRate(prefixes: ["346", "347"], rate: "0.04800"),
                    ]
                ),
                billingInterval: .minuteThenSecond
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.07000",
                outboundNetworks: [
                    .init(groupName: "Movistar", rate: "0.07000"),
                    .init(groupName: "Vodafone ES", rate: "0.07000"),
                    .init(groupName: "Orange ES", rate: "0.07000"),
                    .init(groupName: "Yoigo", rate: "0.06800"),
                ]
            )
        )
    )
}

/// Area code, subscriber digits (national numbers are 9 digits), autonomous community, city.
private let esCities: [(code: String, digits: Int, region: String, city: String)] = [
    ("91", 7, "Community of Madrid", "MADRID"),
    ("93", 7, "Catalonia", "BARCELONA"),
    ("944", 6, "Basque Country", "BILBAO"),
    ("952", 6, "Andalusia", "MALAGA"),
    ("954", 6, "Andalusia", "SEVILLE"),
    ("96", 7, "Valencian Community", "VALENCIA"),
]

private let esFixedBlocks = esCities.map {
    NumberBlock(
        kind: .fixed, prefix: $0.code, subscriberDigits: $0.digits, region: $0.region, city: $0.city,
        services: .voice, restriction: .cityAddress(in: $0.city), prerequisites: [.cityAddress], size: 150,
        subscriberRule: .leadingDigitNotZero
    )
}

private let esMobileBlocks = ["622", "644", "711"].map {
    NumberBlock(
        kind: .mobile, prefix: $0, subscriberDigits: 6, services: .voiceAndSMS,
        restriction: .countryAddress(in: "Spain"), prerequisites: [.countryAddress], size: 200
    )
}
