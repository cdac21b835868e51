import PlivoXML

/// `<Record>`: records the other end (foreground), or the whole call from here on (`recordSession`), through a
/// ``RecordingSession``. `startOnDialAnswer` waits for a Dial the engine does not run yet: traced and skipped.
struct RecordVerb: VerbPerformer {
    let record: Record

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        if record.startOnDialAnswer && !record.recordSession {
            context.trace("Record skipped", [("reason", "startOnDialAnswer records a Dial, which is not simulated yet")])
            finish(.next(after: .zero), context.turn)
            return
        }
        let session = RecordingSession(runtime: context.runtime, call: context.call, record: record)
        if record.isBackground {
            session.startBackground(context.turn)
            finish(.next(after: .zero), context.turn)
        } else {
            session.startForeground(context.turn, finish)
        }
    }
}
