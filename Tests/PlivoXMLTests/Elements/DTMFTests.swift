import Testing

@testable import PlivoXML

@Suite struct DTMFTests {
    @Test("DTMF reads its digits and is asynchronous by default")
    func defaults() throws {
        let dtmf = try single(DTMF.self, "<DTMF> 12wW*# </DTMF>")
        #expect(dtmf.digits == "12wW*#")
        #expect(dtmf.async == true)
    }

    @Test("async false is read")
    func readsAsync() throws {
        #expect(try single(DTMF.self, "<DTMF async=\"false\">1</DTMF>").async == false)
    }

    @Test("Node's digits attribute is read when there is no text, and the text wins when there is")
    func readsDigitsAttribute() throws {
        #expect(try single(DTMF.self, "<DTMF digits=\"123\"/>").digits == "123")
        #expect(try single(DTMF.self, "<DTMF digits=\"123\">456</DTMF>").digits == "456")
    }

    @Test("DTMF needs keys, w or W", arguments: [
        ("<DTMF/>", "DTMF: needs the digits to send as its text"),
        ("<DTMF>12a</DTMF>", #"DTMF: text must be keys from 0-9, * and #, with w or W for pauses, got "12a""#),
        ("<DTMF digits=\"x\"/>", #"DTMF: attribute digits must be keys from 0-9, * and #, with w or W for pauses, got "x""#),
        ("<DTMF async=\"1\">1</DTMF>", #"DTMF: attribute async must be true or false, got "1""#),
    ])
    func refusesBadDigits(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }
}
