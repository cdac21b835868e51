import Testing

@testable import PlivoXML

/// The bounds of `PlivoXMLLimits`, each checked before the reader builds more.
@Suite struct XMLReaderLimitsTests {
    /// `<Response><!-- padding --></Response>` exactly `size` bytes long.
    private func document(ofSize size: Int) -> String {
        let frame = "<Response><!--" + "--></Response>"
        return "<Response><!--" + String(repeating: "x", count: size - frame.utf8.count) + "--></Response>"
    }

    @Test("the default limits are the documented ones")
    func defaultsAreDocumented() {
        let limits = PlivoXMLLimits()
        #expect(limits.maxDocumentBytes == 100 * 1024)
        #expect(limits.maxDepth == 32)
        #expect(limits.maxElements == 10_000)
        #expect(limits.maxAttributesPerElement == 64)
        #expect(PlivoXMLOptions.default.limits == limits)
    }

    @Test("a document of exactly 100 KB is read; one byte more is refused")
    func boundsDocumentSize() {
        #expect(readTree(document(ofSize: 102_400)) == "Response")
        #expect(readError(document(ofSize: 102_401)) == PlivoXMLError(
            kind: .limitExceeded, path: "", line: 1, column: 1, message: "the document is 102401 bytes; the limit is 102400"))
    }

    @Test("nesting deeper than maxDepth is refused at the element that goes too deep")
    func boundsDepth() {
        var limits = PlivoXMLLimits()
        limits.maxDepth = 3
        #expect(readTree("<a><b><c/></b></a>", limits: limits) == "a{b{c}}")
        #expect(readTree("<a><b><c><d/></c></b></a>", limits: limits)
            == "error: (line 1, column 10): <d> is nested 4 deep; the limit is 3")
    }

    @Test("the default depth refuses a 33rd level")
    func defaultDepth() {
        let xml = String(repeating: "<a>", count: 33) + String(repeating: "</a>", count: 33)
        #expect(readError(xml)?.kind == .limitExceeded)
    }

    @Test("more elements than maxElements are refused")
    func boundsElementCount() {
        var limits = PlivoXMLLimits()
        limits.maxElements = 3
        #expect(readTree("<a><b/><c/></a>", limits: limits) == "a{b,c}")
        #expect(readTree("<a><b/><c/><d/></a>", limits: limits)
            == "error: (line 1, column 12): the document has more than 3 elements")
    }

    @Test("more attributes than maxAttributesPerElement are refused")
    func boundsAttributeCount() {
        var limits = PlivoXMLLimits()
        limits.maxAttributesPerElement = 2
        #expect(readTree("<a x=\"1\" y=\"2\"/>", limits: limits) == "a(x=1,y=2)")
        #expect(readTree("<a x=\"1\" y=\"2\" z=\"3\"/>", limits: limits)
            == "error: (line 1, column 16): <a> has more than 2 attributes")
    }
}
