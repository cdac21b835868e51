/// A search query resolved against one country into the tests it makes of a block: everything but `pattern`
/// and ownership, which are per number.
struct BlockFilter {
    let type: NumberTypeFilter
    /// Digits the national number must start with; empty for none.
    let pattern: String
    /// Lower-cased region term, when the region filter applies.
    let region: String?
    let city: String?
    let services: ServiceSet?
    let lata: String?
    let rateCenter: String?

    /// Nil when the query can match nothing in this country at all (a pattern with a non-digit).
    init?(query: NumberSearchQuery, country: Country) {
        let pattern = query.pattern ?? ""
        guard pattern.allSatisfy(\.isASCIIDigit) else { return nil }
        self.pattern = pattern

        // Plivo: region "is only applicable when the type is fixed. If the type is not provided, it is assumed
        // to be fixed", and only "performed if the search term is three or more characters in length".
        let regionTerm = query.region.flatMap { $0.count >= 3 ? $0.lowercased() : nil }
        if let regionTerm, query.type?.takesRegion ?? true {
            self.type = query.type ?? .fixed
            self.region = regionTerm
        } else {
            self.type = query.type ?? .any
            self.region = nil
        }

        self.city = query.city.flatMap { $0.isEmpty ? nil : $0.lowercased() }
        self.services = query.services
        // LATA and rate center exist in the US and Canada only; Plivo says the filters apply there only.
        let northAmerican = country.isoCode == "US" || country.isoCode == "CA"
        self.lata = northAmerican ? query.lata.flatMap { $0.isEmpty ? nil : $0 } : nil
        self.rateCenter = northAmerican ? query.rateCenter.flatMap { $0.isEmpty ? nil : $0.lowercased() } : nil
    }

    func accepts(_ block: NumberBlock) -> Bool {
        guard type.matches(block.kind) else { return false }
        if let services {
            guard block.services.isSuperset(of: services) else { return false }
        } else {
            // Plivo's default: "numbers that have either voice or sms or both enabled".
            guard !block.services.isDisjoint(with: .voiceAndSMS) else { return false }
        }
        if let region {
            guard Self.contains(block.region, region) || Self.contains(block.city, region) else { return false }
        }
        if let city {
            guard Self.contains(block.city, city) else { return false }
        }
        if let lata {
            guard let blockLATA = block.lata, String(blockLATA) == lata else { return false }
        }
        if let rateCenter {
            guard block.rateCenter?.lowercased() == rateCenter else { return false }
        }
        return true
    }

    /// Whether `text` equals or contains `term` (already lower-cased), ignoring case.
    private static func contains(_ text: String?, _ term: String) -> Bool {
        guard let text else { return false }
        return text.lowercased().contains(term)
    }
}
