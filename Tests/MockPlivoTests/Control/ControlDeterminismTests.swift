import Testing
@testable import MockPlivo

@Suite("Control plane: determinism with --seed")
struct ControlDeterminismTests {
    /// A request sequence touching every generated value: api_ids, app_ids, subaccount, endpoint and minted ids
    /// and tokens, dates, errors. The journal is left out: its timestamps are wall-clock by design.
    private func run(seed: UInt64?) throws -> [String] {
        let app = try ControlTestApp(seed: seed)
        let path = "/v1/Account/\(app.admin.authID)/Application/"
        var bodies: [String] = []
        let created = app.sendAsAdmin("POST", path, json: #"{"app_name": "a", "answer_url": "https://example.com/"}"#)
        bodies.append(created.text)
        let appID = try created.object()["app_id"] as? String ?? ""
        bodies.append(app.sendAsAdmin("GET", "\(path)\(appID)/").text)
        bodies.append(app.sendAsAdmin("POST", "\(path)\(appID)/", json: #"{"app_name": "b"}"#).text)
        bodies.append(app.sendAsAdmin("GET", path).text)
        bodies.append(app.sendAsAdmin("GET", "\(path)404/").text)
        let account = "/v1/Account/\(app.admin.authID)/"
        bodies.append(app.sendAsAdmin("POST", "\(account)Subaccount/", json: #"{"name": "sub"}"#).text)
        bodies.append(app.sendAsAdmin("GET", "\(account)Subaccount/").text)
        bodies.append(app.sendAsAdmin("POST", "\(account)Endpoint/",
                                      json: #"{"username": "alice", "password": "secret", "alias": "Alice"}"#).text)
        bodies.append(app.sendAsAdmin("GET", "\(account)Endpoint/").text)
        bodies.append(app.sendAsAdmin("GET", account).text)
        bodies.append(app.sendAsAdmin("POST", "/__mock/accounts").text)
        bodies.append(app.send("GET", path).text)
        return bodies
    }

    @Test("two applications with the same seed answer the same requests with byte-identical bodies")
    func sameSeedSameBodies() throws {
        let first = try run(seed: 42)
        let second = try run(seed: 42)
        #expect(first == second)
        #expect(first.count == 12)
        #expect(first[5].contains("\"message\":\"created\""))
        #expect(first[6].contains("\"created\":\"2025-01-01\""))
        #expect(first[7].contains("\"endpoint_id\""))
        #expect(first[10].contains("\"created\":\"2025-01-01\""))
    }

    @Test("another seed, or none, gives other identifiers")
    func otherSeedOtherBodies() throws {
        #expect(try run(seed: 42)[0] != (try run(seed: 43))[0])
        #expect(try run(seed: nil)[0] != (try run(seed: nil))[0])
    }
}
