import Testing
@testable import HTTPServerKit

extension ServerKit {
    @Suite("What is read of an unparsable request")
    struct HTTPRequestSalvageTests {
        static func salvage(_ raw: String) -> (String, String) {
            let request = Array(raw.utf8).withUnsafeBytes { HTTPRequestParser.salvage($0) }
            return (request.method.rawValue, request.target)
        }

        @Test(
            "keeps the method and target of a readable request line, and nothing unprintable",
            arguments: [
                ("POST /v1/Account/MA1/Application/ HTTP/1.1\r\nContent-Length: x\r\n\r\n", "POST", "/v1/Account/MA1/Application/"),
                ("\r\n\r\nGET /a?b=c HTTP/1.1\r\n", "GET", "/a?b=c"),
                ("GET http://api.plivo.com/v1/ HTTP/1.1\r\n", "GET", "http://api.plivo.com/v1/"),
                ("G(T /a HTTP/1.1\r\n", "-", "/a"),
                ("GET \u{1}/a HTTP/1.1\r\n", "GET", "*"),
                ("GET relative HTTP/1.1\r\n", "GET", "*"),
                ("", "-", "*"),
                ("\u{16}\u{3}\u{1}", "-", "*"),
            ])
        func salvagesRequestLine(raw: String, method: String, target: String) {
            #expect(Self.salvage(raw) == (method, target))
        }

        @Test("cuts an oversized target to a bounded length")
        func boundsTheTarget() {
            let long = "/" + String(repeating: "a", count: 10_000)
            let (_, target) = Self.salvage("GET \(long) HTTP/1.1\r\n")
            #expect(target.utf8.count == HTTPRequestParser.maxSalvagedTargetLength)
        }
    }
}
