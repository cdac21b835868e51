import PlivoXML

/// `<PreAnswer>`: its children play as early media, before the call is answered (and billed); then the next
/// verb runs.
struct PreAnswerVerb: VerbPerformer {
    let preAnswer: PreAnswer

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.trace("PreAnswer", [("verbs", preAnswer.verbs.map(\.name).joined(separator: ", "))])
        if let digits = context.call.setup.sendDigits, context.call.setup.sendOnPreanswer {
            context.trace("send_digits", [("digits", digits)])
        }
        context.performSequence(preAnswer.verbs[...], earlyMedia: !context.call.isAnswered, finish)
    }
}
