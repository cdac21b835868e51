/// The verbs the engine validates but does not run yet (Conference, Stream: the conference work). The trace says so and the call goes on with the next verb, so a
/// document that uses them still runs its other verbs.
struct NotYetSimulatedVerb: VerbPerformer {
    let name: String

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.trace("\(name) skipped", [("reason", "<\(name)> is parsed and validated but not simulated yet")])
        finish(.next(after: .zero), context.turn)
    }
}
