extension Country {
    static let germany = Country(
        isoCode: "DE", searchName: "GERMANY", name: "Germany", callingCode: "49",
        tollfreePrefixes: ["800"],
        nationalNumberLengths: [10, 11],
        mobileNetworks: [
            MobileNetwork(name: "Telekom", mcc: "262", mnc: "01"),
            MobileNetwork(name: "Vodafone DE", mcc: "262", mnc: "02"),
            MobileNetwork(name: "O2 DE", mcc: "262", mnc: "07"),
        ],
        blocks: deFixedBlocks + deMobileBlocks + [
            NumberBlock(
                kind: .national, prefix: "32", subscriberDigits: 8, services: .voice,
                restriction: .countryAddress(in: "Germany"), prerequisites: [.countryAddress], size: 200,
                subscriberRule: .leadingDigitNotZero
            ),
            NumberBlock(kind: .tollfree, prefix: "800", subscriberDigits: 7, services: .voice, size: 300, subscriberRule: .leadingDigitNotZero),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "1.00000"),
                .national: NumberRates(monthly: "2.00000"),
                .mobile: NumberRates(monthly: "5.00000"),
                .tollfree: NumberRates(monthly: "10.00000", setup: "20.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00500", tollfree: "0.05000", ip: "0.00300"),
                outbound: .init(
                    local: "0.01300", tollfree: "0.02000", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["49"], rate: "0.01300"),
                        PrefixRate(prefixes: ["4915", "4916", "4917"], rate: "0.06500"),
                    ]
                ),
                billingInterval: .minuteThenSecond
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.08900",
                outboundNetworks: [
                    .init(groupName: "Telekom", rate: "0.08900"),
                    .init(groupName: "Vodafone DE", rate: "0.08900"),
                    .init(groupName: "O2 DE", rate: "0.08500"),
                ]
            )
        )
    )
}

/// Area code, subscriber digits (so that the national number is 10 digits), state, city.
private let deCities: [(code: String, digits: Int, state: String, city: String)] = [
    ("211", 7, "North Rhine-Westphalia", "DUSSELDORF"),
    ("221", 7, "North Rhine-Westphalia", "COLOGNE"),
    ("30", 8, "Berlin", "BERLIN"),
    ("40", 8, "Hamburg", "HAMBURG"),
    ("69", 8, "Hesse", "FRANKFURT"),
    ("711", 7, "Baden-Wuerttemberg", "STUTTGART"),
    ("89", 8, "Bavaria", "MUNICH"),
]

private let deFixedBlocks = deCities.map {
    NumberBlock(
        kind: .fixed, prefix: $0.code, subscriberDigits: $0.digits, region: $0.state, city: $0.city,
        services: .voice, restriction: .cityAddress(in: $0.city), prerequisites: [.cityAddress], size: 150,
        subscriberRule: .leadingDigitNotZero
    )
}

/// Mobile prefix and subscriber digits: 015x numbers are 11 digits long, 017x numbers 10.
private let deMobileBlocks = [("151", 8), ("160", 8), ("170", 7), ("176", 8)].map {
    NumberBlock(
        kind: .mobile, prefix: $0.0, subscriberDigits: $0.1, services: .voiceAndSMS,
        restriction: .countryAddress(in: "Germany"), prerequisites: [.countryAddress], size: 200,
        subscriberRule: .leadingDigitNotZero
    )
}
