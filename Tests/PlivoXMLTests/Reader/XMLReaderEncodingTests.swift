import Testing

@testable import PlivoXML

/// Bytes that are not UTF-8 XML.
@Suite struct XMLReaderEncodingTests {
    @Test("bytes that are not UTF-8 are refused at the line and column where they stand")
    func refusesInvalidUTF8() {
        let bytes = Array("<Response>\n<Speak>é".utf8) + [0xFF] + Array("</Speak></Response>".utf8)
        #expect(readError(bytes) == PlivoXMLError(kind: .invalidEncoding, path: "", line: 2, column: 9,
                                                 message: "the document is not valid UTF-8"))
    }

    @Test("overlong forms and encoded surrogates are not UTF-8", arguments: [
        [0xC0, 0xBC] as [UInt8],  // "<" in two bytes
        [0xED, 0xA0, 0x80],  // U+D800
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // cut short
    ])
    func refusesNonShortestForms(_ sequence: [UInt8]) {
        let bytes = Array("<Response>".utf8) + sequence + Array("</Response>".utf8)
        #expect(readError(bytes)?.kind == .invalidEncoding)
    }

    @Test("a UTF-16 document is refused by name", arguments: [[0xFE, 0xFF] as [UInt8], [0xFF, 0xFE]])
    func refusesUTF16(_ byteOrderMark: [UInt8]) {
        let bytes = byteOrderMark + Array("<Response/>".utf8).flatMap { [0, $0] }
        #expect(readError(bytes) == PlivoXMLError(kind: .invalidEncoding, path: "", line: 1, column: 1,
                                                 message: "the document is UTF-16; Plivo XML is read as UTF-8"))
    }

    @Test("columns count characters, not bytes")
    func countsColumnsInScalars() {
        #expect(readError("<Response>ééé & </Response>")?.column == 15)
    }

    @Test("a carriage return and line feed count as one line break")
    func countsCRLFAsOneLine() {
        #expect(readError("<Response>\r\n\r\n<Speak>\r\n</Response>")?.line == 4)
    }
}
