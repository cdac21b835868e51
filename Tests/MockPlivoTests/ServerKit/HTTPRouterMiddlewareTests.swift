import Synchronization
import Testing

@testable import HTTPServerKit

extension ServerKit {
    @Suite("HTTP router middleware and error rendering")
    struct HTTPRouterMiddlewareTests {
        static let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")

        /// Collects lines from middleware, handlers and the error log, from whichever thread writes them.
        final class Journal: Sendable {
            private let lines = Mutex<[String]>([])
            func append(_ line: String) { lines.withLock { $0.append(line) } }
            var entries: [String] { lines.withLock { $0 } }
        }

        /// Records entering and leaving, and tags the response on its way out.
        struct Tracing: HTTPMiddleware {
            let name: String
            let journal: Journal

            func handle(
                _ request: HTTPRequest, context: HTTPRequestContext,
                next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
            ) throws -> HTTPResponse {
                journal.append("\(name) in")
                defer { journal.append("\(name) out") }
                var response = try next(request, context)
                response.headers.add(name: "X-Trace", value: name)
                return response
            }
        }

        struct Teapot: HTTPResponseError {
            func makeResponse() -> HTTPResponse {
                HTTPResponse(
                    status: HTTPStatus(code: 418), headers: ["Content-Type": "text/plain"],
                    body: Array("short and stout".utf8))
            }
        }

        struct Opaque: Error {}

        @Test("runs middleware in the order added, outermost first, around the handler")
        func middlewareOrder() {
            let journal = Journal()
            let router = HTTPRouter(logError: { _ in })
            router.use(Tracing(name: "outer", journal: journal))
            router.use(Tracing(name: "inner", journal: journal))
            router.add("GET /a") { _, _ in
                journal.append("handler")
                return HTTPResponse(status: .ok)
            }
            let response = router.respond(to: HTTPRequest(method: .get, target: "/a"), connection: Self.connection)
            #expect(journal.entries == ["outer in", "inner in", "handler", "inner out", "outer out"])
            #expect(response.headers.values(for: "X-Trace") == ["inner", "outer"])
        }

        @Test("runs middleware around 404 and 405 too, so it can render them")
        func middlewareSeesRoutingErrors() {
            struct Rendering: HTTPMiddleware {
                func handle(
                    _ request: HTTPRequest, context: HTTPRequestContext,
                    next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
                ) throws -> HTTPResponse {
                    do { return try next(request, context) } catch let error as HTTPRoutingError {
                        return HTTPResponse(status: error.status, body: Array("custom \(error.message)".utf8))
                    }
                }
            }
            let router = HTTPRouter(logError: { _ in })
            router.use(Rendering())
            router.add("GET /a") { _, _ in HTTPResponse(status: .ok) }
            let missing = router.respond(to: HTTPRequest(method: .get, target: "/b"), connection: Self.connection)
            #expect(missing.status == .notFound)
            #expect(missing.body == Array("custom not found".utf8))
            let wrongMethod = router.respond(to: HTTPRequest(method: .post, target: "/a"), connection: Self.connection)
            #expect(wrongMethod.body == Array("custom method not allowed".utf8))
        }

        @Test("lets middleware answer without calling the handler")
        func middlewareShortCircuits() {
            struct Deny: HTTPMiddleware {
                func handle(
                    _ request: HTTPRequest, context: HTTPRequestContext,
                    next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
                ) throws -> HTTPResponse {
                    HTTPResponse(status: .unauthorized)
                }
            }
            let journal = Journal()
            let router = HTTPRouter(logError: { _ in })
            router.use(Deny())
            router.add("GET /a") { _, _ in
                journal.append("handler")
                return HTTPResponse(status: .ok)
            }
            let response = router.respond(to: HTTPRequest(method: .get, target: "/a"), connection: Self.connection)
            #expect(response.status == .unauthorized)
            #expect(journal.entries.isEmpty)
        }

        @Test("renders an HTTPResponseError thrown by a handler as its own response, without logging")
        func rendersResponseErrors() {
            let journal = Journal()
            let router = HTTPRouter(logError: journal.append)
            router.add("GET /tea") { _, _ in throw Teapot() }
            let response = router.respond(to: HTTPRequest(method: .get, target: "/tea"), connection: Self.connection)
            #expect(response.status.code == 418)
            #expect(response.headers["Content-Type"] == "text/plain")
            #expect(response.body == Array("short and stout".utf8))
            #expect(journal.entries.isEmpty)
        }

        @Test("turns any other error into a logged 500 that reveals nothing")
        func unknownErrorIs500() {
            let journal = Journal()
            let router = HTTPRouter(logError: journal.append)
            router.add("POST /v1/Account/:authID/Call/") { _, _ in throw Opaque() }
            let request = HTTPRequest(method: .post, target: "/v1/Account/A/Call/")
            let response = router.respond(to: request, connection: Self.connection)
            #expect(response.status == .internalServerError)
            #expect(response.body == Array(#"{"error":"internal server error"}"#.utf8))
            #expect(journal.entries.count == 1)
            #expect(journal.entries.first?.contains("Opaque") == true)
            #expect(journal.entries.first?.contains("POST /v1/Account/A/Call/") == true)
        }

        @Test("renders parse errors with a custom renderer when one is set")
        func customParseErrorRenderer() {
            let router = HTTPRouter(logError: { _ in })
            router.renderParseErrors { HTTPResponse(status: $0.status, body: Array("bad: \($0.reason)".utf8)) }
            let response = router.respond(to: .missingHost, connection: Self.connection)
            #expect(response.status == .badRequest)
            #expect(response.body == Array("bad: HTTP/1.1 request without Host".utf8))
        }
    }
}
