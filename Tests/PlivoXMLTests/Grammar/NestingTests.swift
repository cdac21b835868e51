import Testing

@testable import PlivoXML

/// Which element may stand in which, by Plivo's docs and by its SDK builders.
@Suite struct NestingTests {
    private static var documented: PlivoXMLOptions {
        var options = PlivoXMLOptions()
        options.nesting = .documented
        return options
    }

    /// Children that only SDK builders emit: accepted by default, refused under `.documented`.
    static let sdkOnly: [(parent: String, child: String)] = [
        ("GetDigits", "<Wait/>"),
        ("GetInput action=\"https://e.com/i\"", "<Wait/>"),
        ("PreAnswer", "<GetDigits/>"),
        ("PreAnswer", "<Redirect>https://e.com/next</Redirect>"),
        ("PreAnswer", "<Message src=\"1\" dst=\"2\">m</Message>"),
        ("PreAnswer", "<DTMF>1</DTMF>"),
    ]

    @Test("children only SDK builders emit are accepted by default", arguments: sdkOnly)
    func acceptsSDKNesting(parent: String, child: String) throws {
        let tag = parent.split(separator: " ")[0]
        _ = try parsed("<Response><\(parent)>\(child)</\(tag)></Response>")
    }

    @Test("children only SDK builders emit are refused under documented nesting", arguments: sdkOnly)
    func refusesSDKNestingWhenStrict(parent: String, child: String) {
        let tag = parent.split(separator: " ")[0]
        let found = errors("<Response><\(parent)>\(child)</\(tag)></Response>", options: Self.documented)
        #expect(found.map(\.kind) == [.misplacedElement])
        #expect(found.first?.message.hasSuffix("inside \(tag) only SDK builders allow it, Plivo's docs do not (documented nesting)") == true)
    }

    @Test("documented children are accepted under documented nesting", arguments: [
        "<GetDigits><Speak>a</Speak><Play>https://e.com/a.mp3</Play></GetDigits>",
        "<GetInput action=\"https://e.com/i\"><Speak>a</Speak><Play>https://e.com/a.mp3</Play></GetInput>",
        "<PreAnswer><Speak>a</Speak><Play>https://e.com/a.mp3</Play><Wait/></PreAnswer>",
        "<Dial><Number>1</Number><User>sip:a@b</User></Dial>",
    ])
    func acceptsDocumentedNesting(body: String) throws {
        _ = try parsed("<Response>\(body)</Response>", options: Self.documented)
    }

    @Test("strict nesting lists only documented children as allowed")
    func listsDocumentedChildrenWhenStrict() {
        #expect(messages("<GetDigits><Record/></GetDigits>", options: Self.documented)
            == ["Record: not allowed inside GetDigits (allowed: Speak, Play)"])
    }

    @Test("known elements in the wrong parent are misplaced, not unknown", arguments: [
        ("<Number>1</Number>", "Number: not allowed inside Response (allowed: Speak, Play, Wait, PreAnswer, Redirect, Hangup, DTMF, Message, GetDigits, GetInput, Record, Dial, Conference, Stream, MultiPartyCall)"),
        ("<break/>", "break: not allowed inside Response (allowed: Speak, Play, Wait, PreAnswer, Redirect, Hangup, DTMF, Message, GetDigits, GetInput, Record, Dial, Conference, Stream, MultiPartyCall)"),
        ("<Response/>", "Response: not allowed inside Response (allowed: Speak, Play, Wait, PreAnswer, Redirect, Hangup, DTMF, Message, GetDigits, GetInput, Record, Dial, Conference, Stream, MultiPartyCall)"),
        ("<GetInput action=\"https://e.com/i\"><Dial><Number>1</Number></Dial></GetInput>", "Dial: not allowed inside GetInput (allowed: Speak, Play, Wait)"),
        ("<Dial><Dial><Number>1</Number></Dial></Dial>", "Dial: not allowed inside Dial (allowed: Number, User)"),
        ("<PreAnswer><MultiPartyCall/></PreAnswer>", "MultiPartyCall: not allowed inside PreAnswer (allowed: Speak, Play, Wait, GetDigits, Redirect, Message, DTMF)"),
    ])
    func reportsMisplacedElements(body: String, message: String) {
        let found = errors("<Response>\(body)</Response>")
        #expect(found.map(\.message).contains(message))
        #expect(found.contains { $0.kind == .misplacedElement })
    }

    @Test("GetDigits in PreAnswer keeps its own prompts")
    func nestsThreeDeep() throws {
        let preAnswer = try single(PreAnswer.self, "<PreAnswer><GetDigits><Speak>PIN?</Speak></GetDigits></PreAnswer>")
        guard case .getDigits(let digits) = preAnswer.verbs.first else {
            Issue.record("no GetDigits")
            return
        }
        #expect(digits.prompts.map(\.name) == ["Speak"])
    }
}
