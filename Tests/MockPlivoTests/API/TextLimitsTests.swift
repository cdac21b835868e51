import Foundation
import Testing
@testable import MockPlivo

/// Every free-text parameter the mock stores has a documented limit (``TextLimits``): a value one character longer
/// is a 400 in Plivo's envelope naming the parameter, the limit and the length given, and nothing is stored; a
/// value exactly at the limit is taken.
@Suite("Length limits on text parameters")
struct TextLimitsTests {
    private static let account = "/v1/Account/\(RouterHarness.authID)/"

    /// One parameter of one call: the request body around the value, the limit, and the status when it is taken.
    struct Case: Sendable, CustomTestStringConvertible {
        var parameter: String
        var method: String
        var path: String
        var body: @Sendable (String) -> String
        var limit: Int
        var accepted: Int
        var testDescription: String { "\(parameter) on \(method) \(path)" }
    }

    private static func json(_ pairs: [(String, String)]) -> String {
        let object = Dictionary(uniqueKeysWithValues: pairs)
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static let cases: [Case] = [
        Case(parameter: "app_name", method: "POST", path: account + "Application/",
             body: { json([("app_name", $0), ("answer_url", "https://example.com/a")]) }, limit: 64, accepted: 201),
        Case(parameter: "answer_url", method: "POST", path: account + "Application/",
             body: { json([("app_name", "a"), ("answer_url", "https://example.com/" + $0)]) }, limit: 2048, accepted: 201),
        Case(parameter: "message_url", method: "POST", path: account + "Application/",
             body: { json([("app_name", "a"), ("answer_url", "https://example.com/"), ("message_url", "https://example.com/" + $0)]) },
             limit: 2048, accepted: 201),
        Case(parameter: "name", method: "POST", path: account + "Subaccount/",
             body: { json([("name", $0)]) }, limit: 64, accepted: 201),
        Case(parameter: "name", method: "POST", path: account, body: { json([("name", $0)]) }, limit: 64, accepted: 202),
        Case(parameter: "city", method: "POST", path: account, body: { json([("city", $0)]) }, limit: 64, accepted: 202),
        Case(parameter: "address", method: "POST", path: account, body: { json([("address", $0)]) }, limit: 255, accepted: 202),
        Case(parameter: "alias", method: "POST", path: account + "Endpoint/",
             body: { json([("username", "desk"), ("password", "secret1"), ("alias", $0)]) }, limit: 64, accepted: 201),
        Case(parameter: "username", method: "POST", path: account + "Endpoint/",
             body: { json([("username", "u" + $0.dropFirst()), ("password", "secret1"), ("alias", "a")]) }, limit: 64, accepted: 201),
        Case(parameter: "password", method: "POST", path: account + "Endpoint/",
             body: { json([("username", "desk"), ("password", $0), ("alias", "a")]) }, limit: 128, accepted: 201),
        Case(parameter: "name", method: "POST", path: "/__mock/accounts",
             body: { json([("name", $0)]) }, limit: 64, accepted: 201),
        Case(parameter: "message", method: "POST", path: "/__mock/faults",
             body: { json([("path", "/v1/"), ("status", "500"), ("message", $0)]) }, limit: 255, accepted: 201),
    ]

    @Test("One character over the limit is refused, naming the parameter; at the limit it is taken", arguments: cases)
    func limitEnforced(_ testCase: Case) throws {
        let harness = try RouterHarness()
        // The URL cases count the whole URL: the prefix is part of the value.
        let prefix = testCase.parameter.hasSuffix("_url") ? "https://example.com/".count : 0
        let over = String(repeating: "x", count: testCase.limit + 1 - prefix)
        let refused = harness.send(
            .init(testCase.method), testCase.path, headers: [("Content-Type", "application/json")],
            body: testCase.body(over))
        #expect(refused.status == 400)
        #expect(refused.json["error"] == .string(
            "\(testCase.parameter) must be at most \(testCase.limit) characters, got \(testCase.limit + 1)"))
        let atLimit = String(repeating: "x", count: testCase.limit - prefix)
        let taken = harness.send(
            .init(testCase.method), testCase.path, headers: [("Content-Type", "application/json")],
            body: testCase.body(atLimit))
        #expect(taken.status == testCase.accepted, "\(taken.text)")
    }

    @Test("An update is held to the same limits, and a refused one changes nothing")
    func updateLimited() throws {
        let harness = try RouterHarness()
        let appID = try harness.createApplication(name: "before")
        let refused = harness.send(
            .post, Self.account + "Application/\(appID)/", headers: [("Content-Type", "application/json")],
            body: Self.json([("app_name", String(repeating: "y", count: 5000))]))
        #expect(refused.status == 400)
        #expect(refused.json["error"] == .string("app_name must be at most 64 characters, got 5000"))
        let stored = harness.send(.get, Self.account + "Application/\(appID)/")
        #expect(stored.json["app_name"] == .string("before"))
    }

    @Test("A simulated SMS longer than Plivo sends is refused before any callback is made")
    func simulatedTextLimited() throws {
        let harness = try RouterHarness()
        let created = harness.send(
            .post, Self.account + "Application/", headers: [("Content-Type", "application/json")],
            body: Self.json([("app_name", "sms"), ("answer_url", "http://127.0.0.1:9/a"), ("message_url", "http://127.0.0.1:9/m")]))
        guard case .string(let appID)? = created.json["app_id"] else { Issue.record("create failed: \(created.text)"); return }
        let refused = harness.send(
            .post, "/__mock/Account/\(RouterHarness.authID)/Application/\(appID)/Message/",
            headers: [("Content-Type", "application/json")],
            body: Self.json([("from", "14155550100"), ("to", "14155550199"), ("text", String(repeating: "z", count: 1601))]))
        #expect(refused.status == 400)
        #expect(refused.json["error"] == .string("text must be at most 1600 characters, got 1601"))
    }
}
