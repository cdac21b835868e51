import Testing

@testable import PlivoXML

@Suite struct GetInputTests {
    private let action = "action=\"https://example.com/input\""

    @Test("a GetInput with only its action has the documented defaults, and listens for both kinds of input")
    func defaults() throws {
        let input = try single(GetInput.self, "<GetInput \(action)/>")
        #expect(input.action == "https://example.com/input")
        #expect(input.method == .post)
        #expect(input.inputType == [.dtmf, .speech])
        #expect(input.executionTimeout == 15)
        #expect(input.digitEndTimeout == .auto)
        #expect(input.speechEndTimeout == .auto)
        #expect(input.finishOnKey == "#")
        #expect(input.numDigits == 32)
        #expect(input.speechModel == .default)
        #expect(input.hints == [])
        #expect(input.language == "en-US")
        #expect(input.profanityFilter == false)
        #expect(input.interimSpeechResultsCallbackURL == nil)
        #expect(input.interimSpeechResultsCallbackMethod == .post)
        #expect(input.redirect == true)
        #expect(input.log == true)
        #expect(input.retries == 1)
        #expect(input.startInputTimeout == nil)
        #expect(input.prompts == [])
    }

    @Test("every attribute is read")
    func readsAttributes() throws {
        let input = try single(GetInput.self, """
            <GetInput \(action) method="GET" inputType="speech" executionTimeout="60" digitEndTimeout="2" \
            speechEndTimeout="10" finishOnKey="none" numDigits="1" speechModel="phone_call" hints="sales, support,billing" \
            language="es-US" profanityFilter="true" interimSpeechResultsCallback="https://example.com/partial" \
            interimSpeechResultsCallbackMethod="GET" redirect="false" log="false" retries="2" startInputTimeout="4">
            <Speak>Say something</Speak></GetInput>
            """)
        #expect(input.method == .get)
        #expect(input.inputType == .speech)
        #expect(input.executionTimeout == 60)
        #expect(input.digitEndTimeout == .seconds(2))
        #expect(input.speechEndTimeout == .seconds(10))
        #expect(input.finishOnKey == nil)
        #expect(input.numDigits == 1)
        #expect(input.speechModel == .phoneCall)
        #expect(input.hints == ["sales", "support", "billing"])
        #expect(input.language == "es-US")
        #expect(input.profanityFilter == true)
        #expect(input.interimSpeechResultsCallbackURL == "https://example.com/partial")
        #expect(input.interimSpeechResultsCallbackMethod == .get)
        #expect(input.redirect == false)
        #expect(input.log == false)
        #expect(input.retries == 2)
        #expect(input.startInputTimeout == 4)
        #expect(input.prompts.map(\.name) == ["Speak"])
    }

    @Test("inputType takes dtmf, speech, or both in either order", arguments: [
        ("dtmf", GetInput.InputType.dtmf), ("speech", .speech), ("dtmf speech", [.dtmf, .speech]),
        ("speech dtmf", [.dtmf, .speech]),
    ] as [(String, GetInput.InputType)])
    func readsInputType(value: String, type: GetInput.InputType) throws {
        #expect(try single(GetInput.self, "<GetInput \(action) inputType=\"\(value)\"/>").inputType == type)
    }

    @Test("speechModel takes Plivo's three models", arguments: [
        ("default", GetInput.SpeechModel.default), ("command_and_search", .commandAndSearch), ("phone_call", .phoneCall),
    ])
    func readsSpeechModel(value: String, model: GetInput.SpeechModel) throws {
        #expect(try single(GetInput.self, "<GetInput \(action) speechModel=\"\(value)\"/>").speechModel == model)
    }

    @Test("GetInput cannot do without its action")
    func needsAction() {
        let found = errors("<Response><GetInput executionTimeout=\"20\"/></Response>")
        #expect(found.map(\.message) == ["GetInput: attribute action is required"])
        #expect(found.map(\.kind) == [.missingAttribute])
        #expect(messages("<GetInput action=\"  \"/>") == ["GetInput: attribute action is required"])
    }

    @Test("bad GetInput values are refused", arguments: [
        ("inputType=\"voice\"", #"GetInput: attribute inputType must be dtmf, speech or dtmf speech, got "voice""#),
        ("inputType=\"dtmf dtmf\"", #"GetInput: attribute inputType must be dtmf, speech or dtmf speech, got "dtmf dtmf""#),
        ("executionTimeout=\"4\"", #"GetInput: attribute executionTimeout must be an integer from 5 to 60, got "4""#),
        ("executionTimeout=\"61\"", #"GetInput: attribute executionTimeout must be an integer from 5 to 60, got "61""#),
        ("digitEndTimeout=\"1\"", #"GetInput: attribute digitEndTimeout must be auto or an integer from 2 to 10, got "1""#),
        ("speechEndTimeout=\"soon\"", #"GetInput: attribute speechEndTimeout must be auto or an integer from 2 to 10, got "soon""#),
        ("numDigits=\"33\"", #"GetInput: attribute numDigits must be an integer from 1 to 32, got "33""#),
        ("numDigits=\"abc\"", #"GetInput: attribute numDigits must be an integer from 1 to 32, got "abc""#),
        ("speechModel=\"enhanced\"",
         #"GetInput: attribute speechModel must be one of default, command_and_search, phone_call, got "enhanced""#),
        ("language=\"english\"", #"GetInput: attribute language must be a language code such as en-US, got "english""#),
        ("language=\"en_US\"", #"GetInput: attribute language must be a language code such as en-US, got "en_US""#),
        ("interimSpeechResultsCallbackMethod=\"PATCH\"",
         #"GetInput: attribute interimSpeechResultsCallbackMethod must be one of GET, POST, got "PATCH""#),
    ])
    func refusesBadValues(attribute: String, message: String) {
        #expect(messages("<GetInput \(action) \(attribute)/>") == [message])
    }

    @Test("hints are limited to 500 phrases, 10,000 characters and 100 characters per phrase")
    func limitsHints() throws {
        let expectation = "must be at most 500 comma-separated phrases, 10000 characters in all and 100 per phrase"
        let longPhrase = String(repeating: "a", count: 101)
        #expect(messages("<GetInput \(action) hints=\"\(longPhrase)\"/>").first?.contains(expectation) == true)
        let manyPhrases = Array(repeating: "a", count: 501).joined(separator: ",")
        #expect(messages("<GetInput \(action) hints=\"\(manyPhrases)\"/>").first?.contains(expectation) == true)
        let longText = Array(repeating: String(repeating: "b", count: 99), count: 102).joined(separator: ",")
        #expect(messages("<GetInput \(action) hints=\"\(longText)\"/>").first?.contains(expectation) == true)
        let atLimit = Array(repeating: String(repeating: "c", count: 100), count: 99).joined(separator: ",")
        #expect(try single(GetInput.self, "<GetInput \(action) hints=\"\(atLimit)\"/>").hints.count == 99)
    }

    @Test("language codes of several parts are accepted", arguments: ["en-US", "cmn-Hans-CN", "ja-JP", "es-419", "fr"])
    func acceptsLanguageCodes(code: String) throws {
        #expect(try single(GetInput.self, "<GetInput \(action) language=\"\(code)\"/>").language == code)
    }
}
