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

        /// Renders routing errors as `custom <message>`, so a test sees which chain rendered them.
        struct Rendering: HTTPMiddleware {
            var tag = "custom"

            func handle(
                _ request: HTTPRequest, context: HTTPRequestContext,
                next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
            ) throws -> HTTPResponse {
                do { return try next(request, context) } catch let error as HTTPRoutingError {
                    return HTTPResponse(status: error.status, body: Array("\(tag) \(error.message)".utf8))
                }
            }
        }

        /// Answers 401 unless the request carries `Authorization`.
        struct RequireAuthorization: HTTPMiddleware {
            func handle(
                _ request: HTTPRequest, context: HTTPRequestContext,
                next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
            ) throws -> HTTPResponse {
                guard request.headers["Authorization"] != nil else { return HTTPResponse(status: .unauthorized) }
                return try next(request, context)
            }
        }

        static func respond(_ router: HTTPRouter, _ method: HTTPMethod, _ target: String, authorized: Bool = false)
            -> HTTPResponse
        {
            let headers: HTTPHeaders = authorized ? ["Authorization": "yes"] : [:]
            return router.respond(to: HTTPRequest(method: method, target: target, headers: headers), connection: connection)
        }

        @Test("runs middleware in the order given, outermost first, around the handler")
        func middlewareOrder() {
            let journal = Journal()
            let router = HTTPRouter(
                middleware: [Tracing(name: "outer", journal: journal), Tracing(name: "inner", journal: journal)],
                logError: { _ in }
            ) { routes in
                routes.add("GET /a") { _, _ in
                    journal.append("handler")
                    return HTTPResponse(status: .ok)
                }
            }
            let response = Self.respond(router, .get, "/a")
            #expect(journal.entries == ["outer in", "inner in", "handler", "inner out", "outer out"])
            #expect(response.headers.values(for: "X-Trace") == ["inner", "outer"])
        }

        @Test("runs a group's middleware inside the router's, and only around the group's routes")
        func groupMiddlewareNestsInside() {
            let journal = Journal()
            let router = HTTPRouter(middleware: [Tracing(name: "top", journal: journal)], logError: { _ in }) { routes in
                routes.add("GET /open") { _, _ in HTTPResponse(status: .ok) }
                routes.group("/api/:tenant", middleware: [Tracing(name: "api", journal: journal)]) { api in
                    api.group(middleware: [Tracing(name: "inner", journal: journal)]) { inner in
                        inner.add("GET /items/:id") { _, context in
                            journal.append("handler \(context.parameters["tenant"] ?? "?")/\(context.parameters["id"] ?? "?")")
                            return HTTPResponse(status: .ok)
                        }
                    }
                }
            }
            _ = Self.respond(router, .get, "/api/t1/items/9")
            #expect(journal.entries == [
                "top in", "api in", "inner in", "handler t1/9", "inner out", "api out", "top out",
            ])
            #expect(router.routes == ["GET /api/:tenant/items/:id", "GET /open"])
            #expect(Self.respond(router, .get, "/open").headers.values(for: "X-Trace") == ["top"])
        }

        @Test("starts a fresh chain for a group that does not inherit")
        func groupWithoutInheritance() {
            let journal = Journal()
            let router = HTTPRouter(middleware: [Tracing(name: "top", journal: journal)], logError: { _ in }) { routes in
                routes.group("/control", middleware: [Tracing(name: "control", journal: journal)],
                             inheritingMiddleware: false) { control in
                    control.add("GET /health") { _, _ in HTTPResponse(status: .ok) }
                }
            }
            let response = Self.respond(router, .get, "/control/health")
            #expect(response.headers.values(for: "X-Trace") == ["control"])
            #expect(journal.entries == ["control in", "control out"])
        }

        @Test("answers a 404 or 405 under a group through the group's middleware, authentication included")
        func groupOwnsItsRoutingErrors() {
            let router = HTTPRouter(middleware: [Rendering()], logError: { _ in }) { routes in
                routes.group("/v1/Account/:id", middleware: [RequireAuthorization()]) { account in
                    account.add("GET /Thing/") { _, _ in HTTPResponse(status: .ok) }
                }
            }
            #expect(Self.respond(router, .get, "/v1/Account/X/Nothing/").status == .unauthorized)
            let missing = Self.respond(router, .get, "/v1/Account/X/Nothing/", authorized: true)
            #expect(missing.status == .notFound)
            #expect(missing.body == Array("custom not found".utf8))
            #expect(Self.respond(router, .post, "/v1/Account/X/Thing/").status == .unauthorized)
            #expect(Self.respond(router, .post, "/v1/Account/X/Thing/", authorized: true).status == .methodNotAllowed)
            // Outside the group's prefix only the router's middleware runs.
            #expect(Self.respond(router, .get, "/v1/Other/").body == Array("custom not found".utf8))
        }

        @Test("hands a 404 under a group the parameters its prefix captured")
        func groupRoutingErrorsSeeParameters() {
            struct Capture: HTTPMiddleware {
                func handle(
                    _ request: HTTPRequest, context: HTTPRequestContext,
                    next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
                ) throws -> HTTPResponse {
                    HTTPResponse(status: .ok, body: Array((context.parameters["id"] ?? "none").utf8))
                }
            }
            let router = HTTPRouter(logError: { _ in }) { routes in
                routes.group("/v1/Account/:id", middleware: [Capture()]) { account in
                    account.add("GET /Thing/") { _, _ in HTTPResponse(status: .ok) }
                }
            }
            #expect(Self.respond(router, .get, "/v1/Account/MA%41/Unknown/deeper").body == Array("MAA".utf8))
        }

        @Test("renders a malformed request through the top chain of its part of the table, skipping nested groups")
        func malformedRequestsRunTheTopChain() {
            let journal = Journal()
            let router = HTTPRouter(
                middleware: [Tracing(name: "top", journal: journal), Rendering()], logError: { _ in }
            ) { routes in
                routes.group("/v1", middleware: [Tracing(name: "v1", journal: journal), RequireAuthorization()]) { _ in }
                routes.group("/control", middleware: [Rendering(tag: "control")], inheritingMiddleware: false) { _ in }
            }
            let connection = Self.connection
            let api = router.respond(to: .invalidHeader, in: HTTPRequest(method: .post, target: "/v1/x"),
                                     connection: connection)
            #expect(api.status == .badRequest)
            #expect(api.body == Array("custom malformed header field".utf8))
            #expect(journal.entries == ["top in", "top out"], "the nested group's tracing and authentication are skipped")
            let control = router.respond(to: .bodyTooLarge, in: HTTPRequest(method: .post, target: "/control/x"),
                                         connection: connection)
            #expect(control.body == Array("control request body too large".utf8))
        }

        @Test("lets middleware answer without calling the handler")
        func middlewareShortCircuits() {
            let journal = Journal()
            let router = HTTPRouter(middleware: [RequireAuthorization()], logError: { _ in }) { routes in
                routes.add("GET /a") { _, _ in
                    journal.append("handler")
                    return HTTPResponse(status: .ok)
                }
            }
            #expect(Self.respond(router, .get, "/a").status == .unauthorized)
            #expect(journal.entries.isEmpty)
        }

        @Test("renders an HTTPResponseError thrown by a handler as its own response, without logging")
        func rendersResponseErrors() {
            let journal = Journal()
            let router = HTTPRouter(logError: journal.append) { routes in
                routes.add("GET /tea") { _, _ in throw Teapot() }
            }
            let response = Self.respond(router, .get, "/tea")
            #expect(response.status.code == 418)
            #expect(response.headers["Content-Type"] == "text/plain")
            #expect(response.body == Array("short and stout".utf8))
            #expect(journal.entries.isEmpty)
        }

        @Test("turns any other error into a logged 500 that reveals nothing")
        func unknownErrorIs500() {
            let journal = Journal()
            let router = HTTPRouter(logError: journal.append) { routes in
                routes.add("POST /v1/Account/:authID/Call/") { _, _ in throw Opaque() }
            }
            let response = Self.respond(router, .post, "/v1/Account/A/Call/")
            #expect(response.status == .internalServerError)
            #expect(response.body == Array(#"{"error":"internal server error"}"#.utf8))
            #expect(journal.entries.count == 1)
            #expect(journal.entries.first?.contains("Opaque") == true)
            #expect(journal.entries.first?.contains("POST /v1/Account/A/Call/") == true)
        }

        @Test("delivers a deferred failure to the middleware that renders errors")
        func deferredFailureIsRendered() {
            struct RenderingDeferred: HTTPMiddleware {
                func handle(
                    _ request: HTTPRequest, context: HTTPRequestContext,
                    next: (HTTPRequest, HTTPRequestContext) throws -> HTTPResponse
                ) throws -> HTTPResponse {
                    try next(request, context).recover { error in
                        HTTPResponse(status: HTTPStatus(code: 409), body: Array("rendered \(error)".utf8))
                    }
                }
            }
            struct Conflict: Error, CustomStringConvertible { var description: String { "conflict" } }
            let router = HTTPRouter(middleware: [RenderingDeferred()], logError: { _ in }) { routes in
                routes.add("POST /later") { _, _ in .deferred { promise in promise.fail(Conflict()) } }
            }
            let response = RouterClient.waitForDeferred(Self.respond(router, .post, "/later"))
            #expect(response.status.code == 409)
            #expect(response.body == Array("rendered conflict".utf8))
        }

        @Test("answers an unrendered deferred failure with a logged 500")
        func unrenderedDeferredFailureIs500() {
            let journal = Journal()
            let router = HTTPRouter(logError: journal.append) { routes in
                routes.add("POST /later") { _, _ in .deferred { promise in promise.fail(Opaque()) } }
            }
            let response = RouterClient.waitForDeferred(Self.respond(router, .post, "/later"))
            #expect(response.status == .internalServerError)
            #expect(journal.entries.count == 1)
        }

        @Test("names the route that would answer a request, and none for a 404 or 405")
        func routeLookup() {
            let router = HTTPRouter(logError: { _ in }) { routes in
                routes.group("/v1/Account/:id") { $0.add("GET /Thing/:thing/") { _, _ in HTTPResponse(status: .ok) } }
            }
            #expect(router.route(for: HTTPRequest(method: .get, target: "/v1/Account/A/Thing/b")) == "GET /v1/Account/:id/Thing/:thing/")
            #expect(router.route(for: HTTPRequest(method: .post, target: "/v1/Account/A/Thing/b")) == nil)
            #expect(router.route(for: HTTPRequest(method: .get, target: "/v1/Account/A/")) == nil)
        }
    }
}
