import Synchronization
import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoSupport

/// The access log's line, built as bytes: peer, method, path, status, body size and milliseconds to three decimals.
@Suite("Access log")
struct AccessLogTests {
    private static func logged(_ request: HTTPRequest, level: Logger.Level = .debug) -> [String] {
        let lines = Mutex<[String]>([])
        let logger = Logger(level: level) { line in lines.withLock { $0.append(line) } }
        let router = HTTPRouter(middleware: [AccessLogMiddleware(logger: logger)]) { routes in
            routes.add("GET /hello") { _, _ in HTTPResponse(status: .ok, body: Array("hello".utf8)) }
            routes.add("GET /drop") { _, _ in .droppedConnection }
            routes.add("POST /later") { _, _ in
                .deferred { promise in promise.succeed(HTTPResponse(status: .created, body: Array("made".utf8))) }
            }
        }
        let response = router.respond(to: request, connection: .init(remoteAddress: "127.0.0.1"))
        // A deferred answer is logged as it completes, not before.
        if response.isDeferred { #expect(lines.withLock { $0 }.isEmpty) }
        _ = RouterClient.waitForDeferred(response)
        return lines.withLock { $0 }
    }

    @Test("A line per request: peer, method, path without its query, status, body size, time in milliseconds")
    func line() throws {
        let lines = Self.logged(HTTPRequest(method: .get, target: "/hello?token=secret"))
        let line = try #require(lines.first)
        #expect(lines.count == 1)
        #expect(line.hasPrefix("[debug] 127.0.0.1 GET /hello 200 5B "), "\(line)")
        #expect(!line.contains("secret"))
        let time = try #require(line.split(separator: " ").last)
        #expect(time.hasSuffix("ms"))
        let parts = time.dropLast(2).split(separator: ".")
        #expect(parts.count == 2 && parts[1].count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }, "\(time)")
    }

    @Test("A deferred answer is logged once, as it completes, with its own status and size")
    func deferredAnswer() {
        let lines = Self.logged(HTTPRequest(method: .post, target: "/later"))
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("[debug] 127.0.0.1 POST /later 201 4B ") == true, "\(lines)")
    }

    @Test("A dropped connection is logged as such; nothing at info, the default level, or above")
    func otherOutcomes() throws {
        #expect(Self.logged(HTTPRequest(method: .get, target: "/drop")).first?.contains(" GET /drop dropped ") == true)
        #expect(Self.logged(HTTPRequest(method: .get, target: "/hello"), level: .info).isEmpty)
        #expect(Self.logged(HTTPRequest(method: .get, target: "/hello"), level: .warning).isEmpty)
    }
}
