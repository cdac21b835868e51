import Foundation
import Synchronization
import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

/// A callback URL may carry credentials in its userinfo (`https://user:pass@host/`). The application keeps them, as
/// Plivo shows them back, but neither the journal nor the log ever holds them.
@Suite("Credentials in URLs")
struct URLCredentialsTests {
    private static let secret = "hunter22pw"

    @Test("An application keeps a URL's credentials; the journal shows them masked, JSON and form bodies alike")
    func applicationKeepsJournalMasks() throws {
        let app = try ControlTestApp()
        let path = "/v1/Account/\(app.admin.authID)/Application/"
        let created = app.send("POST", path, as: app.admin,
                               json: #"{"app_name": "a", "answer_url": "https://user:\#(Self.secret)@example.com/answer"}"#)
        let appID = try #require(try created.object()["app_id"] as? String)
        let stored = try app.sendAsAdmin("GET", "\(path)\(appID)/").object()
        #expect(stored["answer_url"] as? String == "https://user:\(Self.secret)@example.com/answer")
        let form = "app_name=b&answer_url=" + FormURLEncoding.percentEncode("https://user:\(Self.secret)@example.com/b")
        let request = HTTPRequest(
            method: .post, target: path,
            headers: HTTPHeaders([("Content-Type", "application/x-www-form-urlencoded"),
                                  ("Authorization", "Basic " + Data("\(app.admin.authID):\(app.admin.authToken)".utf8).base64EncodedString())]),
            body: Array(form.utf8))
        #expect(ControlTestApp.resolve(app.application.router.respond(to: request, connection: .init(remoteAddress: "t"))).status.code == 201)
        _ = app.send("GET", path + "?answer_url=" + FormURLEncoding.percentEncode("https://u:\(Self.secret)@h/"), as: app.admin)
        let journal = app.sendAsAdmin("GET", "/__mock/journal?path=/v1/")
        #expect(!journal.text.contains(Self.secret))
        let entries = try journal.objects("entries")
        #expect((entries[0]["body"] as? String)?.contains("https://user:****@example.com/answer") == true)
        #expect((entries[2]["body"] as? String)?.contains("answer_url=https%3A%2F%2F****%40example.com%2Fb") == true,
                "\(entries[2]["body"] ?? "")")
        #expect((entries[3]["query"] as? String)?.contains("https%3A%2F%2F****%40h%2F") == true, "\(entries[3]["query"] ?? "")")
    }

    @Test("URL credentials are masked wherever they appear in text", arguments: [
        (#"{"answer_url": "https://user:pw@example.com/a", "#, #"{"answer_url": "https://user:****@example.com/a", "#),
        (#"{"answer_url":"https:\/\/user:pw@example.com\/a""#, #"{"answer_url":"https:\/\/user:****@example.com\/a""#),
        ("note https://TOKENVALUE@example.com/x", "note https://****@example.com/x"),
        ("u=https%3A%2F%2Fuser%3Apw%40example.com%2F", "u=https%3A%2F%2F****%40example.com%2F"),
        ("u=https%3a%2f%2fuser%3apw%40example.com", "u=https%3a%2f%2f****%40example.com"),
        ("https://example.com/a@b", "https://example.com/a@b"),
        ("mail me at someone@example.com", "mail me at someone@example.com"),
        ("answer_url=https://example.com/", "answer_url=https://example.com/"),
    ])
    func maskedInText(input: String, expected: String) {
        #expect(JournalEntry.maskingSecretParameters(inBody: input) == expected)
    }

    @Test("A parsed JSON body is written again with URL credentials masked")
    func parsedBodyMasked() {
        let masked = JournalEntry.maskingSecretParameters(
            inBody: #"{"answer_url": "https://user:pw@example.com/a", "app_name": "x"}"#)
        #expect(masked == #"{"answer_url":"https://user:****@example.com/a","app_name":"x"}"#)
    }

    @Test("The access log and the journal's path never show credentials a path carries")
    func accessLogMasks() throws {
        let lines = Mutex<[String]>([])
        let logger = Logger(level: .debug) { line in lines.withLock { $0.append(line) } }
        let router = HTTPRouter(middleware: [AccessLogMiddleware(logger: logger)]) { routes in
            routes.add("GET /echo/:url") { _, _ in HTTPResponse(status: .ok) }
        }
        _ = router.respond(
            to: HTTPRequest(method: .get, target: "/echo/https%3A%2F%2Fuser%3A\(Self.secret)%40example.com%2F"),
            connection: .init(remoteAddress: "peer"))
        let logged = lines.withLock { $0 }
        #expect(logged.count == 1)
        #expect(!logged.joined().contains(Self.secret))
        #expect(logged.first?.contains("/echo/https%3A%2F%2F****%40example.com%2F") == true, "\(logged)")

        let entry = JournalEntry(
            sequence: 1, request: HTTPRequest(method: .get, target: "/v1/https://user:\(Self.secret)@example.com/"),
            account: nil, arrival: Date())
        #expect(entry.path == "/v1/https://user:****@example.com/")
    }
}
