import PlivoXML

/// One call as the engine runs it: where it is in its life and in its XML, and the work it has scheduled.
/// Touched on the engine thread only; the API sees it through ``LiveCall`` snapshots.
final class Call {
    let setup: CallSetup
    /// Every request the call makes goes through this, one after another: a user's server sees the ring before
    /// the answer, and the answer before the hangup.
    let callbacks: CallbackSequence
    var status = CallStatus.queued
    var ringingAt: SimulatedTime?
    var answeredAt: SimulatedTime?
    var endedAt: SimulatedTime?
    /// The machine detection verdict, once there is one.
    var machine: Bool?

    /// The document being run and the index of the next verb in it.
    var program: [PlivoVerb] = []
    var position = 0
    /// Bumped whenever the program is replaced (redirect, transfer) and when the call ends: work scheduled for
    /// an older program finds another number and does nothing.
    var generation = 0
    /// Whether the fallback URL was tried already for this answer.
    var triedFallback = false
    /// Run once when the call ends, before its CDR is made: what must end with it (a recording, a Dial's
    /// other legs), or hear of it (the Dial a B leg belongs to).
    var endHooks = CallEndHooks()
    /// Why it ended, once it has.
    var endCause: HangupCause?
    /// A `<Record startOnDialAnswer="true">` waiting for the next Dial to be answered.
    var recordOnDialAnswer: Record?
    /// What hears the other end's keys and speech now (a GetDigits collecting), if anything.
    var listener: (any InputListener)?
    /// How much of the handset's script of keys and of speech the call has used (one entry per attempt).
    private var scriptedDigitsUsed = 0
    private var scriptedSpeechUsed = 0

    /// Set while a request whose answer steers the call (answer XML, a redirect, an audio file's length) is out:
    /// the call's work due after this time waits for that answer, so that at `--time-scale 0` a 30 s hangup
    /// does not run while the XML that would have played before it is still on its way.
    private(set) var awaitingSince: SimulatedTime?
    /// Which wait ``awaitingSince`` belongs to: only its own answer ends it (an older request answering late,
    /// a Play's length after a key interrupted it, must not release a newer wait).
    private var holdToken = 0
    private var held: [(time: SimulatedTime, work: (EngineTurn) -> Void, handle: EngineTimer)] = []
    /// Timers still to fire, cancelled when the call ends so that they neither run nor move the clock.
    private var pending: [(time: SimulatedTime, timer: EngineTimer, handle: EngineTimer)] = []
    /// Told when the API replaces what the call runs (a transfer): what the verb running now left running (a
    /// Dial's legs, a recording, a listener) ends with it. One at a time, as one verb runs at a time: each
    /// interactive verb sets it when it starts; cleared once told.
    var onTransfer: ((EngineTurn) -> Void)?
    /// The named timers that later events call off.
    var ringTimeout: EngineTimer?
    /// What the live-call API is playing and recording on the call (`CallRuntime+LiveControl`).
    var live = LiveMedia()

    init(setup: CallSetup, callbacks: CallbackSequence) {
        self.setup = setup
        self.callbacks = callbacks
    }

    var uuid: String { setup.callUUID }
    var isOver: Bool { endedAt != nil }
    var isAnswered: Bool { answeredAt != nil }

    /// Runs `work` at `time` (not before `turn`'s), unless the call has ended by then; held while a steering
    /// request is out (see ``awaitingSince``).
    /// The handle returned stays good when the work is held and scheduled again: cancelling it calls the work
    /// off wherever it is.
    @discardableResult
    func at(_ time: SimulatedTime, in turn: EngineTurn, _ work: @escaping (EngineTurn) -> Void) -> EngineTimer {
        let handle = EngineTimer()
        schedule(work, at: time, handle: handle, turn)
        return handle
    }

    private func schedule(
        _ work: @escaping (EngineTurn) -> Void, at time: SimulatedTime, handle: EngineTimer, _ turn: EngineTurn
    ) {
        pending.removeAll { $0.time < turn.time }
        let timer = turn.timer(at: time) { [weak self] turn in
            guard !handle.isCancelled else { return }
            self?.fire(work, handle, turn)
        }
        pending.append((max(time, turn.time), timer, handle))
    }

    private func fire(_ work: @escaping (EngineTurn) -> Void, _ handle: EngineTimer, _ turn: EngineTurn) {
        guard !isOver else { return }
        if let since = awaitingSince, turn.time > since {
            held.append((turn.time, work, handle))
            return
        }
        work(turn)
    }

    /// Starts waiting for a steering request sent now; its answer calls ``resume(_:in:_:)`` with the token.
    func beginHold(at time: SimulatedTime) -> Int {
        holdToken += 1
        awaitingSince = time
        return holdToken
    }

    /// The steering request is answered: `resume` runs the call on from it, then work held meanwhile is
    /// scheduled again at its own times, after whatever `resume` scheduled for earlier. The wait ends before
    /// `resume` rather than after, because `resume` may begin the next one (a document whose first verb is a
    /// `<Play>` or a `<Redirect>`), which must hold the call's later work in turn: ending the wait after it
    /// let a four-hour time limit or a callee's hangup run while a Play's file was still being fetched.
    /// The answer to an older wait (`token` is no longer the current one) only runs `resume`, whose own checks
    /// find it stale, and leaves the newer wait in place.
    func resume(_ token: Int, in turn: EngineTurn, _ resume: () -> Void) {
        guard token == holdToken, awaitingSince != nil else {
            resume()
            return
        }
        awaitingSince = nil
        resume()
        let held = self.held
        self.held = []
        for (time, work, handle) in held where !handle.isCancelled { schedule(work, at: time, handle: handle, turn) }
    }

    /// The handset's next entry of keys, if its script has one left.
    func takeScriptedDigits() -> String? {
        let script = setup.remote.digits
        guard scriptedDigitsUsed < script.count else { return nil }
        scriptedDigitsUsed += 1
        return script[scriptedDigitsUsed - 1]
    }

    /// The handset's next thing to say, if its script has one left.
    func takeScriptedSpeech() -> String? {
        let script = setup.remote.speech
        guard scriptedSpeechUsed < script.count else { return nil }
        scriptedSpeechUsed += 1
        return script[scriptedSpeechUsed - 1]
    }

    /// Calls off everything scheduled: the call has ended.
    func cancelAll() {
        generation += 1
        for (_, timer, handle) in pending {
            timer.cancel()
            handle.cancel()
        }
        pending = []
        held = []
        // What verbs left here holds the call in turn: let go, so the ended call can be freed.
        listener = nil
        onTransfer = nil
    }
}
