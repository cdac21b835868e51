import Testing

@testable import PlivoXML

/// Documents the reader refuses, each with the error's kind, place and words.
@Suite struct XMLReaderMalformedTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let xml: String
        let kind: PlivoXMLError.Kind
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { xml.debugDescription }

        init(_ xml: String, _ line: Int, _ column: Int, _ message: String, kind: PlivoXMLError.Kind = .malformedXML) {
            self.xml = xml
            self.kind = kind
            self.line = line
            self.column = column
            self.message = message
        }
    }

    @Test("a malformed document is refused with one error at the right place", arguments: [
        Case("", 1, 1, "the document has no root element"),
        Case("  \n ", 2, 2, "the document has no root element"),
        Case("OK", 1, 1, "expected the root element, found \"O\""),
        Case(#"{"Response": []}"#, 1, 1, "expected the root element, found \"{\""),
        Case("<1Response/>", 1, 1, "expected the root element, found \"<\""),
        Case("<Response>", 1, 11, "the document ends inside <Response> (opened at line 1, column 1)"),
        Case("<Response><Speak>Hi</Response>", 1, 20,
             "end tag </Response> does not match <Speak> (opened at line 1, column 11)"),
        Case("<Response>\n  <Speak>\n</Response>", 3, 1,
             "end tag </Response> does not match <Speak> (opened at line 2, column 3)"),
        Case("<Response></response>", 1, 11, "end tag </response> does not match <Response> (opened at line 1, column 1)"),
        Case("<Response><Speak>Hi</Speak", 1, 27, "expected \">\" to close </Speak>"),
        Case("<Response", 1, 10, "the document ends inside the start tag of <Response>"),
        Case("<Response / >", 1, 12, "expected \">\" after \"/\" in <Response>"),
        Case("<Response a=\"1\" a=\"2\"/>", 1, 17, "attribute a appears twice on <Response>"),
        Case("<Response a=1/>", 1, 13, "the value of attribute a of <Response> must be in quotes"),
        Case("<Response a/>", 1, 12, "attribute a of <Response> has no value (expected \"=\")"),
        Case("<Response a=\"1\"b=\"2\"/>", 1, 16, "attributes of <Response> must be separated by whitespace"),
        Case("<Response a=\"<\"/>", 1, 14, "\"<\" is not allowed in an attribute value; write &lt;"),
        Case("<Response x=\"1", 1, 15, "the document ends inside an attribute value"),
        Case("<Response ?>", 1, 11, "unexpected \"?\" in the start tag of <Response>"),
        Case("<Response>Tom & Jerry</Response>", 1, 15, "\"&\" must start an entity or character reference; write &amp; for a literal \"&\""),
        Case("<Response a=\"Q&A\"/>", 1, 15, "the reference &A must end with \";\"; write &amp; for a literal \"&\""),
        Case("<Response>&nbsp;</Response>", 1, 11,
             "undeclared entity &nbsp; (only amp, lt, gt, apos, quot and character references are defined)"),
        Case("<Response>&amp</Response>", 1, 11, "the reference &amp must end with \";\"; write &amp; for a literal \"&\""),
        Case("<Response>&#0;</Response>", 1, 11, "&#0; does not refer to a character allowed in XML"),
        Case("<Response>&#xD800;</Response>", 1, 11, "&#xD800; does not refer to a character allowed in XML"),
        Case("<Response>&#12a;</Response>", 1, 11, "&#12a; does not refer to a character allowed in XML"),
        Case("<Response>&#x;</Response>", 1, 11, "&#x; does not refer to a character allowed in XML"),
        Case("<Response>&#65</Response>", 1, 11, "a character reference must end with \";\""),
        Case("<Response/>text", 1, 12, "only comments and processing instructions may follow the root element, found \"t\""),
        Case("<Response/>\n<Response/>", 2, 1, "only one root element is allowed, found a second one after </Response>"),
        Case("<Response>]]></Response>", 1, 11, "\"]]>\" is not allowed in text (XML 1.0 §2.4)"),
        Case("<Response><!-- a -- b --></Response>", 1, 18, "\"--\" is not allowed inside a comment"),
        Case("<Response><!-- open</Response>", 1, 31, "the comment opened at line 1, column 11 is not closed with \"-->\""),
        Case("<Response><![CDATA[x</Response>", 1, 32, "the CDATA section opened at line 1, column 11 is not closed with \"]]>\""),
        Case("<Response><?pi never closed</Response>", 1, 39,
             "the processing instruction opened at line 1, column 11 is not closed with \"?>\""),
        Case("<Response><?xml version=\"1.0\"?></Response>", 1, 11, "the XML declaration is only allowed at the very start of the document"),
        Case(" <?xml version=\"1.0\"?><Response/>", 1, 2, "the XML declaration is only allowed at the very start of the document"),
        Case("<?xml encoding=\"UTF-8\"?><Response/>", 1, 7,
             "unexpected encoding in the XML declaration (expected, in order: version, encoding, standalone)"),
        Case("<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?><Response/>", 1, 38,
             "unexpected encoding in the XML declaration (expected, in order: version, encoding, standalone)"),
        Case("<?xml version=\"2.0\"?><Response/>", 1, 7, "XML version \"2.0\" is not 1.x"),
        Case("<?xml version=\"1.0\" standalone=\"maybe\"?><Response/>", 1, 21, "standalone must be \"yes\" or \"no\", got \"maybe\""),
        Case("<?xml?><Response/>", 1, 1, "the XML declaration has no version"),
        Case("<?xml version=\"1.0\"encoding=\"UTF-8\"?><Response/>", 1, 20, "expected whitespace in the XML declaration, found \"e\""),
        Case("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Response/>", 1, 21,
             "the document declares encoding \"ISO-8859-1\"; Plivo XML is read as UTF-8", kind: .invalidEncoding),
        Case("<Response/><!DOCTYPE Response>", 1, 12, "a DOCTYPE must come before the root element"),
        Case("<!DOCTYPE Response><!DOCTYPE Response><Response/>", 1, 20, "only one DOCTYPE is allowed"),
        Case("<!DOCTYPE Response [<!ENTITY a \"b\">]><Response>&a;</Response>", 1, 20,
             "DOCTYPE internal subsets are refused: entity declarations are not supported", kind: .doctypeRefused),
        Case("<!DOCTYPE Response SYSTEM \"x\" [ ]><Response/>", 1, 31,
             "DOCTYPE internal subsets are refused: entity declarations are not supported", kind: .doctypeRefused),
        Case("<!DOCTYPE Response SYSTEM><Response/>", 1, 26, "expected whitespace after SYSTEM"),
        Case("<Response><!ELEMENT x ANY></Response>", 1, 11, "markup declarations are only allowed in a DOCTYPE"),
        Case("<Response><!DOCTYPE Response></Response>", 1, 11, "markup declarations are only allowed in a DOCTYPE"),
        Case("<Response>\u{1}</Response>", 1, 11, "character U+0001 is not allowed in XML"),
        Case("<Response>\n\u{FFFF}</Response>", 2, 1, "character U+FFFF is not allowed in XML"),
    ])
    func refusesMalformedDocuments(_ example: Case) {
        #expect(readError(example.xml) == PlivoXMLError(kind: example.kind, path: "", line: example.line,
                                                        column: example.column, message: example.message))
    }

    /// The classic "billion laughs" document: ten entities each expanding ten times the last.
    @Test("an entity expansion attack is refused before any entity is declared")
    func refusesBillionLaughs() {
        var declarations = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE Response [\(declarations)]><Response><Speak>&lol9;</Speak></Response>"
        #expect(readError(xml)?.kind == .doctypeRefused)
    }
}
