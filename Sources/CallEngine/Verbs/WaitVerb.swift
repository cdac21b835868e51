import PlivoXML

/// `<Wait>`: silence for `length` seconds. It does not answer an inbound call: a leading Wait delays the pick-up
/// by its length, as on Plivo. `silence` and `beep` detection end a wait on sounds the mock does not have, so
/// the wait always runs its full length (the trace says so).
struct WaitVerb: VerbPerformer {
    let wait: Wait

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        var details = [("length", String(wait.length))]
        if wait.silence || wait.beep != nil {
            details.append(("note", "silence and beep detection need audio; the wait runs its full length"))
        }
        context.trace("Wait", details)
        finish(.next(after: .seconds(Int64(wait.length))), context.turn)
    }
}
