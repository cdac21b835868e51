import Testing

@testable import PlivoXML

@Suite struct GetDigitsTests {
    @Test("a bare GetDigits has Plivo's documented defaults")
    func defaults() throws {
        let digits = try single(GetDigits.self, "<GetDigits/>")
        #expect(digits.action == nil)
        #expect(digits.method == .post)
        #expect(digits.timeout == 5)
        #expect(digits.digitTimeout == 2)
        #expect(digits.finishOnKey == "#")
        #expect(digits.numDigits == 99)
        #expect(digits.retries == 1)
        #expect(digits.redirect == true)
        #expect(digits.playBeep == false)
        #expect(digits.validDigits == "1234567890*#")
        #expect(digits.invalidDigitsSound == nil)
        #expect(digits.log == true)
        #expect(digits.prompts == [])
    }

    @Test("every attribute is read")
    func readsAttributes() throws {
        let digits = try single(GetDigits.self, """
            <GetDigits action="https://example.com/digits" method="GET" timeout="10" digitTimeout="3" finishOnKey="*" \
            numDigits="4" retries="3" redirect="false" playBeep="true" validDigits="0123" \
            invalidDigitsSound="https://example.com/oops.mp3" log="false"/>
            """)
        #expect(digits.action == "https://example.com/digits")
        #expect(digits.method == .get)
        #expect(digits.timeout == 10)
        #expect(digits.digitTimeout == 3)
        #expect(digits.finishOnKey == "*")
        #expect(digits.numDigits == 4)
        #expect(digits.retries == 3)
        #expect(digits.redirect == false)
        #expect(digits.playBeep == true)
        #expect(digits.validDigits == "0123")
        #expect(digits.invalidDigitsSound == "https://example.com/oops.mp3")
        #expect(digits.log == false)
    }

    @Test("finishOnKey none or empty means no finish key", arguments: ["none", ""])
    func readsNoFinishKey(value: String) throws {
        #expect(try single(GetDigits.self, "<GetDigits finishOnKey=\"\(value)\"/>").finishOnKey == nil)
    }

    @Test("numDigits above 99 is clamped to 99, as Plivo's engine did")
    func clampsNumDigits() throws {
        #expect(try single(GetDigits.self, "<GetDigits numDigits=\"150\"/>").numDigits == 99)
    }

    @Test("the prompts are read in order")
    func readsPrompts() throws {
        let digits = try single(GetDigits.self, """
            <GetDigits action="https://example.com/d">
              <Speak>Enter your PIN</Speak>
              <Wait length="1"/>
              <Play>https://example.com/beep.mp3</Play>
            </GetDigits>
            """)
        #expect(digits.prompts.map(\.name) == ["Speak", "Wait", "Play"])
    }

    @Test("bad GetDigits values are refused", arguments: [
        ("<GetDigits numDigits=\"abc\"/>", #"GetDigits: attribute numDigits must be an integer of at least 1, got "abc""#),
        ("<GetDigits numDigits=\"0\"/>", #"GetDigits: attribute numDigits must be an integer of at least 1, got "0""#),
        ("<GetDigits timeout=\"0\"/>", #"GetDigits: attribute timeout must be an integer of at least 1, got "0""#),
        ("<GetDigits retries=\"0\"/>", #"GetDigits: attribute retries must be an integer of at least 1, got "0""#),
        ("<GetDigits finishOnKey=\"##\"/>", "GetDigits: attribute finishOnKey must be one key of 0-9, * or #, an empty string or none, got \"##\""),
        ("<GetDigits finishOnKey=\"A\"/>", #"GetDigits: attribute finishOnKey must be one key of 0-9, * or #, an empty string or none, got "A""#),
        ("<GetDigits validDigits=\"12ab\"/>", #"GetDigits: attribute validDigits must be keys from 0-9, * and #, got "12ab""#),
        ("<GetDigits action=\"digits.php\"/>", #"GetDigits: attribute action must be an absolute http/https URL, got "digits.php""#),
        ("<GetDigits redirect=\"no\"/>", #"GetDigits: attribute redirect must be true or false, got "no""#),
        ("<GetDigits>Press 1</GetDigits>", #"GetDigits: takes no text, got "Press 1""#),
        ("<GetDigits><Record/></GetDigits>", "Record: not allowed inside GetDigits (allowed: Speak, Play, Wait)"),
        ("<GetDigits><GetDigits/></GetDigits>", "GetDigits: not allowed inside GetDigits (allowed: Speak, Play, Wait)"),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }
}
