import Testing

@testable import PlivoXML

/// Documents as Plivo's SDK builders write them (plivo-python `ResponseElement().add(...).to_string()`, plivo-node
/// `Response().toXML()`), taken from the SDKs' own tests. Where a test there fills an element with a placeholder
/// such as "This is test" in place of a URL, the placeholder is replaced by a value of the right shape.
@Suite struct SDKDocumentTests {
    @Test("Python's voicemail document: Speak, Record, Speak")
    func pythonVoicemail() throws {
        let document = try parsed("""
            <Response><Speak>Please leave a message after the beep. Press the star key when done.</Speak>\
            <Record action="http://foo.com/get_recording/" finishOnKey="*" maxLength="30"/>\
            <Speak>Recording not received.</Speak></Response>
            """)
        guard document.verbs.count == 3, case .record(let record) = document.verbs[1] else {
            Issue.record("unexpected verbs \(document.verbs.map(\.name))")
            return
        }
        #expect(document.verbs.map(\.name) == ["Speak", "Record", "Speak"])
        #expect(record.action == "http://foo.com/get_recording/")
        #expect(record.finishOnKey == "*")
        #expect(record.maxLength == 30)
        #expect(record.playBeep == true)
        #expect(document.warnings == [])
    }

    @Test("Python's GetDigits with every attribute and two prompts")
    func pythonGetDigits() throws {
        let digits = try single(GetDigits.self, """
            <GetDigits action="https://foo.example.com" digitTimeout="10" finishOnKey="#" \
            invalidDigitsSound="http://foo.audio.url" log="true" method="GET" numDigits="2" playBeep="false" \
            redirect="false" retries="1" timeout="100" validDigits="*"><Speak language="en-US" loop="2" voice="WOMAN">\
            This is test</Speak><Play loop="2">https://foo.example.com/prompt.mp3</Play></GetDigits>
            """)
        #expect(digits.timeout == 100)
        #expect(digits.digitTimeout == 10)
        #expect(digits.validDigits == "*")
        #expect(digits.method == .get)
        #expect(digits.redirect == false)
        guard case .speak(let prompt) = digits.prompts.first else {
            Issue.record("no Speak prompt")
            return
        }
        #expect(prompt.loop == 2)
        #expect(prompt.text == "This is test")
    }

    @Test("Python's PreAnswer with every child its builder allows")
    func pythonPreAnswer() throws {
        let preAnswer = try single(PreAnswer.self, """
            <PreAnswer><Speak language="en-US" loop="2" voice="WOMAN">This is test</Speak>\
            <Play loop="2">https://foo.example.com/a.mp3</Play><Wait beep="true" length="1" minSilence="1" silence="true"/>\
            <GetDigits action="http://www.foo.com/gather_pin/" digitTimeout="2" finishOnKey="#" \
            invalidDigitsSound="https://s3.amazonaws.com/Trumpet.mp3" log="true" method="POST" numDigits="1" \
            playBeep="true" redirect="true" retries="1" timeout="5" validDigits="1234567890*#"/>\
            <Redirect method="POST">https://foo.example.com/next</Redirect><Message callbackMethod="GET" \
            callbackUrl="http://foo.example.com" dst="1203443444&lt;1203443445" src="1202322222" type="sms">\
            this is test</Message><DTMF async="true">12w3</DTMF></PreAnswer>
            """)
        #expect(preAnswer.verbs.map(\.name) == ["Speak", "Play", "Wait", "GetDigits", "Redirect", "Message", "DTMF"])
        guard case .wait(let wait) = preAnswer.verbs[2], case .message(let message) = preAnswer.verbs[5] else {
            Issue.record("unexpected children")
            return
        }
        #expect(wait.beep == BeepDetection())
        #expect(wait.minSilence == 1)
        #expect(message.destinations == ["1203443444", "1203443445"])
    }

    @Test("Python's Record with every attribute, transcribed by the hybrid type its tests use")
    func pythonRecord() throws {
        let record = try single(Record.self, """
            <Record action="https://foo.example.com" callbackMethod="GET" callbackUrl="https://foo.example.com" \
            fileFormat="wav" finishOnKey="#" maxLength="10" method="GET" playBeep="false" recordSession="false" \
            redirect="false" startOnDialAnswer="false" timeout="100" transcriptionMethod="GET" \
            transcriptionType="hybrid" transcriptionUrl="https://foo.example.com"/>
            """)
        #expect(record.fileFormat == .wav)
        #expect(record.transcriptionType == .hybrid)
        #expect(record.timeout == 100)
        #expect(record.isBackground == false)
    }

    @Test("Python's Conference test document is refused for its 100 members only")
    func pythonConference() {
        let found = errors("""
            <Response><Conference action="http://foo.com/get_recording/" callbackMethod="GET" \
            callbackUrl="http://foo.com/sms_status/" digitsMatch="#0,99,000" endConferenceOnExit="true" enterSound="" \
            exitSound="beep:1" floorEvent="true" hangupOnStar="true" maxMembers="100" method="GET" muted="false" \
            record="true" recordFileFormat="mp3" recordWhenAlone="" redirect="true" relayDTMF="true" sendDigits="wwww2410" \
            startConferenceOnEnter="true" stayAlone="true" timeLimit="600" transcriptionMethod="POST" \
            transcriptionType="auto" transcriptionUrl="http://www.foo.com/waitmusic/" \
            waitSound="http://www.foo.com/waitmusic/">test</Conference></Response>
            """)
        #expect(found.map(\.message) == [#"Conference: attribute maxMembers must be an integer from 1 to 20, got "100""#])
        #expect(found.map(\.attribute) == ["maxMembers"])
    }

    @Test("Python's GetInput test document is refused for its three timeouts outside Plivo's ranges")
    func pythonGetInput() {
        let found = errors("""
            <Response><GetInput action="https://foo.example.com" digitEndTimeout="50" executionTimeout="100" \
            finishOnKey="#" hints="1 2 3" inputType="speech" interimSpeechResultsCallback="https://bar.example.com" \
            interimSpeechResultsCallbackMethod="POST" language="en-US" log="true" method="GET" numDigits="2" \
            redirect="false" speechEndTimeout="25" speechModel="default"><Speak language="en-US" loop="2" voice="WOMAN">\
            This is test</Speak><Play loop="2">https://foo.example.com/a.mp3</Play></GetInput></Response>
            """)
        #expect(found.map(\.attribute) == ["digitEndTimeout", "executionTimeout", "speechEndTimeout"])
        #expect(found.allSatisfy { $0.kind == .invalidAttributeValue && $0.path == "Response/GetInput" })
    }

    @Test("Python's SSML document keeps every tag, and entities in attribute values are decoded once")
    func pythonSSML() throws {
        let speak = try single(Speak.self, """
            <Speak language="en-US" loop="1" voice="Polly.Joey">This is Test<break time="250ms"/><emphasis \
            level="strong">This is Test</emphasis><lang xml:lang="it">This is Test</lang><p>This is Test</p>\
            <phoneme alphabet="ipa" ph="t&amp;#x259;mei&amp;#x325;&amp;#x27E;ou&amp;#x325;">This is Test</phoneme>\
            <prosody pitch="low" rate="x-high" volume="+6dB">This is Test</prosody><s>This is Test</s>\
            <say-as format="" interpret-as="spell-out">This is Test</say-as><sub alias="World Wide Web Consortium">\
            This is Test</sub><w role="claws:VV0">This is Test</w></Speak>
            """)
        #expect(speak.voice == .polly("Joey"))
        let tags = speak.content.compactMap { content -> SSMLElement? in if case .ssml(let tag) = content { tag } else { nil } }
        #expect(tags.map(\.name) == ["break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"])
        #expect(tags[4].attribute("ph") == "t&#x259;mei&#x325;&#x27E;ou&#x325;")
        #expect(tags[7].attributes == [NameValuePair(name: "interpret-as", value: "spell-out")])
    }

    @Test("Python's pretty-printed Stream document")
    func pythonStream() throws {
        let document = try parsed("""
            <Response>
                                                <Stream bidirectional="true" extraHeaders="a=1,b=2" keepCallAlive="true">wss://test.url</Stream>
                                            </Response>
            """)
        guard case .stream(let stream) = document.verbs.first else {
            Issue.record("no Stream")
            return
        }
        #expect(stream.bidirectional == true)
        #expect(stream.keepCallAlive == true)
        #expect(stream.extraHeaders.map(\.name) == ["a", "b"])
    }

    @Test("Python's Hangup, Message, Number and User documents")
    func pythonSmallElements() throws {
        let hangup = try single(Hangup.self, #"<Hangup reason="rejected" schedule="60"/>"#)
        #expect(hangup.reason == .rejected && hangup.schedule == 60)
        let message = try single(Message.self, """
            <Message callbackMethod="GET" callbackUrl="http://foo.example.com" dst="1203443444&lt;1203443445" \
            src="1202322222" type="sms">this is test</Message>
            """)
        #expect(message.text == "this is test")
        let dial = try single(Dial.self, """
            <Dial><Number sendDigits="wwww2410" sendDigitsMode="" sendOnPreanswer="true">+12025550100</Number>\
            <User sendDigits="wwww2410" sendOnPreanswer="true" sipHeaders="head1=val1,head2=val2">\
            sip:test@sip.plivo.com</User></Dial>
            """)
        guard case .number(let number) = dial.targets[0], case .user(let user) = dial.targets[1] else {
            Issue.record("unexpected targets")
            return
        }
        #expect(number.sendDigitsMode == nil)
        #expect(user.sipHeaders.count == 2)
    }

    @Test("Python's MultiPartyCall document is recognised and refused as unsupported")
    func pythonMultiPartyCall() {
        let found = errors("""
            <Response><MultiPartyCall agentHoldMusicMethod="GET" coachMode="true" customerHoldMusicMethod="GET" \
            endMpcOnExit="false" enterSound="beep:2" enterSoundMethod="GET" exitSound="beep:1" exitSoundMethod="GET" \
            hold="true" maxDuration="20000" maxParticipants="7" mute="true" onExitActionMethod="POST" \
            onExitActionUrl="https://plivo.com/exitAction" record="true" recordFileFormat="wav" role="customer" \
            startMpcOnEnter="true" statusCallbackEvents="mpc-state-changes,participant-state-changes" \
            waitMusicUrl = "https://plivo.com/plivoTone.mp3" waitTime="5">multi party conference</MultiPartyCall> \
            </Response>
            """)
        #expect(found.map(\.kind) == [.unsupportedElement])
    }

    @Test("Node's document with one of each verb")
    func nodeEveryVerb() throws {
        let document = try parsed("""
            <Response><PreAnswer/><Record/><Hangup/><Speak>text</Speak><Wait/><DTMF>123</DTMF>\
            <Conference>test</Conference><Redirect>https://example.com/next</Redirect><GetDigits/>\
            <Play>https://example.com/a.mp3</Play><Dial><Number>123</Number><User>sip:test@sip.plivo.com</User></Dial>\
            <Message src="123" dst="456">∫test</Message></Response>
            """)
        #expect(document.verbs.map(\.name) == [
            "PreAnswer", "Record", "Hangup", "Speak", "Wait", "DTMF", "Conference", "Redirect", "GetDigits", "Play",
            "Dial", "Message",
        ])
        guard case .message(let message) = document.verbs.last else { return }
        #expect(message.text == "∫test")
    }

    @Test("Node's Stream document")
    func nodeStream() throws {
        let stream = try single(Stream.self, #"<Stream audioTrack="inbound" extraHeaders="a=1,b=2">wss://example.com/media</Stream>"#)
        #expect(stream.audioTrack == .inbound)
        #expect(stream.extraHeaders == [NameValuePair(name: "a", value: "1"), NameValuePair(name: "b", value: "2")])
    }

    @Test("an IVR document as an app would serve it, pretty-printed, parses to the expected model")
    func prettyPrintedIVR() throws {
        let document = try parsed("""
            <?xml version="1.0" encoding="utf-8"?>
            <Response>
              <GetDigits action="https://ivr.example.com/menu" method="POST" numDigits="1" retries="2" timeout="7">
                <Speak voice="Polly.Amy" language="en-GB">Press 1 for sales, 2 for support.</Speak>
              </GetDigits>
              <Speak>We did not receive any input. Goodbye.</Speak>
              <Hangup/>
            </Response>

            """)
        #expect(document.verbs.count == 3)
        guard case .getDigits(let menu) = document.verbs[0], case .speak(let prompt) = menu.prompts.first else {
            Issue.record("unexpected verbs")
            return
        }
        #expect(menu.numDigits == 1 && menu.retries == 2 && menu.timeout == 7)
        #expect(prompt.voice == .polly("Amy") && prompt.language == "en-GB")
        #expect(prompt.text == "Press 1 for sales, 2 for support.")
    }
}
