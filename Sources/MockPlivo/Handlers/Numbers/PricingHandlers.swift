import HTTPServerKit
import PlivoCatalog
import PlivoSupport

/// `GET …/Pricing/?country_iso=`: a country's rates.
struct PricingHandlers: Sendable {
    let ids: IdentifierGenerator

    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        _ = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        guard let iso = try parameters.nonEmptyString("country_iso") else { throw PlivoError.missing("country_iso") }
        guard let country = Country.withISOCode(iso) else {
            throw PlivoError.invalid(
                "country_iso", "\(iso) is not a country the mock prices; choose one of "
                    + Country.all.map(\.isoCode).joined(separator: ", "))
        }
        return PlivoResponse.json(.ok) { json in PricingJSON.write(country, apiID: ids.makeUUID(), into: &json) }
    }
}
