extension Country {
    /// Every country in the catalog, in ISO code order.
    public static let all: [Country] = [
        .australia, .brazil, .canada, .germany, .spain, .france, .unitedKingdom, .india, .singapore, .unitedStates,
    ]

    private static let byISOCode: [String: Country] = Dictionary(uniqueKeysWithValues: all.map { ($0.isoCode, $0) })

    /// The country with this ISO 3166-1 alpha-2 code, in any case (`"us"` finds the United States).
    public static func withISOCode(_ isoCode: String) -> Country? {
        byISOCode[isoCode.uppercased()]
    }
}
