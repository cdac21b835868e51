import PlivoXML

/// `<Speak>`: text to speech. Lasts the text's speaking time (``CallTiming/speech(_:)``) times `loop`;
/// `loop="0"` speaks until the call ends.
struct SpeakVerb: VerbPerformer {
    let speak: Speak

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        let once = context.timing.speech(speak.text)
        context.trace("Speak", [
            ("text", String(speak.text.prefix(200))), ("voice", speak.voice.attributeValue),
            ("language", speak.language), ("loop", String(speak.loop)), ("seconds", once.secondsText),
        ])
        finish(speak.loop == 0 ? .holds : .next(after: once * Int64(speak.loop)), context.turn)
    }
}
