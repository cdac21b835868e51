import Foundation
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

    @Test("App name is a literal prefix: _ and % match only themselves, and a whole name matches itself")
    func appNameIsALiteralPrefix() throws {
        let client = try RouterClient()
        for name in ["a_b", "axb", "a-b", "abc", "a_", "b"] { _ = try client.makeApplication(name: name) }
        func names(_ prefix: String) -> [String] {
            let query = prefix.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? prefix
            return client.get("Application/?app_name=\(query)")["objects"]?.arrayValue?
                .compactMap { $0["app_name"]?.stringValue }.sorted() ?? []
        }
        #expect(names("a_") == ["a_", "a_b"])
        #expect(names("a%") == [])
        #expect(names("a") == ["a-b", "a_", "a_b", "abc", "axb"])
        #expect(names("abc") == ["abc"])
        #expect(names("abcd") == [])
        #expect(names("A") == [])
    }

    @Test("A subaccount filter the caller cannot see is a 400 naming it, as on the Endpoint list")
    func subaccountTheCallerCannotSeeIs400() throws {
        let client = try RouterClient()
        let one = try client.makeSubaccount(name: "one")
        let two = try client.makeSubaccount(name: "two")
        _ = try one.makeApplication(name: "ones")
        let foreign = try client.makeForeignSubaccount()
        for (asker, subaccount) in [(client, "SA0000000000000000XX"), (client, foreign.authID), (one, two.authID)] {
            let response = asker.get("Application/?subaccount=\(subaccount)")
            #expect(response.status == 400)
            #expect(response.textWithoutAPIID
                    == #"{"api_id":"API_ID","error":"subaccount \#(subaccount) does not exist"}"#)
        }
        let malformed = client.get("Application/?subaccount=nope")
        #expect(malformed.status == 400)
        #expect(malformed.error == "subaccount must be a subaccount auth_id (SA followed by 18 characters)")
        #expect(try client.list("Application/?subaccount=\(one.authID)").total == 1)
        #expect(try one.list("Application/?subaccount=\(one.authID)").total == 1)
    }
}
