import PlivoXML

/// `<DTMF>`: sends keys on the call. `async="true"` (the default) goes on at once while they play; otherwise
/// the verb lasts their length (``CallTiming/tones(_:)``).
struct DTMFVerb: VerbPerformer {
    let dtmf: DTMF

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        let length = context.timing.tones(dtmf.digits)
        context.trace("DTMF", [("digits", dtmf.digits), ("async", String(dtmf.async)), ("seconds", length.secondsText)])
        finish(.next(after: dtmf.async ? .zero : length), context.turn)
    }
}
