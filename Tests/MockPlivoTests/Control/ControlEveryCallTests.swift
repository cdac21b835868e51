import Foundation
import Testing
@testable import MockPlivo

/// One walk through every control call, run twice: through the router without sockets, and over real sockets
/// against the live server, so the two layers cannot drift apart.
@Suite("Control plane: every call, through the router and live")
struct ControlEveryCallTests {
    typealias Send = (_ method: String, _ target: String, _ credentials: ControlTestApp.Credentials?, _ json: String?)
        throws -> ControlTestResponse

    private func walk(_ app: ControlTestApp, _ send: Send) throws {
        let admin = app.admin
        #expect(try send("GET", "/__mock/health", nil, nil).status == 200)
        let minted = try send("POST", "/__mock/accounts", admin, #"{"auth_id": "MAWALK00000000000001", "auth_token": "walk"}"#)
        #expect(minted.status == 201)
        let own: ControlTestApp.Credentials = ("MAWALK00000000000001", "walk")
        let appPath = "/v1/Account/\(own.authID)/Application/"
        #expect(try send("POST", "/__mock/faults", own, #"{"path": "/v1/", "status": 503, "times": 1}"#).status == 201)
        #expect(try send("GET", "/__mock/faults", own, nil).objects("faults").count == 1)
        #expect(try send("GET", appPath, own, nil).status == 503)
        #expect(try send("GET", appPath, own, nil).status == 200)
        #expect(try send("DELETE", "/__mock/faults/1", own, nil).status == 204)
        #expect(try send("POST", "/__mock/faults", admin, #"{"path": "/v1/x", "latency_ms": 1}"#).status == 201)
        #expect(try send("DELETE", "/__mock/faults", admin, nil).object()["cleared"] as? Int == 1)
        let journal = try send("GET", "/__mock/journal?account=\(own.authID)", own, nil)
        #expect(try journal.objects("entries").map { $0["status"] as? Int } == [503, 200])
        let wait = try send("GET", "/__mock/journal/wait?count=2&timeout_ms=1000", own, nil)
        #expect(try wait.object()["timed_out"] as? Bool == false)
        #expect(try send("DELETE", "/__mock/journal", own, nil).object()["cleared"] as? Int == 2)
        #expect(try send("POST", "/__mock/snapshots/walk", admin, nil).status == 201)
        #expect(try send("GET", "/__mock/snapshots", own, nil).objects("snapshots").count == 1)
        #expect(try send("POST", "/__mock/snapshots/walk/restore", admin, nil).status == 200)
        #expect(try send("DELETE", "/__mock/snapshots/walk", admin, nil).status == 204)
        #expect(try send("POST", "/__mock/accounts/\(own.authID)/reset", own, nil).status == 200)
        #expect(try send("POST", "/__mock/reset", admin, nil).status == 200)
        #expect(try send("DELETE", "/__mock/accounts/\(own.authID)", own, nil).status == 204)
        #expect(try send("GET", "/__mock/journal", nil, nil).status == 401)
    }

    @Test("through the router")
    func throughRouter() throws {
        let app = try ControlTestApp()
        defer { try? FileManager.default.removeItem(atPath: app.application.control.snapshots.path) }
        try walk(app) { method, target, credentials, json in app.send(method, target, as: credentials, json: json) }
    }

    @Test("live, over real sockets")
    func live() throws {
        let app = try ControlTestApp()
        defer { try? FileManager.default.removeItem(atPath: app.application.control.snapshots.path) }
        try app.withLiveServer { port in
            try walk(app) { method, target, credentials, json in
                try ControlLiveClient.send(port: port, method, target, as: credentials, json: json)
            }
        }
    }
}
