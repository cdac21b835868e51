import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

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

    @Test("A rendering made at a version answers while the store reports it, for its viewer only")
    func unchangedAtVersion() throws {
        let fixture = try StoreFixture()
        let app = try fixture.makeApplication("versioned")
        let main = StoreFixture.mainID
        let cache = ApplicationJSONCache()
        #expect(cache.body(ofUnchanged: app.appID, authID: main, version: 5) { Self.firstID } == nil)
        _ = cache.body(of: app, authID: main, apiID: Self.firstID, version: 5)
        #expect(cache.body(ofUnchanged: app.appID, authID: main, version: 5) { Self.secondID }
            == Self.fresh(app, authID: main, apiID: Self.secondID))
        #expect(cache.body(ofUnchanged: app.appID, authID: main, version: 6) { Self.secondID } == nil)
        #expect(cache.body(ofUnchanged: app.appID, authID: "SA" + String(repeating: "X", count: 18), version: 5) {
            Self.secondID
        } == nil)

        // The same row read again at a later version moves the rendering on to it.
        _ = cache.body(of: app, authID: main, apiID: Self.firstID, version: 6)
        #expect(cache.body(ofUnchanged: app.appID, authID: main, version: 6) { Self.firstID } != nil)
        #expect(cache.body(ofUnchanged: app.appID, authID: main, version: 5) { Self.firstID } == nil)
        // A read that brings no version leaves the rendering at the one it had.
        _ = cache.body(of: app, authID: main, apiID: Self.firstID)
        #expect(cache.body(ofUnchanged: app.appID, authID: main, version: 6) { Self.firstID } != nil)
    }

    @Test("Through the API, a GET after an update, a move to another subaccount or a delete never sees the old row")
    func getsFollowWrites() throws {
        let client = try RouterClient()
        let first = try client.makeSubaccount(name: "first")
        let second = try client.makeSubaccount(name: "second")
        let appID = try first.makeApplication(name: "before")
        let path = "Application/\(appID)/"
        #expect(client.get(path).status == 200)
        // The rendering is kept per application for its last viewer: make it this one's.
        for _ in 0..<2 { #expect(first.get(path).string("app_name") == "before") }

        #expect(first.post(path, json: ["app_name": "after"]).status == 202)
        #expect(first.get(path).string("app_name") == "after")

        #expect(client.post(path, json: ["subaccount": second.authID]).status == 202)
        #expect(first.get(path).status == 404)
        #expect(second.get(path).string("app_name") == "after")

        // A write to another application leaves this one as it is.
        _ = try client.makeApplication(name: "other", extra: ["default_number_app": true])
        #expect(second.get(path).string("app_name") == "after")

        #expect(second.delete(path).status == 204)
        #expect(second.get(path).status == 404)
        #expect(client.get(path).status == 404)
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
