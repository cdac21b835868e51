extension Country {
    /// Landlines are the area code (DDD), a 3 and seven digits; mobiles the DDD, a 9 and eight digits.
    static let brazil = Country(
        isoCode: "BR", searchName: "BRAZIL", name: "Brazil", callingCode: "55",
        tollfreePrefixes: ["800"],
        nationalNumberLengths: [10, 11],
        mobileNetworks: [
            MobileNetwork(name: "Vivo", mcc: "724", mnc: "06"),
            MobileNetwork(name: "TIM", mcc: "724", mnc: "02"),
            MobileNetwork(name: "Claro", mcc: "724", mnc: "05"),
        ],
        blocks: brFixedBlocks + brMobileBlocks + [
            NumberBlock(
                kind: .tollfree, prefix: "800", subscriberDigits: 7, services: .voice,
                restriction: .countryAddress(in: "Brazil"), prerequisites: [.countryAddress], size: 300
            ),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "4.00000"),
                .mobile: NumberRates(monthly: "10.00000"),
                .tollfree: NumberRates(monthly: "20.00000", setup: "20.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00800", tollfree: "0.06000", ip: "0.00300"),
                outbound: .init(
                    local: "0.02200", tollfree: "0.02200", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["55"], rate: "0.02200"),
                        PrefixRate(prefixes: brCities.map { "55" + $0.code + "9" }, rate: "0.06000"),
                    ]
                ),
                billingInterval: .perMinute
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.03800",
                outboundNetworks: [
                    .init(groupName: "Vivo", rate: "0.03800"),
                    .init(groupName: "TIM", rate: "0.03800"),
                    .init(groupName: "Claro", rate: "0.03800"),
                ]
            )
        )
    )
}

/// Area code (DDD), state, city, and whether mobile numbers are sold there too.
private let brCities: [(code: String, state: String, city: String, mobile: Bool)] = [
    ("11", "Sao Paulo", "SAO PAULO", true),
    ("21", "Rio de Janeiro", "RIO DE JANEIRO", true),
    ("31", "Minas Gerais", "BELO HORIZONTE", true),
    ("41", "Parana", "CURITIBA", false),
    ("51", "Rio Grande do Sul", "PORTO ALEGRE", false),
    ("61", "Distrito Federal", "BRASILIA", true),
    ("71", "Bahia", "SALVADOR", false),
    ("81", "Pernambuco", "RECIFE", false),
]

private let brFixedBlocks = brCities.map {
    NumberBlock(
        kind: .fixed, prefix: $0.code + "3", areaCode: $0.code, subscriberDigits: 7, region: $0.state, city: $0.city,
        services: .voice, restriction: .cityAddress(in: $0.city), prerequisites: [.cityAddress], size: 100
    )
}

private let brMobileBlocks = brCities.filter(\.mobile).map {
    NumberBlock(
        kind: .mobile, prefix: $0.code + "9", areaCode: $0.code, subscriberDigits: 8, region: $0.state, city: $0.city,
        services: .voiceAndSMS, restriction: .countryAddress(in: "Brazil"), prerequisites: [.countryAddress], size: 200,
        subscriberRule: .leadingDigitNotZero
    )
}
