extension Country {
    static let canada = Country(
        isoCode: "CA", searchName: "CANADA", name: "Canada", callingCode: "1",
        dialingPrefixes: (caGeographicCodes + caTollfreeCodes).map { "1" + $0 },
        tollfreePrefixes: caTollfreeCodes,
        nationalNumberLengths: [10],
        mobileNetworks: [
            MobileNetwork(name: "Rogers", mcc: "302", mnc: "720"),
            MobileNetwork(name: "Bell", mcc: "302", mnc: "610"),
            MobileNetwork(name: "Telus", mcc: "302", mnc: "220"),
        ],
        blocks: caLocalBlocks + caTollfreeBlocks,
        pricing: CountryPricing(
            phoneNumbers: [.local: NumberRates(monthly: "0.80000"), .tollfree: NumberRates(monthly: "1.00000")],
            voice: VoicePricing(
                inbound: .init(local: "0.00850", tollfree: "0.02100", ip: "0.00300"),
                outbound: .init(
                    local: "0.01200", tollfree: "0.00300", ip: "0.00300",
                    rates: [
                        // Plivo lists Canada by area code, since "1" alone is the US.
                        PrefixRate(prefixes: caGeographicCodes.filter { $0 != "867" }.map { "1" + $0 }, rate: "0.01200"),
                        // Yukon, Northwest Territories and Nunavut cost more to reach.
                        PrefixRate(prefixes: ["1867"], rate: "0.07500"),
                    ]
                ),
                billingInterval: .perMinute
            ),
            message: MessagePricing(
                inbound: "0.00000", outbound: "0.00650",
                outboundNetworks: [
                    .init(groupName: "Rogers", rate: "0.00650"),
                    .init(groupName: "Bell", rate: "0.00650"),
                    .init(groupName: "Telus", rate: "0.00650"),
                ],
                mmsInbound: "0.00000", mmsOutbound: "0.02000"
            )
        )
    )
}

/// Every Canadian geographic area code in service or assigned, so `country(forNumber:)` knows any Canadian number,
/// not only the ones the inventory sells.
private let caGeographicCodes = [
    "204", "226", "236", "249", "250", "257", "263", "289", "306", "343", "354", "365", "367", "368", "382", "387",
    "403", "416", "418", "428", "431", "437", "438", "450", "460", "468", "474", "506", "514", "519", "548", "579",
    "581", "584", "587", "604", "613", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780", "782",
    "807", "819", "825", "867", "873", "879", "902", "905", "942",
]

/// Canada's share of the NANP toll-free codes in the mock (see the US file).
private let caTollfreeCodes = ["833", "844", "855"]

/// Area code, province, city, LATA, rate center. Canadian LATA-equivalents are in the 8xx range the LERG uses.
private let caAreaCodes: [(code: String, province: String, city: String, lata: Int, rateCenter: String)] = [
    ("204", "Manitoba", "WINNIPEG", 880, "WINNIPEG"),
    ("250", "British Columbia", "VICTORIA", 884, "VICTORIA"),
    ("306", "Saskatchewan", "REGINA", 881, "REGINA"),
    ("403", "Alberta", "CALGARY", 882, "CALGARY"),
    ("416", "Ontario", "TORONTO", 888, "TORONTO"),
    ("418", "Quebec", "QUEBEC", 886, "QUEBEC"),
    ("514", "Quebec", "MONTREAL", 886, "MONTREAL"),
    ("519", "Ontario", "LONDON", 888, "LONDON"),
    ("604", "British Columbia", "VANCOUVER", 884, "VANCOUVER"),
    ("613", "Ontario", "OTTAWA", 888, "OTTAWAHULL"),
    ("647", "Ontario", "TORONTO", 888, "TORONTO"),
    ("780", "Alberta", "EDMONTON", 882, "EDMONTON"),
    ("902", "Nova Scotia", "HALIFAX", 890, "HALIFAX"),
]

private let caLocalBlocks = caAreaCodes.map {
    NumberBlock(
        kind: .local, prefix: $0.code, subscriberDigits: 7, region: $0.province, city: $0.city, lata: $0.lata,
        rateCenter: $0.rateCenter, services: .all, size: 100, subscriberRule: .nanpExchange
    )
}

private let caTollfreeBlocks = caTollfreeCodes.map {
    NumberBlock(kind: .tollfree, prefix: $0, subscriberDigits: 7, services: .voiceAndSMS, size: 200, subscriberRule: .nanpExchange)
}
