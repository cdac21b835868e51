import PlivoXML

/// `<Dial>`: rings its numbers and users as B legs and bridges the first to answer (``DialSession``). Skipped,
/// with a trace entry, in an engine that has no ``DialPort`` to resolve them.
struct DialVerb: VerbPerformer {
    let dial: Dial

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        guard let dialing = context.runtime.dialing else {
            context.trace("Dial skipped", [("reason", "this engine has no handsets to dial")])
            finish(.next(after: .zero), context.turn)
            return
        }
        DialSession(runtime: context.runtime, call: context.call, dial: dial, finish: finish)
            .start(context.turn, dialing: dialing)
    }
}
