import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

@Suite("Control plane: fault rules")
struct ControlFaultTests {
    private func listPath(_ app: ControlTestApp) -> String { "/v1/Account/\(app.admin.authID)/Application/" }

    @Test("a 500 rule for the next two requests, then normal answers; the journal shows all three attempts")
    func statusTimesThenNormal() throws {
        let app = try ControlTestApp()
        let rule = app.sendAsAdmin("POST", "/__mock/faults",
                                   json: #"{"path": "/v1/Account/:authID/Application/", "method": "get", "status": 500, "times": 2}"#)
        #expect(rule.status == 201)
        #expect(try rule.object()["id"] as? String == "1")
        #expect(try rule.object()["remaining"] as? Int == 2)
        let statuses = (1...3).map { _ in app.send("GET", listPath(app), as: app.admin) }
        #expect(statuses.map(\.status) == [500, 500, 200])
        let error = try statuses[0].object()
        #expect(error["error"] as? String == "internal server error")
        #expect(error["api_id"] is String)
        #expect(statuses[0].header("Content-Type") == "application/json")
        let journal = try app.sendAsAdmin("GET", "/__mock/journal?path=\(listPath(app))").objects("entries")
        #expect(journal.map { $0["status"] as? Int } == [500, 500, 200])
        let listed = try #require(try app.sendAsAdmin("GET", "/__mock/faults").objects("faults").first)
        #expect(listed["remaining"] as? Int == 0)
        #expect(listed["applied"] as? Int == 2)
    }

    @Test("a rule answers its status with the given message and only for matching method, path and account")
    func matching() throws {
        let app = try ControlTestApp()
        let minted = try app.mintAccount()
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: """
            {"path": "/v1/Account/", "method": "POST", "account": "\(minted.authID)", "status": 429, "message": "too many requests, slow down"}
            """)
        #expect(app.send("GET", "/v1/Account/\(minted.authID)/Application/", as: minted).status == 200)
        #expect(try app.createApplication(as: app.admin).isEmpty == false)
        let limited = app.send("POST", "/v1/Account/\(minted.authID)/Application/", as: minted, json: "{}")
        #expect(limited.status == 429)
        #expect(try limited.object()["error"] as? String == "too many requests, slow down")
        #expect(app.sendAsAdmin("GET", "/__mock/health").status == 200)
    }

    @Test("probability 0 never applies, probability 1 always does")
    func probability() throws {
        let app = try ControlTestApp(seed: 7)
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/", "status": 503, "probability": 0}"#)
        #expect((1...5).allSatisfy { _ in app.send("GET", listPath(app), as: app.admin).status == 200 })
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/", "status": 502, "probability": 1}"#)
        #expect((1...5).allSatisfy { _ in app.send("GET", listPath(app), as: app.admin).status == 502 })
        let rules = try app.sendAsAdmin("GET", "/__mock/faults").objects("faults")
        #expect(rules.map { $0["applied"] as? Int } == [0, 5])
    }

    @Test("seeded probability draws repeat from run to run")
    func seededProbability() throws {
        func statuses() throws -> [Int] {
            let app = try ControlTestApp(seed: 99)
            _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/", "status": 500, "probability": 0.5}"#)
            return (1...20).map { _ in app.send("GET", listPath(app), as: app.admin).status }
        }
        let first = try statuses()
        #expect(first == (try statuses()))
        #expect(first.contains(500) && first.contains(200))
    }

    @Test("rules are listed, removed one by one, and cleared; bad rules are refused naming the parameter")
    func management() throws {
        let app = try ControlTestApp()
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/a", "status": 500}"#)
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/b", "latency_ms": 10}"#)
        #expect(app.sendAsAdmin("DELETE", "/__mock/faults/1").status == 204)
        #expect(app.sendAsAdmin("DELETE", "/__mock/faults/1").status == 404)
        #expect(try app.sendAsAdmin("GET", "/__mock/faults").objects("faults").map { $0["id"] as? String } == ["2"])
        #expect(try app.sendAsAdmin("DELETE", "/__mock/faults").object()["cleared"] as? Int == 1)
        let cases = [
            (#"{"status": 500}"#, "path is required and must start with /"),
            (#"{"path": "/v1/", "status": 200}"#, "status must be from 400 to 599"),
            (#"{"path": "/v1/"}"#, "give at least one of status, latency_ms or drop"),
            (#"{"path": "/v1/", "status": 500, "probability": 2}"#, "probability must be from 0 to 1"),
            (#"{"path": "/v1/", "status": 500, "times": 0}"#, "times must be at least 1"),
            (#"{"path": "/v1/", "status": 500, "probability": null}"#, "probability must be a number"),
            (#"{"path": "/v1/", "status": null, "drop": true}"#, "status must be a number"),
            (#"{"path": "/__mock/journal", "status": 500}"#, "path must not be under /__mock/; faults apply to the Plivo API"),
        ]
        for (body, message) in cases {
            let response = app.sendAsAdmin("POST", "/__mock/faults", json: body)
            #expect(response.status == 400)
            #expect(try response.object()["error"] as? String == message)
        }
    }

    @Test("at the cap of live rules a new one is refused, unless a spent rule can make room")
    func ruleCap() throws {
        let rules = FaultRules()
        let template = FaultRule(id: "", method: nil, path: "/v1/", account: nil, status: 500, message: nil,
                                 latencyMS: 0, drop: false, remaining: 1, probability: 1)
        for _ in 0..<FaultRules.maxRules { _ = try rules.add(template) }
        #expect(throws: PlivoError.self) { try rules.add(template) }
        #expect(rules.take(method: "GET", path: "/v1/Account/", account: nil)?.id == "1")
        #expect(try rules.add(template).id == String(FaultRules.maxRules + 1))
        #expect(rules.list().count == FaultRules.maxRules)
        #expect(rules.list().first?.id == "2")
    }

    @Test("one account cannot fill the shared pool: each keeps at most its quota, named in the refusal")
    func perAccountQuota() throws {
        let app = try ControlTestApp()
        let greedy = try app.mintAccount(name: "greedy")
        let other = try app.mintAccount(name: "other")
        let rule = #"{"path": "/v1/", "status": 500}"#
        for _ in 0..<FaultRules.maxRulesPerAccount {
            #expect(app.send("POST", "/__mock/faults", as: greedy, json: rule).status == 201)
        }
        let refused = app.send("POST", "/__mock/faults", as: greedy, json: rule)
        #expect(refused.status == 400)
        #expect(try refused.object()["error"] as? String == "account \(greedy.authID) already keeps "
            + "\(FaultRules.maxRulesPerAccount) fault rules, the most one account may; delete some first")
        // A subaccount shares its main account's quota, so subaccounts cannot multiply it.
        let sub = try app.application.store.createSubaccount(parentID: greedy.authID, name: "sub", enabled: true)
        #expect(app.send("POST", "/__mock/faults", as: (sub.authID, sub.authToken), json: rule).status == 400)
        // Everyone else is unaffected.
        #expect(app.send("POST", "/__mock/faults", as: other, json: rule).status == 201)
        #expect(app.sendAsAdmin("POST", "/__mock/faults", json: rule).status == 201)
        // Removing one of its rules makes room again.
        #expect(app.send("DELETE", "/__mock/faults/1", as: greedy).status == 204)
        #expect(app.send("POST", "/__mock/faults", as: greedy, json: rule).status == 201)
    }

    @Test("at an account's quota its oldest spent rule makes room, as at the pool's cap")
    func quotaReusesSpentRules() throws {
        let rules = FaultRules()
        let template = FaultRule(id: "", method: nil, path: "/v1/", account: "MAONE", status: 500, message: nil,
                                 latencyMS: 0, drop: false, remaining: 1, probability: 1)
        for _ in 0..<FaultRules.maxRulesPerAccount { _ = try rules.add(template, owner: "MAONE") }
        #expect(throws: PlivoError.self) { try rules.add(template, owner: "MAONE") }
        _ = try rules.add(template, owner: "MATWO")
        #expect(rules.take(method: "GET", path: "/v1/Account/MAONE/", account: "MAONE")?.id == "1")
        #expect(try rules.add(template, owner: "MAONE").id == String(FaultRules.maxRulesPerAccount + 2))
        #expect(rules.list().count == FaultRules.maxRulesPerAccount + 1)
    }

    @Test("an account other than the main one makes rules for itself only")
    func scopedRules() throws {
        let app = try ControlTestApp()
        let minted = try app.mintAccount()
        let own = app.send("POST", "/__mock/faults", as: minted, json: #"{"path": "/v1/", "status": 500}"#)
        #expect(try own.object()["account"] as? String == minted.authID)
        let foreign = app.send("POST", "/__mock/faults", as: minted,
                               json: #"{"path": "/v1/", "status": 500, "account": "\#(app.admin.authID)"}"#)
        #expect(foreign.status == 403)
        #expect(app.send("GET", listPath(app), as: app.admin).status == 200)
        #expect(app.send("GET", "/v1/Account/\(minted.authID)/Application/", as: minted).status == 500)
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/zzz", "status": 500}"#)
        #expect(try app.send("GET", "/__mock/faults", as: minted).objects("faults").count == 1)
        #expect(app.send("DELETE", "/__mock/faults/2", as: minted).status == 404)
    }

    @Test("live: a drop rule closes the connection without an answer, and the journal says so")
    func liveDrop() throws {
        let app = try ControlTestApp()
        _ = app.sendAsAdmin("POST", "/__mock/faults", json: #"{"path": "/v1/", "drop": true, "times": 1}"#)
        try app.withLiveServer { port in
            let dropped = try ControlLiveClient.send(port: port, "GET", listPath(app), as: app.admin)
            #expect(dropped.dropped)
            let normal = try ControlLiveClient.send(port: port, "GET", listPath(app), as: app.admin)
            #expect(normal.status == 200)
        }
        let entries = try app.sendAsAdmin("GET", "/__mock/journal").objects("entries")
        #expect(entries.map { $0["dropped"] as? Bool } == [true, false])
        #expect(entries.first?["status"] is NSNull)
    }

    @Test("live: a latency rule delays the answer by at least its latency")
    func liveLatency() throws {
        let app = try ControlTestApp()
        _ = app.sendAsAdmin("POST", "/__mock/faults",
                            json: #"{"path": "/v1/", "latency_ms": 300, "status": 503, "times": 1}"#)
        try app.withLiveServer { port in
            let started = ContinuousClock.now
            let slow = try ControlLiveClient.send(port: port, "GET", listPath(app), as: app.admin)
            #expect(ContinuousClock.now - started >= .milliseconds(300))
            #expect(slow.status == 503)
            #expect(try slow.object()["error"] as? String == "service unavailable")
        }
        let entry = try #require(try app.sendAsAdmin("GET", "/__mock/journal").objects("entries").first)
        #expect((entry["duration_ms"] as? Double ?? 0) >= 300)
    }
}
