extension Country {
    /// Rates follow Plivo's own pricing fixture for the US (`pricingGetResponse.json`), and the monthly rate the
    /// number fixtures show (`0.80000`).
    static let unitedStates = Country(
        isoCode: "US", searchName: "UNITED STATES", name: "United States", callingCode: "1",
        // Only "1": every +1 number that is not in a Canadian area code is rated and routed as US.
        tollfreePrefixes: usTollfreeCodes,
        nationalNumberLengths: [10],
        mobileNetworks: [
            MobileNetwork(name: "AT&T", mcc: "310", mnc: "410"),
            MobileNetwork(name: "T-Mobile", mcc: "310", mnc: "260"),
            MobileNetwork(name: "Verizon", mcc: "311", mnc: "480"),
        ],
        blocks: usLocalBlocks + usTollfreeBlocks,
        pricing: CountryPricing(
            phoneNumbers: [.local: NumberRates(monthly: "0.80000"), .tollfree: NumberRates(monthly: "1.00000")],
            voice: VoicePricing(
                inbound: .init(local: "0.00850", tollfree: "0.02100", ip: "0.00300"),
                outbound: .init(
                    local: "0.01200", tollfree: "0.00300", ip: "0.00300",
                    rates: [
                        PrefixRate(prefixes: ["1"], rate: "0.01200"),
                        PrefixRate(prefixes: ["1340"], rate: "0.02400"),
                        PrefixRate(prefixes: ["1808"], rate: "0.03400"),
                        PrefixRate(prefixes: ["1907"], rate: "0.17900"),
                        PrefixRate(prefixes: ["1900"], rate: "0.60300"),
                    ]
                ),
                billingInterval: .perMinute
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.00650",
                outboundNetworks: [
                    .init(groupName: "AT&T", rate: "0.00650"),
                    .init(groupName: "T-Mobile", rate: "0.00650"),
                    .init(groupName: "Verizon", rate: "0.00650"),
                ],
                mmsInbound: "0.00000", mmsOutbound: "0.02000"
            )
        )
    )
}

/// NANP toll-free codes are shared by the US and Canada in reality; the mock splits them (US: these, CA: 833, 844,
/// 855) so that every number belongs to exactly one country.
private let usTollfreeCodes = ["800", "888", "877", "866"]

/// Area code, state, city, LATA, rate center. 415 and its LATA and rate center are the fixture's.
private let usAreaCodes: [(code: String, state: String, city: String, lata: Int, rateCenter: String)] = [
    ("202", "District of Columbia", "WASHINGTON", 236, "WSHNGTNZN1"),
    ("206", "Washington", "SEATTLE", 674, "SEATTLE"),
    ("212", "New York", "NEW YORK", 132, "NWYRCYZN01"),
    ("213", "California", "LOS ANGELES", 730, "LSAN DA 01"),
    ("214", "Texas", "DALLAS", 552, "DALLAS"),
    ("215", "Pennsylvania", "PHILADELPHIA", 228, "PHLA"),
    ("303", "Colorado", "DENVER", 656, "DENVER"),
    ("305", "Florida", "MIAMI", 460, "MIAMI"),
    ("310", "California", "SANTA MONICA", 730, "SNMN SNMN"),
    ("312", "Illinois", "CHICAGO", 358, "CHICAGO"),
    ("313", "Michigan", "DETROIT", 340, "DETROIT"),
    ("404", "Georgia", "ATLANTA", 438, "ATLANTA"),
    ("408", "California", "SAN JOSE", 722, "SNJS WEST"),
    ("415", "California", "SAN FRANCISCO", 722, "SNFC CNTRL"),
    ("503", "Oregon", "PORTLAND", 672, "PORTLAND"),
    ("510", "California", "OAKLAND", 722, "OKLD"),
    ("512", "Texas", "AUSTIN", 558, "AUSTIN"),
    ("602", "Arizona", "PHOENIX", 666, "PHOENIX"),
    ("612", "Minnesota", "MINNEAPOLIS", 628, "MINNEAPLS"),
    ("615", "Tennessee", "NASHVILLE", 468, "NASHVILLE"),
    ("617", "Massachusetts", "BOSTON", 128, "BOSTON"),
    ("619", "California", "SAN DIEGO", 732, "SNDG SNDG"),
    ("646", "New York", "NEW YORK", 132, "NWYRCYZN03"),
    ("650", "California", "PALO ALTO", 722, "PALO ALTO"),
    ("702", "Nevada", "LAS VEGAS", 721, "LAS VEGAS"),
    ("713", "Texas", "HOUSTON", 560, "HOUSTON"),
    ("718", "New York", "BROOKLYN", 132, "NWYRCYZN04"),
    ("760", "California", "PALM SPRINGS", 730, "PALMSPGS"),
    ("808", "Hawaii", "HONOLULU", 834, "HONOLULU"),
    ("813", "Florida", "TAMPA", 458, "TAMPA"),
    ("907", "Alaska", "ANCHORAGE", 832, "ANCHORAGE"),
]

private let usLocalBlocks = usAreaCodes.map {
    NumberBlock(
        kind: .local, prefix: $0.code, subscriberDigits: 7, region: $0.state, city: $0.city, lata: $0.lata,
        rateCenter: $0.rateCenter, services: .all, size: 100, subscriberRule: .nanpExchange
    )
}

private let usTollfreeBlocks = usTollfreeCodes.map {
    NumberBlock(kind: .tollfree, prefix: $0, subscriberDigits: 7, services: .all, size: 250, subscriberRule: .nanpExchange)
}
