import Testing

@testable import PlivoXML

@Suite struct SpeakTests {
    @Test("a bare Speak says its text in WOMAN's en-US voice once")
    func defaults() throws {
        let speak = try single(Speak.self, "<Speak>  Hello there  </Speak>")
        #expect(speak.voice == .woman)
        #expect(speak.language == "en-US")
        #expect(speak.loop == 1)
        #expect(speak.text == "Hello there")
        #expect(speak.content == [.text("  Hello there  ")])
    }

    @Test("voice, language and loop are read", arguments: [
        ("<Speak voice=\"MAN\" language=\"en-GB\" loop=\"3\">Hi</Speak>", SpeakVoice.man, "en-GB", 3),
        ("<Speak voice=\"WOMAN\" language=\"da-DK\" loop=\"0\">Hej</Speak>", .woman, "da-DK", 0),
        ("<Speak voice=\"MAN\" language=\"pt-PT\">Olá</Speak>", .man, "pt-PT", 1),
        ("<Speak voice=\"Polly.Joanna\">Hi</Speak>", .polly("Joanna"), "en-US", 1),
        ("<Speak voice=\"Polly.Amy\" language=\"en-GB\">Hi</Speak>", .polly("Amy"), "en-GB", 1),
        ("<Speak voice=\"Polly.Lea\" language=\"fr-FR\">Salut</Speak>", .polly("Léa"), "fr-FR", 1),
        ("<Speak voice=\"Polly.penélope\" language=\"es-US\">Hola</Speak>", .polly("Penélope"), "es-US", 1),
        ("<Speak voice=\"Polly.Marlene\" language=\"de-DE\">Hallo</Speak>", .polly("Marlene"), "de-DE", 1),
        ("<Speak voice=\"Polly.*\" language=\"ja-JP\">こんにちは</Speak>", .polly("*"), "ja-JP", 1),
    ])
    func readsVoiceLanguageAndLoop(xml: String, voice: SpeakVoice, language: String, loop: Int) throws {
        let speak = try single(Speak.self, xml)
        #expect(speak.voice == voice)
        #expect(speak.language == language)
        #expect(speak.loop == loop)
    }

    @Test("a voice or language Plivo does not offer is refused", arguments: [
        ("<Speak voice=\"woman\">Hi</Speak>", #"Speak: attribute voice must be WOMAN, MAN or Polly.<Name>, got "woman""#),
        ("<Speak voice=\"Polly.\">Hi</Speak>", #"Speak: attribute voice must be WOMAN, MAN or Polly.<Name>, got "Polly.""#),
        ("<Speak voice=\"MAN\" language=\"da-DK\">Hej</Speak>", "Speak: voice MAN does not speak da-DK"),
        ("<Speak language=\"pt-PT\">Olá</Speak>", "Speak: voice WOMAN does not speak pt-PT"),
        ("<Speak language=\"en-IN\">Hi</Speak>",
         #"Speak: attribute language must be one of da-DK, de-DE, en-AU, en-GB, en-US, es-ES, es-US, fr-CA, fr-FR, it-IT, nl-NL, pl-PL, pt-BR, pt-PT, ru-RU, sv-SE for voice WOMAN, got "en-IN""#),
        ("<Speak voice=\"Polly.Amy\">Hi</Speak>",
         "Speak: voice Polly.Amy does not speak en-US (its Polly voices: Joanna, Salli, Kendra, Kimberly, Ivy, Matthew, Justin, Joey)"),
        ("<Speak voice=\"Polly.Joanna\" language=\"xx-XX\">Hi</Speak>",
         #"Speak: attribute language must be one of arb, cmn-CN, cy-GB, da-DK, de-DE, en-AU, en-GB, en-GB-WLS, en-IN, en-US, es-ES, es-MX, es-US, fr-CA, fr-FR, hi-IN, is-IS, it-IT, ja-JP, ko-KR, nb-NO, nl-NL, pl-PL, pt-BR, pt-PT, ro-RO, ru-RU, sv-SE, tr-TR for a Polly voice, got "xx-XX""#),
        ("<Speak loop=\"-1\">Hi</Speak>", #"Speak: attribute loop must be an integer of at least 0, got "-1""#),
        ("<Speak loop=\"two\">Hi</Speak>", #"Speak: attribute loop must be an integer of at least 0, got "two""#),
    ])
    func refusesUnknownVoices(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }

    @Test("a Speak without words is refused")
    func needsText() {
        #expect(messages("<Speak>   </Speak>") == ["Speak: needs words to speak as its text"])
        #expect(messages("<Speak/>") == ["Speak: needs words to speak as its text"])
    }

    @Test("SSML with a Polly voice keeps its tags, attributes and text in order")
    func readsSSML() throws {
        let speak = try single(Speak.self, #"<Speak voice="Polly.Joey">Wait<break strength="strong" time="500ms"/><prosody rate="slow">for <emphasis level="strong">it</emphasis></prosody>.</Speak>"#)
        #expect(speak.content == [
            .text("Wait"),
            .ssml(SSMLElement(name: "break", attributes: [NameValuePair(name: "strength", value: "strong"),
                                                          NameValuePair(name: "time", value: "500ms")], content: [])),
            .ssml(SSMLElement(name: "prosody", attributes: [NameValuePair(name: "rate", value: "slow")], content: [
                .text("for "),
                .ssml(SSMLElement(name: "emphasis", attributes: [NameValuePair(name: "level", value: "strong")],
                                  content: [.text("it")])),
            ])),
            .text("."),
        ])
        #expect(speak.text == "Waitfor it.")
        guard case .ssml(let pause) = speak.content[1] else { return }
        #expect(pause.attribute("time") == "500ms")
        #expect(pause.attribute("level") == nil)
    }

    @Test("SSML tags need a Polly voice")
    func refusesSSMLWithStandardVoices() {
        let found = errors("<Response><Speak voice=\"MAN\">Hi <break/></Speak></Response>")
        #expect(found.map(\.message) == ["Speak: SSML tags need a Polly voice, and voice is MAN"])
        #expect(found.map(\.kind) == [.conflictingAttributes])
        #expect(found.map(\.attribute) == ["voice"])
    }

    @Test("SSML tags nest only as Polly allows", arguments: [
        ("<p>a<p>b</p></p>", "p: not allowed inside p (allowed: break, emphasis, lang, prosody, s, say-as, sub, w)"),
        ("<w>a<s>b</s></w>", "s: not allowed inside w (allowed: break, emphasis, phoneme, prosody, say-as, sub)"),
        ("<break>a<sub alias=\"b\">c</sub></break>", "sub: not allowed inside break"),
        ("<Play>https://example.com/a.mp3</Play>",
         "Play: not allowed inside Speak (allowed: break, emphasis, lang, p, phoneme, prosody, s, say-as, sub, w)"),
        ("<amazon:effect name=\"whispered\">hi</amazon:effect>", "amazon:effect: not a Plivo XML element"),
        ("<Break/>", "Break: not a Plivo XML element (did you mean break?)"),
    ])
    func checksSSMLNesting(ssml: String, message: String) {
        #expect(messages("<Speak voice=\"Polly.Joanna\">Hi \(ssml)</Speak>") == [message])
    }

    @Test("every SSML tag Plivo lists is accepted with its attributes")
    func acceptsEverySSMLTag() throws {
        let document = try parsed(#"""
            <Response><Speak voice="Polly.Joey">a<break strength="x-strong" time="1s"/><emphasis level="moderate">b</emphasis>
            <lang xml:lang="it">c</lang><p>d</p><phoneme alphabet="ipa" ph="pɪˈkɑːn">e</phoneme>
            <prosody volume="+6dB" rate="x-high" pitch="low">f</prosody><s>g</s>
            <say-as interpret-as="spell-out" format="">h</say-as><sub alias="W3C">i</sub><w role="amazon:VB">j</w></Speak></Response>
            """#)
        #expect(document.warnings == [])
        guard case .speak(let speak) = document.verbs[0] else { return }
        let tags = speak.content.compactMap { content -> String? in if case .ssml(let tag) = content { tag.name } else { nil } }
        #expect(tags == SSMLElement.allTags)
    }

    @Test("an unknown SSML attribute is a warning, like any unknown attribute")
    func warnsOnUnknownSSMLAttributes() throws {
        let document = try parsed("<Response><Speak voice=\"Polly.Joanna\">a<break duration=\"1s\"/></Speak></Response>")
        #expect(document.warnings.map(\.message) == ["break: unknown attribute duration"])
        #expect(document.warnings.map(\.path) == ["Response/Speak/break"])
    }

    @Test("Polly text is limited to 3000 characters, standard voices are not")
    func limitsPollyText() throws {
        let limit = String(repeating: "a", count: 3000)
        _ = try single(Speak.self, "<Speak voice=\"Polly.Joanna\">\(limit)</Speak>")
        _ = try single(Speak.self, "<Speak>\(limit)b</Speak>")
        #expect(messages("<Speak voice=\"Polly.Joanna\">\(limit)b</Speak>")
            == ["Speak: text is 3001 characters; Polly voices take at most 3000"])
    }

    @Test("Java's legs attribute is accepted without a warning")
    func acceptsLegs() throws {
        let document = try parsed("<Response><Speak legs=\"aleg\">Hi</Speak></Response>")
        #expect(document.warnings == [])
    }
}
