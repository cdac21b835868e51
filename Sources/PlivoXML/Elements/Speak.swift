/// `<Speak>`: says text with a standard voice, or text and SSML with an Amazon Polly voice.
public struct Speak: VerbElement {
    public static let name = "Speak"

    /// Polly refuses longer text (Plivo's SSML page; the Java SDK's limit). None is published for WOMAN/MAN.
    static let pollyTextLimit = 3000

    /// Default WOMAN.
    public var voice: SpeakVoice
    /// Default en-US.
    public var language: String
    /// Times to speak; 0 repeats until the call ends or a key interrupts a prompt. Default 1.
    public var loop: Int
    /// Text and SSML in written order, untrimmed.
    public var content: [SpeakContent]

    /// The words to say, without SSML tags, trimmed.
    public var text: String {
        content.map(\.plainText).joined().trimmed
    }

    init(reading element: inout ElementReader) {
        let voiceValue = element.value("voice")
        let languageValue = element.value("language")
        voice = .woman
        var voiceIsValid = true
        if let (attribute, text) = voiceValue {
            if let voice = SpeakVoice(attributeValue: text) {
                self.voice = voice
            } else {
                voiceIsValid = false
                element.invalid(attribute, mustBe: "WOMAN, MAN or Polly.<Name>")
            }
        }
        language = languageValue?.text ?? "en-US"
        loop = element.integer("loop", in: 0...Int.max, default: 1)
        // Java's builder writes `legs="aleg"`; it changes nothing for one-leg speech.
        element.accept("legs")
        content = SSMLElement.content(of: &element, allowing: SSMLElement.allTags)
        if voiceIsValid {
            checkVoice(voice: voiceValue?.attribute, language: languageValue?.attribute, in: element)
        }
        checkText(in: element)
    }

    var verb: PlivoVerb { .speak(self) }

    private mutating func checkVoice(voice voiceAttribute: XMLAttribute?, language languageAttribute: XMLAttribute?,
                                     in element: ElementReader) {
        switch voice {
        case .woman, .man:
            guard let available = SpeakVoice.standardLanguages[language] else {
                let languages = SpeakVoice.standardLanguages.keys.sorted().joined(separator: ", ")
                if let languageAttribute {
                    element.invalid(languageAttribute, mustBe: "one of \(languages) for voice \(voice.attributeValue)")
                }
                return
            }
            if voice == .woman ? !available.woman : !available.man {
                element.report(.conflictingAttributes, "voice \(voice.attributeValue) does not speak \(language)",
                               attribute: voiceAttribute ?? languageAttribute)
            }
        case .polly(let name):
            guard let voices = SpeakVoice.pollyVoices[language] else {
                // Only a written language can miss the table: the default, en-US, is in it.
                if let languageAttribute {
                    let languages = SpeakVoice.pollyVoices.keys.sorted().joined(separator: ", ")
                    element.invalid(languageAttribute, mustBe: "one of \(languages) for a Polly voice")
                }
                return
            }
            if name == "*" { return }
            if let listed = SpeakVoice.pollyVoice(named: name, language: language) {
                voice = .polly(listed)
            } else {
                element.report(.conflictingAttributes,
                               "voice Polly.\(name) does not speak \(language) (its Polly voices: \(voices.joined(separator: ", ")))",
                               attribute: voiceAttribute)
            }
        }
    }

    private func checkText(in element: ElementReader) {
        let text = self.text
        if text.isEmpty {
            element.report(.missingText, "needs words to speak as its text")
        }
        if !voice.isPolly, content.contains(where: { if case .ssml = $0 { true } else { false } }) {
            element.report(.conflictingAttributes, "SSML tags need a Polly voice, and voice is \(voice.attributeValue)",
                           attribute: element.element.attribute("voice"))
        }
        if voice.isPolly, text.count > Self.pollyTextLimit {
            element.report(.invalidText, "text is \(text.count) characters; Polly voices take at most \(Self.pollyTextLimit)")
        }
    }
}
