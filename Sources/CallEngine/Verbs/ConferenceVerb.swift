import PlivoXML

/// `<Conference>`: the call joins the named room and stays until it leaves (``CallRuntime/join(_:_:_:_:)``);
/// then `action` or the next verb runs, as after a Dial.
struct ConferenceVerb: VerbPerformer {
    let conference: Conference

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        context.runtime.join(context.call, conference, context.turn, finish)
    }
}
