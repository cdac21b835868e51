import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// The hand-written JSON is valid JSON, keeps key order, and escapes what RFC 8259 requires.
@Suite struct JSONWriterTests {
    @Test("Writes members in order with escapes")
    func writesMembersInOrderWithEscapes() throws {
        var json = JSONWriter()
        json.object { object in
            object.member("b", "plain")
            object.member("a", "quote \" backslash \\ newline \n tab \t bell \u{07} é 😀")
            object.member("n", nil as String?)
            object.member("t", true)
            object.member("i", 42)
            object.key("list")
            object.array { array in
                array.value("x")
                array.value(false)
            }
        }
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text == #"{"b":"plain","a":"quote \" backslash \\ newline \n tab \t bell \u0007 é 😀","n":null,"t":true,"i":42,"list":["x",false]}"#)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(decoded["a"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{07} é 😀")
    }
}
