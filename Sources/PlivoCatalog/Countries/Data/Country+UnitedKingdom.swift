extension Country {
    /// Every UK number sold comes from a range Ofcom reserves for drama and testing ("Telephone numbers for use
    /// in TV and radio drama"): each is 1,000 numbers long and is never assigned to a subscriber.
    static let unitedKingdom = Country(
        isoCode: "GB", searchName: "UNITED KINGDOM", name: "United Kingdom", callingCode: "44",
        tollfreePrefixes: ["800", "808"],
        nationalNumberLengths: [10],
        mobileNetworks: [
            MobileNetwork(name: "EE", mcc: "234", mnc: "30"),
            MobileNetwork(name: "Vodafone UK", mcc: "234", mnc: "15"),
            MobileNetwork(name: "O2 UK", mcc: "234", mnc: "10"),
            MobileNetwork(name: "Three UK", mcc: "234", mnc: "20"),
        ],
        blocks: gbFixedBlocks + [
            NumberBlock(kind: .mobile, prefix: "7700900", areaCode: "7700", subscriberDigits: 3, services: .voiceAndSMS, size: 500),
            NumberBlock(kind: .national, prefix: "3069990", areaCode: "306", subscriberDigits: 3, services: .voice, size: 300),
            NumberBlock(kind: .tollfree, prefix: "8081570", areaCode: "808", subscriberDigits: 3, services: .voice, size: 300),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "0.80000"),
                .national: NumberRates(monthly: "0.80000"),
                .mobile: NumberRates(monthly: "1.50000"),
                .tollfree: NumberRates(monthly: "3.00000", setup: "5.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00500", tollfree: "0.03500", ip: "0.00300"),
                outbound: .init(
                    local: "0.01150", tollfree: "0.01000", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["44"], rate: "0.01150"),
                        PrefixRate(prefixes: ["447"], rate: "0.02100"),
                        PrefixRate(prefixes: ["449"], rate: "0.45000"),
                    ]
                ),
                billingInterval: .minuteThenSecond
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.04150",
                outboundNetworks: [
                    .init(groupName: "EE", rate: "0.04150"),
                    .init(groupName: "Vodafone UK", rate: "0.04150"),
                    .init(groupName: "O2 UK", rate: "0.04200"),
                    .init(groupName: "Three UK", rate: "0.04150"),
                ]
            )
        )
    )
}

/// Ofcom drama range (national digits), area code, nation, city.
private let gbGeographicRanges: [(prefix: String, areaCode: String, nation: String, city: String)] = [
    ("1134960", "113", "England", "LEEDS"),
    ("1144960", "114", "England", "SHEFFIELD"),
    ("1154960", "115", "England", "NOTTINGHAM"),
    ("1164960", "116", "England", "LEICESTER"),
    ("1174960", "117", "England", "BRISTOL"),
    ("1184960", "118", "England", "READING"),
    ("1214960", "121", "England", "BIRMINGHAM"),
    ("1314960", "131", "Scotland", "EDINBURGH"),
    ("1414960", "141", "Scotland", "GLASGOW"),
    ("1514960", "151", "England", "LIVERPOOL"),
    ("1614960", "161", "England", "MANCHESTER"),
    ("1914980", "191", "England", "NEWCASTLE UPON TYNE"),
    ("2079460", "20", "England", "LONDON"),
    ("2896496", "28", "Northern Ireland", "BELFAST"),
    ("2920180", "29", "Wales", "CARDIFF"),
]

private let gbFixedBlocks = gbGeographicRanges.map {
    NumberBlock(
        kind: .fixed, prefix: $0.prefix, areaCode: $0.areaCode, subscriberDigits: 3, region: $0.nation, city: $0.city,
        services: .voice, restriction: .countryAddress(in: "the United Kingdom"), prerequisites: [.countryAddress],
        size: 100
    )
}
