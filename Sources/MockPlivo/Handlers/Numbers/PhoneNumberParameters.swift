import PlivoCatalog

/// Reads and validates a number search (`GET …/PhoneNumber/`): every seed filter, each problem a 400 naming it.
enum PhoneNumberParameters {
    static func query(from parameters: RequestParameters, pagination: ListPagination) throws(PlivoError)
        -> NumberSearchQuery {
        guard let iso = try parameters.nonEmptyString("country_iso") else { throw PlivoError.missing("country_iso") }
        let sold = Country.all.map(\.isoCode)
        guard let country = Country.withISOCode(iso) else {
            let problem = iso.count == 2 && iso.allSatisfy(\.isLetter)
                ? "\(iso.uppercased()) is not a country the mock sells numbers in; choose one of "
                : "must be a two-letter ISO 3166 code such as US; the mock sells numbers in "
            throw PlivoError.invalid("country_iso", problem + sold.joined(separator: ", "))
        }
        var query = NumberSearchQuery(countryISO: country.isoCode, limit: pagination.limit, offset: pagination.offset)
        if let type = try parameters.nonEmptyString("type") {
            guard let filter = NumberTypeFilter(plivoValue: type) else {
                let choices = NumberTypeFilter.allCases.map(\.rawValue).joined(separator: ", ")
                throw PlivoError.invalid("type", "must be one of \(choices), got \"\(type)\"")
            }
            query.type = filter
        }
        if let pattern = try parameters.nonEmptyString("pattern") {
            guard pattern.utf8.allSatisfy({ (0x30...0x39).contains($0) }), pattern.count <= 15 else {
                throw PlivoError.invalid(
                    "pattern", "must be the digits that follow the country code, such as 415, got \"\(pattern)\"")
            }
            query.pattern = pattern
        }
        if let services = try parameters.nonEmptyString("services") {
            guard let set = ServiceSet(plivoValue: services) else {
                throw PlivoError.invalid("services", "must be voice, sms, mms or a comma-separated mix, got \"\(services)\"")
            }
            query.services = set
        }
        query.region = try parameters.nonEmptyString("region")
        query.city = try parameters.nonEmptyString("city")
        query.lata = try parameters.nonEmptyString("lata")
        query.rateCenter = try parameters.nonEmptyString("rate_center")
        return query
    }
}
