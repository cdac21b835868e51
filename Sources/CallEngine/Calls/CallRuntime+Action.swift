/// How a verb that gathered something (keys, speech, a recording, a Dial's result) ends: its `action` hears of
/// it. With `redirect` the action's XML replaces the rest of the document; without, the action's answer is
/// ignored and the next verb runs. With no action the next verb runs at once.
extension CallRuntime {
    func finishWithAction(
        _ action: CallURL?, redirect: Bool, parameters: [String: String], on call: Call, _ turn: EngineTurn,
        _ finish: VerbFinish
    ) {
        guard let action else {
            finish(.next(after: .zero), turn)
            return
        }
        if redirect {
            finish(.fetch(action, .action, parameters: parameters), turn)
        } else {
            var request = call.parameters(event: nil)
            request.merge(parameters) { _, own in own }
            notify(call, kind: "action", url: action, parameters: request, at: turn.time)
            finish(.next(after: .zero), turn)
        }
    }
}
