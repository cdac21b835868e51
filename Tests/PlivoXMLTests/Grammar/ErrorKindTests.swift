import Testing

@testable import PlivoXML

/// One document for every kind of error, so each kind is known to be reachable.
@Suite struct ErrorKindTests {
    static let examples: [(PlivoXMLError.Kind, String)] = [
        (.limitExceeded, String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)),
        (.invalidEncoding, "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><Response/>"),
        (.malformedXML, "<Response><Speak>Hi</Response>"),
        (.doctypeRefused, "<!DOCTYPE Response [<!ENTITY x \"y\">]><Response/>"),
        (.wrongRoot, "<Say>Hi</Say>"),
        (.unknownElement, "<Response><Gather/></Response>"),
        (.unsupportedElement, "<Response><MultiPartyCall role=\"Agent\">room</MultiPartyCall></Response>"),
        (.misplacedElement, "<Response><GetDigits><Dial><Number>1</Number></Dial></GetDigits></Response>"),
        (.unknownAttribute, "<Response><PreAnswer x=\"1\"/></Response>"),
        (.missingAttribute, "<Response><GetInput/></Response>"),
        (.invalidAttributeValue, "<Response><Redirect method=\"DELETE\">https://e.com/x</Redirect></Response>"),
        (.conflictingAttributes, "<Response><Stream bidirectional=\"true\" audioTrack=\"outbound\">wss://e.com/s</Stream></Response>"),
        (.missingText, "<Response><Play/></Response>"),
        (.invalidText, "<Response><Dial><Number>1-800-FLOWERS</Number></Dial></Response>"),
        (.unexpectedText, "<Response><Record>now</Record></Response>"),
        (.missingChild, "<Response><Dial/></Response>"),
    ]

    @Test("each kind of error has an example here")
    func coversEveryKind() {
        #expect(Set(Self.examples.map(\.0)) == Set(PlivoXMLError.Kind.allCases))
        #expect(Self.examples.count == PlivoXMLError.Kind.allCases.count)
    }

    @Test("each example is refused with exactly its kind", arguments: examples)
    func reachesKind(kind: PlivoXMLError.Kind, xml: String) {
        #expect(errors(xml).map(\.kind) == [kind])
    }
}
