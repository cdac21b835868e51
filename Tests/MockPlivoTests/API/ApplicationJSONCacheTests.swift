import Testing
@testable import MockPlivo

/// GET bodies come from a reused rendering; these pin that it is byte for byte what rendering afresh gives.
@Suite("Application JSON cache")
struct ApplicationJSONCacheTests {
    static let firstID = "874df593-5049-11eb-8445-0242ac110003"
    static let secondID = "11111111-2222-1333-8444-555555555555"

    static func fresh(_ application: Application, authID: String, apiID: String) -> [UInt8] {
        var json = JSONWriter()
        ApplicationJSON.write(application, authID: authID, apiID: apiID, into: &json)
        return json.bytes
    }

    @Test("A reused rendering carries each request's api_id and is otherwise identical")
    func reuseSwapsTheAPIID() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication("cached")
        let cache = ApplicationJSONCache()
        let first = cache.body(of: app, authID: StoreFixture.mainID, apiID: Self.firstID)
        let second = cache.body(of: app, authID: StoreFixture.mainID, apiID: Self.secondID)
        #expect(cache.count == 1)
        #expect(first == Self.fresh(app, authID: StoreFixture.mainID, apiID: Self.firstID))
        #expect(second == Self.fresh(app, authID: StoreFixture.mainID, apiID: Self.secondID))
    }

    @Test("A changed application or another viewer is rendered again, never served stale")
    func changesAndViewersMiss() throws {
        let fixture = try StoreFixture()
        let sub = try fixture.makeSubaccount()
        var app = try fixture.makeApplication("before", in: sub)
        let cache = ApplicationJSONCache()
        _ = cache.body(of: app, authID: StoreFixture.mainID, apiID: Self.firstID)

        // The subaccount sees its own auth id in resource_uri.
        #expect(cache.body(of: app, authID: sub.authID, apiID: Self.firstID)
            == Self.fresh(app, authID: sub.authID, apiID: Self.firstID))
        app.appName = "after \"quoted\""
        app.answerURL = "https://example.com/longer/answer/than/before"
        #expect(cache.body(of: app, authID: sub.authID, apiID: Self.secondID)
            == Self.fresh(app, authID: sub.authID, apiID: Self.secondID))
    }

    @Test("Only a lower-case UUID is written over a rendering's api_id", arguments: [
        ("874df593-5049-11eb-8445-0242ac110003", true), ("874DF593-5049-11EB-8445-0242AC110003", false),
        ("874df593-5049-11eb-8445-0242ac11000\"", false), ("874df593", false),
    ])
    func onlyPlainUUIDsAreSpliced(apiID: String, plain: Bool) throws {
        #expect(ApplicationJSONCache.isPlainUUID(apiID) == plain)
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication("escaped")
        let cache = ApplicationJSONCache()
        _ = cache.body(of: app, authID: StoreFixture.mainID, apiID: Self.firstID)
        #expect(cache.body(of: app, authID: StoreFixture.mainID, apiID: apiID)
            == Self.fresh(app, authID: StoreFixture.mainID, apiID: apiID))
    }

    @Test("An api_id of another width is rendered in full; a full cache starts over")
    func oddWidthsAndBound() throws {
        let fixture = try StoreFixture()
        let one = try fixture.makeApplication("one")
        let two = try fixture.makeApplication("two")
        let cache = ApplicationJSONCache(capacity: 1)
        #expect(cache.body(of: one, authID: StoreFixture.mainID, apiID: "short")
            == Self.fresh(one, authID: StoreFixture.mainID, apiID: "short"))
        #expect(cache.count == 0)
        _ = cache.body(of: one, authID: StoreFixture.mainID, apiID: Self.firstID)
        _ = cache.body(of: two, authID: StoreFixture.mainID, apiID: Self.firstID)
        #expect(cache.count == 1)
        #expect(cache.body(of: one, authID: StoreFixture.mainID, apiID: Self.secondID)
            == Self.fresh(one, authID: StoreFixture.mainID, apiID: Self.secondID))
    }
}
