extension Country {
    /// Singapore has no area codes: landlines start with 6, mobiles with 8 or 9, and the whole country is one city.
    static let singapore = Country(
        isoCode: "SG", searchName: "SINGAPORE", name: "Singapore", callingCode: "65",
        tollfreePrefixes: ["1800"],
        nationalNumberLengths: [8, 11],
        mobileNetworks: [
            MobileNetwork(name: "Singtel", mcc: "525", mnc: "01"),
            MobileNetwork(name: "StarHub", mcc: "525", mnc: "05"),
            MobileNetwork(name: "M1", mcc: "525", mnc: "03"),
        ],
        blocks: [
            NumberBlock(
                kind: .fixed, prefix: "6", subscriberDigits: 7, region: "Singapore", city: "SINGAPORE",
                services: .voice, restriction: .countryAddress(in: "Singapore"), prerequisites: [.countryAddress],
                size: 400, subscriberRule: .leadingDigitNotZero
            ),
            NumberBlock(
                kind: .mobile, prefix: "8", subscriberDigits: 7, services: .voiceAndSMS,
                restriction: .countryAddress(in: "Singapore"), prerequisites: [.countryAddress], size: 300
            ),
            // SMS-only numbers exist (Plivo's `services=sms` filter on account numbers asks for them): these.
            NumberBlock(
                kind: .mobile, prefix: "9", subscriberDigits: 7, services: .sms,
                restriction: .countryAddress(in: "Singapore"), prerequisites: [.countryAddress], size: 300
            ),
            NumberBlock(
                kind: .tollfree, prefix: "1800", subscriberDigits: 7, services: .voice,
                restriction: .countryAddress(in: "Singapore"), prerequisites: [.countryAddress], size: 200
            ),
        ],
        pricing: CountryPricing(
            phoneNumbers: [
                .fixed: NumberRates(monthly: "6.00000"),
                .mobile: NumberRates(monthly: "10.00000"),
                .tollfree: NumberRates(monthly: "20.00000", setup: "10.00000"),
            ],
            voice: VoicePricing(
                inbound: .init(local: "0.00500", tollfree: "0.03000", ip: "0.00300"),
                outbound: .init(
                    local: "0.01100", tollfree: "0.02000", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["65"], rate: "0.01100"),
                        PrefixRate(prefixes: ["658", "659"], rate: "0.01500"),
                    ]
                ),
                billingInterval: .perMinute
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.03600",
                outboundNetworks: [
                    .init(groupName: "Singtel", rate: "0.03600"),
                    .init(groupName: "StarHub", rate: "0.03600"),
                    .init(groupName: "M1", rate: "0.03600"),
                ]
            )
        )
    )
}
