import Testing
@testable import HTTPServerKit

extension ServerKit {
    @Suite("Form and percent-encoding helpers")
    struct FormURLEncodingTests {
        @Test(
            "percent-decodes escapes, keeps malformed ones literally and plus signs unless asked",
            arguments: [
                ("a%20b", false, "a b"),
                ("a+b", false, "a+b"),
                ("a+b", true, "a b"),
                ("S%C3%A3o%2fPaulo", false, "São/Paulo"),
                ("100%", false, "100%"),
                ("%zz%4", false, "%zz%4"),
                ("%41%42%43", false, "ABC"),
                ("", false, ""),
            ])
        func percentDecodes(encoded: String, plusAsSpace: Bool, decoded: String) {
            #expect(FormURLEncoding.percentDecode(encoded, plusAsSpace: plusAsSpace) == decoded)
            #expect(FormURLEncoding.percentDecode(bytes: Array(encoded.utf8), plusAsSpace: plusAsSpace) == decoded)
        }

        @Test("percent-encodes everything but RFC 3986 unreserved characters")
        func percentEncodes() {
            #expect(FormURLEncoding.percentEncode("Az09-._~") == "Az09-._~")
            #expect(FormURLEncoding.percentEncode("a b&c=d/é+") == "a%20b%26c%3Dd%2F%C3%A9%2B")
        }

        @Test("round-trips any text through encode and decode")
        func roundTrips() {
            for text in ["", "plain", "spaces and + plus", "100% & =", "ünïcødé ☎", "a/b?c#d"] {
                #expect(FormURLEncoding.percentDecode(FormURLEncoding.percentEncode(text)) == text)
            }
        }

        @Test("decodes a form body into ordered pairs, duplicates and empty values kept")
        func decodesForm() {
            let pairs = FormURLEncoding.decode("answer_url=http%3A%2F%2Fx.test%2Fa&app_name=My+App&&flag&app_name=")
            #expect(pairs.map(\.name) == ["answer_url", "app_name", "flag", "app_name"])
            #expect(pairs.map(\.value) == ["http://x.test/a", "My App", "", ""])
        }

        @Test("keeps an equals sign inside a value")
        func keepsEqualsInValue() {
            let pairs = FormURLEncoding.decode("token=a=b==")
            #expect(pairs.map(\.value) == ["a=b=="])
        }

        @Test("encodes pairs so that decoding gives them back")
        func encodesForm() {
            let pairs = [("app name", "a&b"), ("x", "")]
            let body = FormURLEncoding.encode(pairs)
            #expect(body == "app%20name=a%26b&x=")
            #expect(FormURLEncoding.decode(body).map { [$0.name, $0.value] } == [["app name", "a&b"], ["x", ""]])
        }
    }
}
