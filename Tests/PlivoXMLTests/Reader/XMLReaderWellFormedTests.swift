import Testing

@testable import PlivoXML

/// Documents the reader accepts, and the tree it builds from each.
@Suite struct XMLReaderWellFormedTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let xml: String
        let tree: String
        var testDescription: String { xml.debugDescription }
    }

    @Test("a well-formed document becomes the expected tree", arguments: [
        Case(xml: "<Response/>", tree: "Response"),
        Case(xml: "<Response></Response>", tree: "Response"),
        Case(xml: "<Response ></Response  >", tree: "Response"),
        Case(xml: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response/>\n", tree: "Response"),
        Case(xml: "<?xml version='1.0' encoding='utf-8' standalone='yes' ?><Response/>", tree: "Response"),
        Case(xml: "<?xml version=\"1.1\"?><Response/>", tree: "Response"),
        Case(xml: "<!-- a --><Response><!-- b -->x<!-- c -->y</Response><!-- d -->", tree: #"Response{"xy"}"#),
        Case(xml: "<?xml-stylesheet href=\"a.xsl\"?><Response><?engine go?></Response><?after?>", tree: "Response"),
        Case(xml: "<!DOCTYPE Response><Response/>", tree: "Response"),
        Case(xml: "<!DOCTYPE Response SYSTEM \"r.dtd\"><Response/>", tree: "Response"),
        Case(xml: "<!DOCTYPE Response PUBLIC \"-//Plivo//EN\" 'r.dtd' ><Response/>", tree: "Response"),
        Case(xml: "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE Response>\n<Response/>", tree: "Response"),
        Case(xml: "<Response a = \"1\" b='2'/>", tree: "Response(a=1,b=2)"),
        Case(xml: "<R a=\"it's\" b='say \"hi\"'/>", tree: "R(a=it's,b=say \"hi\")"),
        Case(xml: "<R a=\"&lt;&amp;&gt;&quot;&apos;\">&lt;&amp;&gt;&quot;&apos;</R>", tree: #"R(a=<&>"'){"<&>\"\'"}"#),
        Case(xml: "<R>&#65;&#x42;&#x62;&#x1F600;</R>", tree: #"R{"ABb😀"}"#),
        Case(xml: "<R><![CDATA[<Speak> & ]]]></R>", tree: #"R{"<Speak> & ]"}"#),
        Case(xml: "<R>a<![CDATA[b]]>c</R>", tree: #"R{"abc"}"#),
        Case(xml: "<R a=\"x\ty\nz\"/>", tree: "R(a=x y z)"),
        Case(xml: "<R a=\"a&#10;b&#9;c\"/>", tree: "R(a=a\nb\tc)"),
        Case(xml: "<R>a\r\nb\rc\nd</R>", tree: #"R{"a\nb\nc\nd"}"#),
        Case(xml: "<Speak>Hi <break time=\"1s\"/> there</Speak>", tree: #"Speak{"Hi ",break(time=1s)," there"}"#),
        Case(xml: "<say-as xml:lang=\"it\" a.b=\"1\" _c=\"2\" d-9=\"3\"/>", tree: "say-as(xml:lang=it,a.b=1,_c=2,d-9=3)"),
        Case(xml: "<Réponse clé=\"é\">ü</Réponse>", tree: #"Réponse(clé=é){"ü"}"#),
        Case(xml: "<A><B><C/></B><B/></A>", tree: "A{B{C},B}"),
        Case(xml: "<R>\n  <A/>\n</R>", tree: #"R{"\n  ",A,"\n"}"#),
        Case(xml: "<R>a]b]]c</R>", tree: #"R{"a]b]]c"}"#),
    ])
    func readsWellFormedDocuments(_ example: Case) {
        #expect(readTree(example.xml) == example.tree)
    }

    @Test("a UTF-8 byte order mark before the document is skipped")
    func skipsByteOrderMark() {
        #expect(readTree([0xEF, 0xBB, 0xBF] + Array("<Response/>".utf8)) == "Response")
        #expect(readTree([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\"?><Response/>".utf8)) == "Response")
    }

    @Test("attributes keep the order they were written in")
    func keepsAttributeOrder() throws {
        let root = try XMLReader.read(Array("<R z=\"1\" a=\"2\" m=\"3\"/>".utf8))
        #expect(root.attributes.map(\.name) == ["z", "a", "m"])
    }

    @Test("elements and attributes know the line and column where they start")
    func recordsPositions() throws {
        let root = try XMLReader.read(Array("<?xml version=\"1.0\"?>\n<Response>\n  <Speak\n    voice=\"MAN\">é</Speak><Wait/>\n</Response>".utf8))
        #expect(root.position == SourcePosition(line: 2, column: 1))
        let speak = root.elements[0]
        #expect(speak.position == SourcePosition(line: 3, column: 3))
        #expect(speak.attributes[0].position == SourcePosition(line: 4, column: 5))
        #expect(root.elements[1].position == SourcePosition(line: 4, column: 26))
    }

    @Test("a document nested far deeper than the call stack could recurse is read when the limits allow it")
    func readsDeepNestingWithoutRecursion() throws {
        var limits = PlivoXMLLimits()
        limits.maxDepth = 50_000
        limits.maxElements = 50_000
        limits.maxDocumentBytes = 1_000_000
        let depth = 40_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        var element = try XMLReader.read(Array(xml.utf8), limits: limits)
        var levels = 1
        while let child = element.elements.first {
            element = child
            levels += 1
        }
        #expect(levels == depth)
    }
}
