import PlivoXML

/// What a verb sees while it runs: the call, the turn (its simulated time), and what it may do to the call.
struct VerbContext {
    let runtime: CallRuntime
    let call: Call
    let turn: EngineTurn
    /// Inside `<PreAnswer>`: media plays without answering the call.
    let earlyMedia: Bool

    var time: SimulatedTime { turn.time }
    var timing: CallTiming { runtime.timing }

    /// Answers an inbound call that is still ringing, now: what a verb that needs the line does first
    /// (Speak, Play, DTMF, Redirect, ...; not Wait, PreAnswer or Hangup). Nothing in early media.
    func answer() {
        guard !earlyMedia else { return }
        runtime.markAnswered(call, turn)
    }

    func trace(_ event: String, _ details: [(String, String)] = []) {
        runtime.trace(call, turn.time, event, details)
    }

    /// Waits for I/O the verb's timing depends on (an audio file's length): `start` begins it and calls its
    /// completion from any thread; `then` runs back on the engine at this same simulated time. The call's other
    /// work waits meanwhile, as for a fetched document.
    func awaitResult<Value: Sendable>(
        _ start: (@escaping @Sendable (Value) -> Void) -> Void, then: @escaping (Value, EngineTurn) -> Void
    ) {
        let token = call.beginHold(at: turn.time)
        let (time, account, engine) = (turn.time, call.setup.accountID, runtime.engine)
        // Two boxes rather than one holding a tuple: the release build's optimizer crashed on the tuple
        // (Swift 6.3.1, "Found ownership error" in CopyPropagation).
        let call = EngineBound(self.call)
        let then = EngineBound(then)
        start { value in
            engine.post(account: account, at: time) { turn in
                call.value.resume(token, in: turn) { then.value(value, turn) }
            }
        }
    }

    /// Runs `verbs` one after another (`<PreAnswer>`'s children, a GetDigits' prompts), then finishes with what
    /// the last one asked, or with whatever a child ends the sequence with (a hangup, a redirect). Stops, without
    /// finishing, once `isWanted` says no (a key interrupted the prompts).
    func performSequence(
        _ verbs: ArraySlice<PlivoVerb>, earlyMedia: Bool, while isWanted: @escaping () -> Bool = { true },
        _ finish: @escaping VerbFinish
    ) {
        guard isWanted() else { return }
        guard let first = verbs.first else {
            finish(.next(after: .zero), turn)
            return
        }
        let generation = call.generation
        let nested = VerbContext(runtime: runtime, call: call, turn: turn, earlyMedia: earlyMedia)
        nested.perform(first) { [call, runtime] outcome, turn in
            guard case .next(let duration) = outcome else {
                finish(outcome, turn)
                return
            }
            call.at(turn.time + duration, in: turn) { turn in
                guard call.generation == generation else { return }
                VerbContext(runtime: runtime, call: call, turn: turn, earlyMedia: earlyMedia)
                    .performSequence(verbs.dropFirst(), earlyMedia: earlyMedia, while: isWanted, finish)
            }
        }
    }
}
