import PlivoXML

/// `<Record>`: records the other end (foreground), the whole call from here on (`recordSession`), or the next
/// Dial's bridge (`startOnDialAnswer`, started by ``DialSession``), through a ``RecordingSession``.
struct RecordVerb: VerbPerformer {
    let record: Record

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        if record.startOnDialAnswer && !record.recordSession {
            context.call.recordOnDialAnswer = record
            context.trace("Record waits for a Dial to be answered")
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
