import Testing
@testable import MockPlivo

/// The Application list: paging, caps, links, order and filters, as CONTRACT.md "List" says.
@Suite struct ApplicationListTests {
    let client: RouterClient
    let appIDs: [String]

    init() throws {
        let client = try RouterClient()
        appIDs = try (0..<25).map { try client.makeApplication(name: $0 < 3 ? "sales_\($0)" : "support_\($0)") }
        self.client = client
    }

    @Test("Lists newest first with Plivo's meta")

    func listsNewestFirstWithPlivosMeta() throws {
        let page = client.get("Application/?limit=5&offset=5")
        #expect(page.status == 200)
        #expect(page.json?.objectKeys == ["api_id", "meta", "objects"])
        let base = "/v1/Account/\(RouterClient.mainAuthID)/Application/"
        #expect(page["meta"] == .object([
            "limit": .number(5), "offset": .number(5), "total_count": .number(25),
            "next": .string("\(base)?limit=5&offset=10"), "previous": .string("\(base)?limit=5&offset=0"),
        ]))
        let ids = page["objects"]?.arrayValue?.compactMap { $0["app_id"]?.stringValue }
        #expect(ids == Array(appIDs.reversed()[5..<10]))
        #expect(page["objects"]?.arrayValue?.first?["api_id"] == nil)
    }

    @Test("First and last pages have null links")

    func firstAndLastPagesHaveNullLinks() {
        #expect(client.get("Application/")["meta"]?["previous"] == .null)
        #expect(client.get("Application/?offset=20")["meta"]?["next"] == .null)
        #expect(client.get("Application/?offset=20")["objects"]?.arrayValue?.count == 5)
    }

    @Test("An offset as large as Int.max, or past Int64, is an empty last page", arguments: [
        ("offset=9223372036854775807", 9_223_372_036_854_775_807.0),
        ("offset=12206744550336372962011904454164480", 9_223_372_036_854_775_807.0),
        ("offset=9223372036854775800&limit=20", 9_223_372_036_854_775_800.0),
    ])
    func aHugeOffsetIsAnEmptyLastPage(query: String, offset: Double) {
        let page = client.get("Application/?\(query)")
        #expect(page.status == 200, "\(page.text)")
        #expect(page["objects"]?.arrayValue?.isEmpty == true)
        #expect(page["meta"]?["next"] == .null)
        #expect(page["meta"]?["offset"] == .number(offset))
        #expect(page["meta"]?["total_count"] == .number(25))
    }

    @Test("A limit past Int64 is capped at twenty like any other")
    func aLimitPastInt64IsCapped() {
        #expect(client.get("Application/?limit=12206744550336372962011904454164480")["meta"]?["limit"] == .number(20))
    }

    @Test("Limit is capped at twenty", arguments: [("0", 20), ("21", 20), ("100", 20), ("3", 3)])
    func limitIsCappedAtTwenty(limit: String, expected: Int) {
        #expect(client.get("Application/?limit=\(limit)")["meta"]?["limit"] == .number(Double(expected)))
    }

    @Test("Bad paging is 400 naming the parameter", arguments: [
        ("limit=abc", "Invalid limit 'abc' provided. Please provide an integer."),
        ("limit=-1", "Invalid limit '-1' provided. Please provide a positive integer >= 0."),
        ("offset=1.5", "Invalid offset '1.5' provided. Please provide an integer."),
        ("offset=-3", "Invalid offset '-3' provided. Please provide a positive integer >= 0."),
    ])
    func badPagingIs400NamingTheParameter(query: String, message: String) {
        let response = client.get("Application/?\(query)")
        #expect(response.status == 400)
        #expect(response.error == message)
    }

    @Test("App name filters by prefix and links keep the filter")

    func appNameFiltersByPrefixAndLinksKeepTheFilter() {
        let page = client.get("Application/?app_name=sales_&limit=2")
        #expect(page["meta"]?["total_count"] == .number(3))
        #expect(page["meta"]?["next"] == .string("/v1/Account/\(RouterClient.mainAuthID)/Application/?limit=2&app_name=sales_&offset=2"))
        #expect(client.get("Application/?app_name=SALES")["meta"]?["total_count"] == .number(0))
    }
}
