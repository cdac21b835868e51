import Testing

@testable import PlivoXML

/// The root of a Plivo document and what may stand in it.
@Suite struct DocumentTests {
    @Test("an empty Response is a valid document with no verbs")
    func acceptsEmptyResponse() throws {
        #expect(try parsed("<Response/>") == PlivoDocument(verbs: []))
        #expect(try parsed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n</Response>\n").verbs == [])
    }

    @Test("verbs are kept in document order")
    func keepsOrder() throws {
        let document = try parsed("""
            <Response>
              <Speak>Hello</Speak>
              <Wait length="2"/>
              <Record action="https://example.com/r"/>
              <Hangup/>
            </Response>
            """)
        #expect(document.verbs.map(\.name) == ["Speak", "Wait", "Record", "Hangup"])
    }

    @Test("any other root element is refused", arguments: ["<response/>", "<Responses/>", "<html><body/></html>", "<Speak>Hi</Speak>"])
    func refusesOtherRoots(xml: String) {
        let found = errors(xml)
        #expect(found.map(\.kind) == [.wrongRoot])
        #expect(found.first?.message.hasPrefix("the root element must be <Response>, got <") == true)
        #expect(found.first?.line == 1 && found.first?.column == 1)
    }

    @Test("text directly inside Response is refused")
    func refusesText() {
        let found = errors("<Response>Hello<Hangup/></Response>")
        #expect(found == [PlivoXMLError(kind: .unexpectedText, path: "Response", line: 1, column: 1,
                                        message: #"Response: takes no text, got "Hello""#)])
    }

    @Test("MultiPartyCall is recognised and refused as unsupported, without complaints about its attributes")
    func refusesMultiPartyCall() {
        let result = PlivoXMLParser.parse(#"<Response><MultiPartyCall role="Agent" maxDuration="1000">Nairobi</MultiPartyCall></Response>"#)
        guard case .failure(let problems) = result else {
            Issue.record("MultiPartyCall was accepted")
            return
        }
        #expect(problems.errors == [PlivoXMLError(
            kind: .unsupportedElement, path: "Response/MultiPartyCall", line: 1, column: 11,
            message: "MultiPartyCall: not supported by MockPlivo: multi-party calls are a separate Plivo product the mock does not simulate")])
        #expect(problems.warnings == [])
    }

    @Test("an attribute on Response is a warning")
    func warnsOnResponseAttributes() throws {
        let document = try parsed("<Response xmlns=\"urn:x\"><Hangup/></Response>")
        #expect(document.warnings.map(\.message) == ["Response: unknown attribute xmlns"])
    }

    @Test("elements from other platforms and Plivo's old engine are unknown", arguments: ["Say", "Gather", "Pause", "Reject", "Notify", "SIPTransfer", "GetSpeech"])
    func refusesForeignElements(name: String) {
        let found = errors("<Response><\(name)/></Response>")
        #expect(found.map(\.kind) == [.unknownElement])
        #expect(found.map(\.message) == ["\(name): not a Plivo XML element"])
    }

    @Test("a lower-case verb is unknown, with a hint")
    func hintsAtCase() {
        #expect(messages("<speak>Hi</speak>") == ["speak: not a Plivo XML element (did you mean Speak?)"])
    }

    @Test("the byte and string entry points agree")
    func entryPointsAgree() {
        let xml = "<Response><Speak>Grüße</Speak></Response>"
        #expect(PlivoXMLParser.parse(xml) == PlivoXMLParser.parse(Array(xml.utf8)))
    }

    @Test("a reader error reaches the caller as the only error")
    func passesReaderErrors() {
        #expect(errors("<Response><Speak>Tom & Jerry</Speak></Response>").map(\.kind) == [.malformedXML])
    }

    @Test("verb names are Plivo's element names")
    func verbNames() throws {
        let document = try parsed("""
            <Response><Speak>a</Speak><Play>https://e.com/a.mp3</Play><Wait/><PreAnswer/><DTMF>1</DTMF>\
            <Message src="1" dst="2">m</Message><GetDigits/><GetInput action="https://e.com/i"/><Record/>\
            <Dial><Number>1</Number></Dial><Conference>room</Conference><Stream>wss://e.com/s</Stream>\
            <Redirect>https://e.com/next</Redirect><Hangup/></Response>
            """)
        #expect(document.verbs.map(\.name) == [
            "Speak", "Play", "Wait", "PreAnswer", "DTMF", "Message", "GetDigits", "GetInput", "Record", "Dial",
            "Conference", "Stream", "Redirect", "Hangup",
        ])
        #expect(Set(document.verbs.map(\.name)) == Set(PlivoVerb.registry.map { $0.name }))
    }
}
