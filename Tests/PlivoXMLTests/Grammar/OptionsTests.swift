import Testing

@testable import PlivoXML

/// The switches of `PlivoXMLOptions` where Plivo's behaviour is undocumented.
@Suite struct OptionsTests {
    @Test("by default an unknown attribute is ignored and listed as a warning, with a hint for a wrong case")
    func warnsOnUnknownAttributes() throws {
        let document = try parsed("<Response><GetDigits finishonkey=\"*\" colour=\"red\"/></Response>")
        guard case .getDigits(let digits) = document.verbs.first else {
            Issue.record("no GetDigits")
            return
        }
        #expect(digits.finishOnKey == "#")
        #expect(document.warnings == [
            PlivoXMLError(kind: .unknownAttribute, path: "Response/GetDigits", attribute: "finishonkey", line: 1, column: 22,
                          message: "GetDigits: unknown attribute finishonkey (did you mean finishOnKey?)"),
            PlivoXMLError(kind: .unknownAttribute, path: "Response/GetDigits", attribute: "colour", line: 1, column: 38,
                          message: "GetDigits: unknown attribute colour"),
        ])
    }

    @Test("unknownAttributes reject turns the warnings into errors")
    func rejectsUnknownAttributes() {
        var options = PlivoXMLOptions()
        options.unknownAttributes = .reject
        let found = errors("<Response><Wait lenght=\"3\"/></Response>", options: options)
        #expect(found.map(\.kind) == [.unknownAttribute])
        #expect(found.map(\.message) == ["Wait: unknown attribute lenght"])
    }

    @Test("the attributes SDK builders add beyond Plivo's docs are known, not warned about")
    func knowsSDKExtras() throws {
        let document = try parsed("""
            <Response><Speak legs="aleg">a</Speak><Wait min_silence="300"/><DTMF digits="1"/>\
            <Conference beep="true" sendDigits="1" recordWhenAlone="false">r</Conference>\
            <Dial machineDetection="true"><Number callerId="1" callerName="n" sendDigitsMode="rfc2833">1</Number>\
            <User callerId="1" callerName="n">sip:a@b</User></Dial>\
            <GetInput action="https://e.com/i" retries="2" startInputTimeout="3"/>\
            <Stream noiseCancellation="true" noiseCancellationLevel="70">wss://e.com/s</Stream></Response>
            """)
        #expect(document.warnings == [])
    }

    @Test("by default an unknown element refuses the document")
    func rejectsUnknownElements() {
        #expect(errors("<Response><Say>Hi</Say><Hangup/></Response>").map(\.kind) == [.unknownElement])
    }

    @Test("unknownElements skip drops the element with a warning and runs the rest")
    func skipsUnknownElements() throws {
        var options = PlivoXMLOptions()
        options.unknownElements = .skip
        let document = try parsed("<Response><Say>Hi</Say><Hangup/></Response>", options: options)
        #expect(document.verbs.map(\.name) == ["Hangup"])
        #expect(document.warnings == [PlivoXMLError(kind: .unknownElement, path: "Response/Say", line: 1, column: 11,
                                                    message: "Say: not a Plivo XML element; skipped")])
    }

    @Test("skipping unknown elements does not excuse misplaced ones")
    func skipKeepsNestingRules() {
        var options = PlivoXMLOptions()
        options.unknownElements = .skip
        #expect(errors("<Response><GetDigits><Record/></GetDigits></Response>", options: options).map(\.kind) == [.misplacedElement])
    }

    @Test("the defaults are the lenient, SDK-compatible choices")
    func defaults() {
        let options = PlivoXMLOptions.default
        #expect(options.unknownAttributes == .warn)
        #expect(options.unknownElements == .reject)
        #expect(options.nesting == .sdkBuilders)
    }
}
