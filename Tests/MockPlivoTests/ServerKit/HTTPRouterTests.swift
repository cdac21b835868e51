import Testing
@testable import HTTPServerKit

extension ServerKit {
    @Suite("HTTP router matching")
    struct HTTPRouterTests {
        static let connection = HTTPConnectionInfo(remoteAddress: "127.0.0.1:1")

        /// A router whose handlers answer with the route that matched and its parameters, as `ROUTE|name=value|…`.
        static func makeRouter(_ routes: [String]) -> HTTPRouter {
            HTTPRouter(logError: { _ in }) { table in
                for route in routes {
                    table.add(route) { _, context in
                        let names = ["authID", "appID", "id", "file"]
                        let values = names.compactMap { name in context.parameters[name].map { "\(name)=\($0)" } }
                        let text = ([context.route ?? "?"] + values).joined(separator: "|")
                        return HTTPResponse(status: .ok, body: Array(text.utf8))
                    }
                }
            }
        }

        static func respond(_ router: HTTPRouter, _ method: HTTPMethod, _ target: String) -> (Int, String) {
            let response = router.respond(to: HTTPRequest(method: method, target: target), connection: connection)
            return (response.status.code, String(decoding: response.body, as: UTF8.self))
        }

        static let plivo = [
            "GET /v1/Account/:authID/Application/",
            "POST /v1/Account/:authID/Application/",
            "GET /v1/Account/:authID/Application/:appID/",
            "POST /v1/Account/:authID/Application/:appID/",
            "DELETE /v1/Account/:authID/Application/:appID/",
            "GET /v1/Account/:authID/Application/default/",
        ]

        @Test("passes percent-decoded parameters to the handler")
        func decodesParameters() {
            let router = Self.makeRouter(Self.plivo)
            let (status, body) = Self.respond(router, .get, "/v1/Account/MA%20X/Application/app%2F1%C3%A9/?x=1")
            #expect(status == 200)
            #expect(body == "GET /v1/Account/:authID/Application/:appID/|authID=MA X|appID=app/1é")
        }

        @Test(
            "matches with or without the trailing slash",
            arguments: ["/v1/Account/A/Application", "/v1/Account/A/Application/"])
        func trailingSlashIsOptional(path: String) {
            let (status, body) = Self.respond(Self.makeRouter(Self.plivo), .post, path)
            #expect(status == 200)
            #expect(body == "POST /v1/Account/:authID/Application/|authID=A")
        }

        @Test("prefers a literal segment to a parameter")
        func literalBeatsParameter() {
            let router = Self.makeRouter(Self.plivo)
            #expect(Self.respond(router, .get, "/v1/Account/A/Application/default/").1
                == "GET /v1/Account/:authID/Application/default/|authID=A")
            #expect(Self.respond(router, .get, "/v1/Account/A/Application/other/").1
                == "GET /v1/Account/:authID/Application/:appID/|authID=A|appID=other")
        }

        @Test("backtracks into a parameter when the literal branch leads nowhere")
        func backtracksFromLiteral() {
            let router = Self.makeRouter(["GET /files/static/index", "GET /files/:file/raw"])
            #expect(Self.respond(router, .get, "/files/static/raw").1 == "GET /files/:file/raw|file=static")
            #expect(Self.respond(router, .get, "/files/static/index").0 == 200)
        }

        @Test("matches a suffixed parameter beside a plain one, capturing the part before the suffix")
        func suffixedParameter() {
            let router = Self.makeRouter([
                "GET /v1/Account/:authID/Recording/:id/", "GET /v1/Account/:authID/Recording/:file.mp3",
                "GET /v1/Account/:authID/Recording/:file.wav",
            ])
            #expect(Self.respond(router, .get, "/v1/Account/A/Recording/r%201.mp3").1
                == "GET /v1/Account/:authID/Recording/:file.mp3|authID=A|file=r 1")
            #expect(Self.respond(router, .get, "/v1/Account/A/Recording/r1.wav").1
                == "GET /v1/Account/:authID/Recording/:file.wav|authID=A|file=r1")
            // A bare suffix has no stem, and another extension is no suffix of the table: both are plain ids.
            #expect(Self.respond(router, .get, "/v1/Account/A/Recording/.mp3/").1
                == "GET /v1/Account/:authID/Recording/:id/|authID=A|id=.mp3")
            #expect(Self.respond(router, .get, "/v1/Account/A/Recording/r1.ogg/").1
                == "GET /v1/Account/:authID/Recording/:id/|authID=A|id=r1.ogg")
            #expect(Self.respond(router, .get, "/v1/Account/A/Recording/r1/").1
                == "GET /v1/Account/:authID/Recording/:id/|authID=A|id=r1")
            #expect(router.routes.contains("GET /v1/Account/:authID/Recording/:file.wav"))
        }

        @Test("backtracks from a suffixed parameter into a plain one when its branch leads nowhere")
        func backtracksFromSuffixedParameter() {
            let router = Self.makeRouter(["GET /files/:file.txt", "GET /files/:id/raw"])
            #expect(Self.respond(router, .get, "/files/a.txt/raw").1 == "GET /files/:id/raw|id=a.txt")
            #expect(Self.respond(router, .get, "/files/a.txt").1 == "GET /files/:file.txt|file=a")
        }

        @Test("routes an absolute-form target by its path")
        func routesAbsoluteForm() {
            let router = Self.makeRouter(Self.plivo)
            let (status, body) = Self.respond(router, .post, "http://api.plivo.com/v1/Account/X/Application/")
            #expect(status == 200)
            #expect(body == "POST /v1/Account/:authID/Application/|authID=X")
        }

        @Test(
            "answers 404 with a JSON body when no route has the path",
            arguments: ["/", "/v1/Account/", "/v1/Account/A/Application/B/extra/", "/v2/Account/A/Application/"])
        func notFound(path: String) {
            let (status, body) = Self.respond(Self.makeRouter(Self.plivo), .get, path)
            #expect(status == 404)
            #expect(body == #"{"error":"not found"}"#)
        }

        @Test("answers 405 with Allow listing the methods of the path, HEAD included with GET")
        func methodNotAllowed() {
            let router = Self.makeRouter(Self.plivo)
            let request = HTTPRequest(method: .put, target: "/v1/Account/A/Application/B/")
            let response = router.respond(to: request, connection: Self.connection)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers["Allow"] == "DELETE, GET, POST, HEAD")
            #expect(response.headers["Content-Type"] == "application/json")
        }

        @Test("leaves HEAD out of Allow when the path has no GET")
        func allowWithoutGet() {
            let router = Self.makeRouter(["POST /hooks", "DELETE /hooks"])
            let response = router.respond(to: HTTPRequest(method: .get, target: "/hooks"), connection: Self.connection)
            #expect(response.status.code == 405)
            #expect(response.headers["Allow"] == "DELETE, POST")
        }

        @Test("serves HEAD with the GET route unless HEAD has its own")
        func headFallsBackToGet() {
            let router = Self.makeRouter(["GET /a", "GET /b", "HEAD /b"])
            #expect(Self.respond(router, .head, "/a").1 == "GET /a")
            #expect(Self.respond(router, .head, "/b").1 == "HEAD /b")
        }

        @Test("treats methods as case-sensitive tokens")
        func methodsAreCaseSensitive() {
            #expect(Self.respond(Self.makeRouter(["GET /a"]), HTTPMethod("get"), "/a").0 == 405)
        }

        @Test("lists every registered route")
        func listsRoutes() {
            #expect(Self.makeRouter(Self.plivo).routes == Self.plivo.sorted())
        }
    }
}
