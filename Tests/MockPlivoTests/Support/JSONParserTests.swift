import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// The request-body JSON parser agrees with `JSONDecoder` on valid input and refuses what RFC 8259 refuses.
@Suite struct JSONParserTests {
    @Test("Agrees with JSONDecoder", arguments: [
        #"{"app_name":"a","answer_url":"http://x.com/a?b=1","default_number_app":true,"n":1,"f":-1.5e2,"z":null}"#,
        #"{"nested":{"a":[1,2,{"b":false}]},"empty":{},"list":[]}"#,
        #"{"escaped":"quote \" backslash \\ slash \/ tab \t newline \n unicode \u00e9 \ud83d\ude00"}"#,
        #"  {"spaced" : [ 1 , 2 ] }  "#,
        #"[true,false,null,"x",0,10,0.5]"#,
    ])
    func agreesWithJSONDecoder(text: String) throws {
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
    }

    @Test("Refuses invalid JSON", arguments: [
        "", "{", #"{"a":}"#, #"{"a":1,}"#, "[1,]", "{a:1}", #"{"a":01}"#, #"{"a":+1}"#, #"{"a":1.}"#, #"{"a":.5}"#,
        #"{"a":tru}"#, #""unterminated"#, "\"control\u{01}\"", #""\x""#, #""\ud83d""#, "{} {}", "nul",
    ])
    func refusesInvalidJSON(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test("Refuses nesting deeper than sixty-four")

    func refusesNestingDeeperThanSixtyFour() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array(deep.utf8)) }
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONParser.parse(Array(allowed.utf8)) }
    }
}
