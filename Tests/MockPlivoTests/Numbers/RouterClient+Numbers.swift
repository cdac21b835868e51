import Testing
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// The first number for sale matching `query` (a search query string), bought; returns its digits.
    func buyNumber(
        _ query: String = "country_iso=US&type=local", appID: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let search = get("PhoneNumber/?\(query)&limit=1")
        #expect(search.status == 200, "\(search.text)", sourceLocation: sourceLocation)
        let number = try #require(search["objects"]?[0]?["number"]?.stringValue, sourceLocation: sourceLocation)
        var body: [String: Any] = [:]
        if let appID { body["app_id"] = appID }
        let bought = post("PhoneNumber/\(number)/", json: body)
        #expect(bought.status == 201, "\(bought.text)", sourceLocation: sourceLocation)
        return number
    }

    /// The account's `cash_credits`.
    func cashCredits(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(get("").string("cash_credits"), sourceLocation: sourceLocation)
    }
}
