/// What an event sees while it runs on the engine thread: its simulated time, and a way to schedule what follows.
///
/// Never leaves the engine thread (it is not `Sendable`): scheduling from elsewhere goes through
/// ``EngineLoop/post(account:at:_:)``.
public final class EngineTurn {
    /// The simulated time of the event being run: follow-ups are scheduled relative to it, so a call's timeline
    /// never depends on how long the engine, the user's server or other accounts took.
    public let time: SimulatedTime
    /// The account the event belongs to: what the fairness between accounts is kept by.
    public let account: String
    unowned let loop: EngineLoop

    init(time: SimulatedTime, account: String, loop: EngineLoop) {
        self.time = time
        self.account = account
        self.loop = loop
    }

    /// Runs `work` when the simulated clock reaches `time` (at once if it already has), for the same account.
    public func schedule(at time: SimulatedTime, _ work: @escaping (EngineTurn) -> Void) {
        loop.schedule(Job(time: max(time, self.time), account: account, work: work))
    }

    /// Runs `work` `delay` after this event.
    public func schedule(after delay: SimulatedDuration, _ work: @escaping (EngineTurn) -> Void) {
        schedule(at: time + delay, work)
    }

    /// Like ``schedule(at:_:)``, for work that may be called off: cancelling the timer before `time` drops it.
    public func timer(at time: SimulatedTime, _ work: @escaping (EngineTurn) -> Void) -> EngineTimer {
        let timer = EngineTimer()
        loop.schedule(Job(time: max(time, self.time), account: account, work: work, timer: timer))
        return timer
    }

    /// Records a change for the store; the engine hands it over with the others of this round of work.
    public func record(_ change: EngineChange) {
        loop.record(change)
    }

    /// Runs `action` on the engine thread once every change recorded so far is stored: where a callback that
    /// announces a change is sent, so that the user's server can look the change up when it arrives.
    public func afterChangesStored(_ action: @escaping () -> Void) {
        loop.afterChangesStored(action)
    }

    /// The engine, for posting work that completes elsewhere (a callback's answer) back onto this thread.
    public var engine: EngineLoop { loop }
}

/// One piece of scheduled work.
struct Job {
    var time: SimulatedTime
    var account: String
    var work: (EngineTurn) -> Void
    var timer: EngineTimer?
}

/// A scheduled job that may be called off (``EngineTurn/timer(at:_:)``). Engine thread only.
public final class EngineTimer {
    public private(set) var isCancelled = false

    init() {}

    public func cancel() {
        isCancelled = true
    }
}
