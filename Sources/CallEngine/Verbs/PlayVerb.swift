import PlivoXML

/// `<Play>`: an audio file, fetched to learn its length from its header (WAV or MP3) and played `loop` times
/// (`loop="0"`: until the call ends). A file that cannot be fetched is skipped, as Plivo skips it; one whose
/// length cannot be read plays for ``CallTiming/unknownAudioLength``.
struct PlayVerb: VerbPerformer {
    let play: Play

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        guard let media = context.runtime.media else {
            played(context.timing.unknownAudioLength, note: "length not looked up", context, context.turn, finish)
            return
        }
        let url = play.url
        let account = context.call.setup.accountID
        context.awaitResult({ done in media.audioLength(of: url, account: account, completion: done) }) { result, turn in
            switch result {
            case .success(let length):
                played(length, note: nil, context, turn, finish)
            case .failure(let error) where error.kind == .unreachable:
                context.runtime.trace(context.call, turn.time, "Play skipped", [("url", url), ("reason", error.message)])
                finish(.next(after: .zero), turn)
            case .failure(let error):
                played(context.timing.unknownAudioLength, note: error.message, context, turn, finish)
            }
        }
    }

    private func played(
        _ length: SimulatedDuration, note: String?, _ context: VerbContext, _ turn: EngineTurn,
        _ finish: @escaping VerbFinish
    ) {
        var details = [("url", play.url), ("loop", String(play.loop)), ("seconds", length.secondsText)]
        if let note { details.append(("note", note)) }
        context.runtime.trace(context.call, turn.time, "Play", details)
        finish(play.loop == 0 ? .holds : .next(after: length * Int64(play.loop)), turn)
    }
}
