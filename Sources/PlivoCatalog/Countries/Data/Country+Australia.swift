extension Country {
    /// Geographic numbers come from the ranges ACMA reserves for fiction (02/03/07/08 5550 xxxx and 7010 xxxx),
    /// mobile numbers from 0491 57x xxx, toll-free from 1800 160 xxx.
    static let australia = Country(
        isoCode: "AU", searchName: "AUSTRALIA", name: "Australia", callingCode: "61",
        tollfreePrefixes: ["1800"],
        nationalNumberLengths: [9, 10],
        mobileNetworks: [
            MobileNetwork(name: "Telstra", mcc: "505", mnc: "01"),
            MobileNetwork(name: "Optus", mcc: "505", mnc: "02"),
            MobileNetwork(name: "Vodafone AU", mcc: "505", mnc: "03"),
        ],
        blocks: auFixedBlocks + [
            NumberBlock(kind: .mobile, prefix: "49157", areaCode: "4", subscriberDigits: 4, services: .voiceAndSMS, size: 500),
            NumberBlock(kind: .tollfree, prefix: "1800160", areaCode: "1800", subscriberDigits: 3, services: .voice, size: 300),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "3.00000"),
                .mobile: NumberRates(monthly: "6.50000"),
                .tollfree: NumberRates(monthly: "25.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00500", tollfree: "0.04000", ip: "0.00300"),
                outbound: .init(
                    local: "0.01800", tollfree: "0.03000", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["61"], rate: "0.01800"),
                        PrefixRate(prefixes: ["614"], rate: "0.03500"),
                    ]
                ),
                billingInterval: .perMinute
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.04800",
                outboundNetworks: [
                    .init(groupName: "Telstra", rate: "0.04800"),
                    .init(groupName: "Optus", rate: "0.04800"),
                    .init(groupName: "Vodafone AU", rate: "0.04800"),
                ]
            )
        )
    )
}

/// ACMA fiction range (national digits), area code, state, city.
private let auGeographicRanges: [(prefix: String, code: String, state: String, city: String)] = [
    ("25550", "2", "New South Wales", "SYDNEY"),
    ("27010", "2", "Australian Capital Territory", "CANBERRA"),
    ("35550", "3", "Victoria", "MELBOURNE"),
    ("37010", "3", "Tasmania", "HOBART"),
    ("75550", "7", "Queensland", "BRISBANE"),
    ("77010", "7", "Queensland", "GOLD COAST"),
    ("85550", "8", "South Australia", "ADELAIDE"),
    ("87010", "8", "Western Australia", "PERTH"),
]

private let auFixedBlocks = auGeographicRanges.map {
    NumberBlock(
        kind: .fixed, prefix: $0.prefix, areaCode: $0.code, subscriberDigits: 4, region: $0.state, city: $0.city,
        services: .voice, restriction: .cityAddress(in: $0.city), prerequisites: [.cityAddress], size: 150
    )
}
