import Dispatch
import Foundation
import Synchronization
import Testing
@testable import HTTPServerKit
@testable import MockPlivo

@Suite("Control plane: request journal")
struct ControlJournalTests {
    @Test("an entry records the request as sent, credentials masked, and the answer's status")
    func entryContents() throws {
        let app = try ControlTestApp()
        let target = "/v1/Account/\(app.admin.authID)/Application/?limit=5"
        _ = app.send("GET", target, as: app.admin, headers: [("X-Auth-Token", "abc"), ("User-Agent", "plivo-python")])
        let entries = try app.sendAsAdmin("GET", "/__mock/journal").objects("entries")
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry["method"] as? String == "GET")
        #expect(entry["path"] as? String == "/v1/Account/\(app.admin.authID)/Application/")
        #expect(entry["query"] as? String == "limit=5")
        #expect(entry["status"] as? Int == 200)
        #expect(entry["account"] as? String == app.admin.authID)
        #expect(entry["sequence"] as? Int == 1)
        #expect(entry["dropped"] as? Bool == false)
        #expect(entry["duration_ms"] is Double || entry["duration_ms"] is Int)
        let headers = try #require(entry["headers"] as? [String: String])
        #expect(headers["Authorization"] == "Basic ****")
        #expect(headers["X-Auth-Token"] == "****")
        #expect(headers["User-Agent"] == "plivo-python")
        #expect((entry["timestamp"] as? String)?.hasSuffix("Z") == true)
    }

    @Test("secret parameters in bodies and queries are masked: an endpoint's password never shows")
    func secretParametersMasked() throws {
        let app = try ControlTestApp()
        let endpoints = "/v1/Account/\(app.admin.authID)/Endpoint/"
        _ = app.send("POST", endpoints, as: app.admin, json: #"{"username":"desk","password":"hunter22","alias":"Desk"}"#)
        _ = app.send("POST", endpoints, as: app.admin, headers: [("Content-Type", "application/x-www-form-urlencoded")])
        _ = app.send("GET", endpoints + "?auth_token=abc&limit=2", as: app.admin)
        let entries = try app.sendAsAdmin("GET", "/__mock/journal").objects("entries")
        #expect(entries.count == 3)
        #expect(entries[0]["body"] as? String == #"{"alias":"Desk","password":"****","username":"desk"}"#)
        #expect(entries[2]["query"] as? String == "auth_token=****&limit=2")
        #expect(!entries.contains { ($0["body"] as? String ?? "").contains("hunter22") })
        #expect(JournalEntry.maskingSecretParameters(inBody: "username=desk&password=hunter22") == "username=desk&password=****")
        #expect(JournalEntry.maskingSecretParameters(inBody: #"{"app_name":"a"}"#) == #"{"app_name":"a"}"#)
    }

    @Test("401s and 404s are journaled; control calls are not")
    func whatIsJournaled() throws {
        let app = try ControlTestApp()
        _ = app.send("GET", "/v1/Account/\(app.admin.authID)/Application/", as: (app.admin.authID, "wrong"))
        _ = app.send("GET", "/nowhere")
        _ = app.sendAsAdmin("GET", "/__mock/faults")
        let entries = try app.sendAsAdmin("GET", "/__mock/journal").objects("entries")
        #expect(entries.map { $0["status"] as? Int } == [401, 404])
    }

    @Test("live: a malformed request is answered in Plivo's envelope and journaled with its 400")
    func malformedRequestIsJournaled() throws {
        let app = try ControlTestApp()
        let path = "/v1/Account/\(app.admin.authID)/Application/"
        let raw = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ten\r\n\r\n"
        let response = try app.withLiveServer { port in try ControlLiveClient.send(port: port, raw: Array(raw.utf8)) }
        #expect(response.status == 400)
        let body = try response.object()
        #expect(body["error"] as? String == "malformed request: invalid Content-Length")
        #expect((body["api_id"] as? String)?.count == 36)
        let entries = try app.sendAsAdmin("GET", "/__mock/journal").objects("entries")
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry["method"] as? String == "POST")
        #expect(entry["path"] as? String == path)
        #expect(entry["account"] as? String == app.admin.authID)
        #expect(entry["status"] as? Int == 400)
    }

    @Test("bodies are kept up to 4 KiB and marked when cut")
    func bodyTruncation() throws {
        let app = try ControlTestApp()
        let name = String(repeating: "x", count: 5000)
        _ = app.send("POST", "/v1/Account/\(app.admin.authID)/Application/", as: app.admin,
                     json: #"{"app_name": "\#(name)", "answer_url": "https://example.com/"}"#)
        let entry = try #require(try app.sendAsAdmin("GET", "/__mock/journal").objects("entries").first)
        #expect((entry["body"] as? String)?.utf8.count == JournalEntry.maxBodyBytes)
        #expect(entry["body_truncated"] as? Bool == true)
        #expect((entry["body_size"] as? Int ?? 0) > 5000)
    }

    @Test("filters by account, path prefix, method and limit; clearing by filter")
    func filters() throws {
        let app = try ControlTestApp()
        let admin = app.admin
        _ = try app.createApplication(as: admin)
        _ = app.send("GET", "/v1/Account/\(admin.authID)/Application/", as: admin)
        _ = app.send("GET", "/v1/Account/\(admin.authID)/Application/", as: admin)
        #expect(try app.sendAsAdmin("GET", "/__mock/journal?method=post").objects("entries").count == 1)
        #expect(try app.sendAsAdmin("GET", "/__mock/journal?path=/v1/Account/\(admin.authID)/App")
            .objects("entries").count == 3)
        #expect(try app.sendAsAdmin("GET", "/__mock/journal?path=/v2/").objects("entries").isEmpty)
        let limited = app.sendAsAdmin("GET", "/__mock/journal?limit=1")
        #expect(try limited.objects("entries").map { $0["sequence"] as? Int } == [3])
        #expect(try limited.object()["matched"] as? Int == 3)
        #expect(try app.sendAsAdmin("GET", "/__mock/journal?account=MAOTHER0000000000000").objects("entries").isEmpty)
        #expect(try app.sendAsAdmin("DELETE", "/__mock/journal?method=GET").object()["cleared"] as? Int == 2)
        #expect(try app.sendAsAdmin("GET", "/__mock/journal").objects("entries").count == 1)
        #expect(app.sendAsAdmin("GET", "/__mock/journal?path=nope").status == 400)
    }

    @Test("the journal is bounded: with room for 3, five requests leave the newest three")
    func ringBound() throws {
        let app = try ControlTestApp(journalSize: 3)
        for index in 1...5 { _ = app.send("GET", "/v1/Account/\(app.admin.authID)/Application/\(index)/", as: app.admin) }
        let listing = app.sendAsAdmin("GET", "/__mock/journal")
        #expect(try listing.objects("entries").map { $0["sequence"] as? Int } == [3, 4, 5])
        #expect(try listing.object()["evicted"] as? Int == 2)
        #expect(try listing.object()["recorded"] as? Int == 5)
        #expect(try listing.object()["capacity"] as? Int == 3)
    }

    @Test("a wait already satisfied answers at once")
    func waitAlreadySatisfied() throws {
        let app = try ControlTestApp()
        _ = app.send("GET", "/v1/Account/\(app.admin.authID)/Application/", as: app.admin)
        let wait = app.sendAsAdmin("GET", "/__mock/journal/wait?count=1&timeout_ms=60000")
        #expect(try wait.object()["timed_out"] as? Bool == false)
        #expect(try wait.object()["matched"] as? Int == 1)
    }

    @Test("a wait answers when the Nth matching request arrives, not before")
    func waitCompletesOnNthRequest() throws {
        let app = try ControlTestApp()
        let answer = Mutex<ControlTestResponse?>(nil)
        let request = ControlTestApp.makeRequest(
            "GET", "/__mock/journal/wait?count=2&method=POST&timeout_ms=30000", as: app.admin, json: nil, headers: [])
        let deferred = app.application.router.respond(to: request, connection: .init(remoteAddress: "test"))
        let done = DispatchSemaphore(value: 0)
        guard case .deferred(let start) = deferred.disposition else { Issue.record("not deferred"); return }
        start(.init { result in
            answer.withLock { $0 = ControlTestResponse((try? result.get()) ?? HTTPResponse(status: HTTPStatus(code: 599))) }
            done.signal()
        })
        #expect(app.journal.waiterCount == 1)
        _ = try app.createApplication(as: app.admin)
        _ = app.send("GET", "/v1/Account/\(app.admin.authID)/Application/", as: app.admin)
        #expect(answer.withLock { $0 } == nil)
        _ = try app.createApplication(as: app.admin)
        #expect(done.wait(timeout: .now() + 10) == .success)
        let response = try #require(answer.withLock { $0 })
        #expect(try response.object()["timed_out"] as? Bool == false)
        #expect(try response.objects("entries").count == 2)
        #expect(app.journal.waiterCount == 0)
    }

    @Test("a wait that is not satisfied times out with what matched")
    func waitTimesOut() throws {
        let app = try ControlTestApp()
        _ = app.send("GET", "/v1/Account/\(app.admin.authID)/Application/", as: app.admin)
        let wait = app.sendAsAdmin("GET", "/__mock/journal/wait?count=3&timeout_ms=50")
        #expect(wait.status == 200)
        #expect(try wait.object()["timed_out"] as? Bool == true)
        #expect(try wait.object()["matched"] as? Int == 1)
        #expect(app.journal.waiterCount == 0)
        #expect(app.sendAsAdmin("GET", "/__mock/journal/wait?timeout_ms=600001").status == 400)
        #expect(app.sendAsAdmin("GET", "/__mock/journal/wait?count=0").status == 400)
    }

    @Test("a wait for more entries than the journal can hold is refused, naming its capacity")
    func waitCountCappedAtCapacity() throws {
        let app = try ControlTestApp(journalSize: 3)
        let refused = app.sendAsAdmin("GET", "/__mock/journal/wait?count=4&timeout_ms=50")
        #expect(refused.status == 400)
        #expect(try refused.object()["error"] as? String == "count must be at most 3, the journal's capacity")
        #expect(app.journal.waiterCount == 0)
        #expect(app.sendAsAdmin("GET", "/__mock/journal/wait?count=3&timeout_ms=50").status == 200)
        let off = try ControlTestApp(journalSize: 0)
        let offRefused = off.sendAsAdmin("GET", "/__mock/journal/wait?timeout_ms=50")
        #expect(offRefused.status == 400)
        #expect(try offRefused.object()["error"] as? String == "count must be at most 0, the journal's capacity (--journal-size 0 turns it off)")
    }

    @Test("live: a long-poll whose client goes away is dropped at once, not kept until its timeout")
    func disconnectedWaiterDropped() throws {
        let app = try ControlTestApp()
        try app.withLiveServer { port in
            let client = try RawHTTPClient(port: port)
            let basic = Data("\(app.admin.authID):\(app.admin.authToken)".utf8).base64EncodedString()
            try client.send(rawRequest("GET", "/__mock/journal/wait?count=1&timeout_ms=60000",
                                       headers: ["Authorization: Basic \(basic)"]))
            let deadline = ContinuousClock.now + .seconds(10)
            while app.journal.waiterCount == 0 && ContinuousClock.now < deadline { usleep(1000) }
            #expect(app.journal.waiterCount == 1)
            client.close()
            while app.journal.waiterCount > 0 && ContinuousClock.now < deadline { usleep(1000) }
            #expect(app.journal.waiterCount == 0)
            while app.application.server.connectionCount > 0 && ContinuousClock.now < deadline { usleep(1000) }
            #expect(app.application.server.connectionCount == 0)
        }
    }

    @Test("live: stopping the server answers a pending long-poll at once with 503 in Plivo's envelope")
    func stopAnswersLongPolls() throws {
        let app = try ControlTestApp()
        try app.application.server.start()
        defer { app.application.server.stop() }
        let client = try RawHTTPClient(port: app.application.server.port)
        let basic = Data("\(app.admin.authID):\(app.admin.authToken)".utf8).base64EncodedString()
        try client.send(rawRequest("GET", "/__mock/journal/wait?count=1&timeout_ms=60000",
                                   headers: ["Authorization: Basic \(basic)"]))
        let deadline = ContinuousClock.now + .seconds(10)
        while app.journal.waiterCount == 0 && ContinuousClock.now < deadline { usleep(1000) }
        #expect(app.journal.waiterCount == 1)
        let started = ContinuousClock.now
        let stopped = runDetached { app.application.server.stop() }
        let response = try client.readResponse()
        #expect(response.status == 503)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(body["error"] as? String == "the server is stopping")
        #expect((body["api_id"] as? String)?.count == 36)
        #expect(stopped.signalled(within: .seconds(10)))
        // Well inside the 10 s grace period a stop otherwise waits for a long-poll.
        #expect(ContinuousClock.now - started < .seconds(3))
        #expect(app.journal.waiterCount == 0)
    }

    @Test("live: a long-poll over a real socket answers when the request it waits for arrives")
    func liveLongPoll() throws {
        let app = try ControlTestApp()
        try app.withLiveServer { port in
            let result = Mutex<Result<ControlTestResponse, any Error>?>(nil)
            let finished = DispatchSemaphore(value: 0)
            let admin = app.admin
            DispatchQueue.global().async {
                let response = Result {
                    try ControlLiveClient.send(port: port, "GET", "/__mock/journal/wait?count=1&timeout_ms=20000", as: admin)
                }
                result.withLock { $0 = response }
                finished.signal()
            }
            // The waiter registers when the server has read the request; wait for that observable fact.
            let deadline = ContinuousClock.now + .seconds(10)
            while app.journal.waiterCount == 0 && ContinuousClock.now < deadline { usleep(1000) }
            #expect(app.journal.waiterCount == 1)
            let started = ContinuousClock.now
            let list = try ControlLiveClient.send(port: port, "GET", "/v1/Account/\(admin.authID)/Application/", as: admin)
            #expect(list.status == 200)
            #expect(finished.wait(timeout: .now() + 15) == .success)
            #expect(ContinuousClock.now - started < .seconds(15))
            let response = try #require(try result.withLock { $0 }?.get())
            #expect(response.status == 200)
            #expect(try response.object()["timed_out"] as? Bool == false)
        }
    }
}
