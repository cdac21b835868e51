import Testing

@testable import PlivoXML

/// What an error says about where it is, and that one pass finds them all.
@Suite struct ErrorReportingTests {
    @Test("every error in the document is listed, in document order")
    func listsAllErrors() {
        let found = errors("""
            <Response>
              <GetDigits numDigits="abc" timeout="0">
                <Speak loop="x">Hi</Speak>
              </GetDigits>
              <Wait length="-1"/>
              <Say>Hello</Say>
              <Dial/>
            </Response>
            """)
        #expect(found.map(\.message) == [
            #"GetDigits: attribute numDigits must be an integer of at least 1, got "abc""#,
            #"GetDigits: attribute timeout must be an integer of at least 1, got "0""#,
            #"Speak: attribute loop must be an integer of at least 0, got "x""#,
            #"Wait: attribute length must be an integer of at least 1, got "-1""#,
            "Say: not a Plivo XML element",
            "Dial: needs at least one Number or User to ring",
        ])
        #expect(found.map(\.line) == [2, 2, 3, 5, 6, 7])
    }

    @Test("an attribute error points at the attribute and names it")
    func pointsAtAttributes() {
        let found = errors("<Response>\n  <GetDigits\n      numDigits=\"abc\"/>\n</Response>")
        #expect(found == [PlivoXMLError(
            kind: .invalidAttributeValue, path: "Response/GetDigits", attribute: "numDigits", line: 3, column: 7,
            message: #"GetDigits: attribute numDigits must be an integer of at least 1, got "abc""#)])
    }

    @Test("paths count same-named siblings from 1, and only when there are several")
    func numbersSiblingsInPaths() {
        let found = errors("""
            <Response><GetDigits/><GetDigits><Speak>a</Speak><Speak loop="x">b</Speak></GetDigits>\
            <Wait/><GetDigits><Play>nope</Play></GetDigits></Response>
            """)
        #expect(found.map(\.path) == ["Response/GetDigits[2]/Speak[2]", "Response/GetDigits[3]/Play"])
    }

    @Test("children of a text-only element are numbered in their paths too")
    func numbersRefusedChildren() {
        #expect(errors("<Response><Play>https://e.com/a.mp3<Wait/><Wait/></Play></Response>").map(\.path)
            == ["Response/Play/Wait[1]", "Response/Play/Wait[2]"])
    }

    @Test("the description puts path, place and message on one line")
    func describesErrors() {
        let error = PlivoXMLError(kind: .invalidAttributeValue, path: "Response/GetDigits[2]", attribute: "numDigits",
                                  line: 4, column: 15, message: #"GetDigits: attribute numDigits must be an integer of at least 1, got "abc""#)
        #expect(error.description
            == #"Response/GetDigits[2] (line 4, column 15): GetDigits: attribute numDigits must be an integer of at least 1, got "abc""#)
        let early = PlivoXMLError(kind: .malformedXML, path: "", line: 1, column: 1, message: "the document has no root element")
        #expect(early.description == "(line 1, column 1): the document has no root element")
        #expect(PlivoXMLErrors(errors: [early, error]).description == early.description + "\n" + error.description)
    }

    @Test("a refused document still carries its warnings")
    func keepsWarningsOnFailure() {
        guard case .failure(let problems) = PlivoXMLParser.parse("<Response><Wait lenght=\"2\"/><Dial/></Response>") else {
            Issue.record("the document was accepted")
            return
        }
        #expect(problems.errors.map(\.kind) == [.missingChild])
        #expect(problems.warnings.map(\.message) == ["Wait: unknown attribute lenght"])
    }

    @Test("one bad attribute value does not hide the next element's")
    func keepsGoingAfterErrors() {
        #expect(messages("<Play loop=\"x\">bad</Play><Play loop=\"y\">https://e.com/a.mp3</Play>").count == 3)
    }
}
