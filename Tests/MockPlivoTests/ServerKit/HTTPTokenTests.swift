import Testing
@testable import HTTPServerKit

extension ServerKit {
    @Suite("Tokens, lists and whitespace in field values")
    struct HTTPTokenTests {
        @Test("recognises exactly RFC 9110's tchar bytes")
        func tokenBytesMatchTheRFC() {
            let tchar = Set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
            for byte in UInt8.min...UInt8.max {
                #expect(HTTPRequestParser.isTokenByte(byte) == tchar.contains(byte), "byte \(byte)")
            }
        }

        struct ListCase: Sendable, CustomTestStringConvertible {
            var value: String
            var token: String
            var contains: Bool
            var testDescription: String { "\(value.debugDescription) has \(token): \(contains)" }
        }

        static let lists = [
            ListCase(value: "close", token: "close", contains: true),
            ListCase(value: "Keep-Alive, Upgrade", token: "keep-alive", contains: true),
            ListCase(value: "upgrade ,\t CLOSE \t", token: "close", contains: true),
            ListCase(value: "a,,close", token: "close", contains: true),
            ListCase(value: "closed, enclose", token: "close", contains: false),
            ListCase(value: "", token: "close", contains: false),
            ListCase(value: ",", token: "", contains: false),
            ListCase(value: "a, ,b", token: "", contains: true),
            ListCase(value: "cl\u{C5}se", token: "cl\u{E5}se", contains: false),
        ]

        @Test("finds a token in a comma-separated list, ignoring case and whitespace", arguments: lists)
        func findsTokensInLists(_ row: ListCase) {
            #expect(row.value.listContains(row.token) == row.contains)
            let headers: HTTPHeaders = ["Other": row.token, "Connection": row.value]
            #expect(headers.hasToken(row.token, in: "connection") == row.contains)
        }

        @Test(
            "trims spaces and tabs at both ends only",
            arguments: [(" \t a b \t", "a b"), ("", ""), (" \t ", ""), ("é ", "é"), (" \u{301}x", "\u{301}x")])
        func trimsWhitespace(text: String, trimmed: String) {
            #expect(text.trimmingASCIIWhitespace() == trimmed)
        }

        @Test("compares names ignoring ASCII case only")
        func comparesIgnoringASCIICase() {
            #expect("Content-Length".isEqualIgnoringASCIICase("content-length"))
            #expect(!"Content-Length".isEqualIgnoringASCIICase("Content-Type"))
            #expect(!"@".isEqualIgnoringASCIICase("`"), "0x40 and 0x60 differ only in the case bit")
            #expect(!"ab".isEqualIgnoringASCIICase("abc"))
            #expect("".isEqualIgnoringASCIICase(""))
        }

        @Test(
            "reads a plain Content-Length only; anything else is left to the general rules",
            arguments: [("0", 0), ("42", 42), ("007", 7), ("999999999999999999", 999_999_999_999_999_999)]
                as [(String, Int)])
        func readsPlainDecimals(text: String, value: Int) {
            #expect(HTTPRequestParser.plainDecimal(text) == value)
        }

        @Test(
            "refuses what is not 1 to 18 plain digits",
            arguments: ["", "+3", "-1", "3 ", "3,3", "1e3", "٣", "1234567890123456789"])
        func refusesOtherDecimals(text: String) {
            #expect(HTTPRequestParser.plainDecimal(text) == nil)
        }
    }
}
