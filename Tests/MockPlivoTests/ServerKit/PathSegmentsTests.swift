import Testing
@testable import HTTPServerKit

extension ServerKit {
    @Suite("Path segments")
    struct PathSegmentsTests {
        static func segments(_ path: String) -> [String] {
            var path = path
            return path.withUTF8 { bytes in
                let walker = PathSegments(bytes)
                return walker.map { String(decoding: walker[$0], as: UTF8.self) }
            }
        }

        @Test(
            "splits a path into its non-empty segments",
            arguments: [
                ("/", []), ("", []), ("//", []), ("/a", ["a"]), ("a/b", ["a", "b"]), ("/a//b/", ["a", "b"]),
                ("/v1/Account/MA%20X/", ["v1", "Account", "MA%20X"]), ("/é/ü", ["é", "ü"]),
            ])
        func splitsPaths(path: String, expected: [String]) {
            #expect(Self.segments(path) == expected)
        }

        @Test("matches literal segments byte for byte")
        func matchesLiteralsByBytes() {
            let router = HTTPRouter(logError: { _ in }) { routes in
                routes.add("GET /Kelvin/caf\u{E9}") { _, _ in HTTPResponse(status: .ok) }
            }
            let code = { (target: String) in
                router.respond(to: HTTPRequest(method: .get, target: target), connection: .init(remoteAddress: "x"))
                    .status.code
            }
            #expect(code("/Kelvin/caf\u{E9}") == 200)
            #expect(code("/Kelvin/caf%C3%A9") == 404, "literals are compared as sent, not percent-decoded")
            #expect(code("/\u{212A}elvin/caf\u{E9}") == 404, "KELVIN SIGN is canonically K, but not the same bytes")
            #expect(code("/Kelvin/cafe\u{301}") == 404, "nor is a decomposed é")
        }
    }
}
