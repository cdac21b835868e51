import PlivoXML

/// `<Hangup>`: ends the call (4000, source `Answer XML`); on a call not yet answered `reason="rejected"` or
/// `"busy"` refuses it (3020 or 3010). With `schedule` it arms a timer instead (6000 when it fires) and the next
/// verb runs at once.
struct HangupVerb: VerbPerformer {
    let hangup: Hangup

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        if let schedule = hangup.schedule {
            context.trace("Hangup scheduled", [("in_seconds", String(schedule))])
            let (runtime, call) = (context.runtime, context.call)
            call.at(context.time + .seconds(Int64(schedule)), in: context.turn) { turn in
                runtime.end(call, cause: HangupCause.scheduled.from("Answer XML"), turn)
            }
            finish(.next(after: .zero), context.turn)
            return
        }
        let cause: HangupCause = switch (hangup.reason, context.call.isAnswered) {
        case (.rejected?, false): HangupCause.rejected.from("Answer XML")
        case (.busy?, false): HangupCause.busy.from("Answer XML")
        default: .answerXML
        }
        context.trace("Hangup", hangup.reason.map { [("reason", $0.rawValue)] } ?? [])
        finish(.hangup(cause), context.turn)
    }
}
