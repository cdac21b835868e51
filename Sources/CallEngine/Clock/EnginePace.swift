import Primitives

/// Decides when, in real time, what the engine scheduled at a simulated time may happen: the link between the
/// simulated clock and the wall clock. The engine reads no other time.
public protocol EnginePace: Sendable {
    /// The simulated time the engine starts at.
    var origin: SimulatedTime { get }

    /// The latest simulated time whose events may run now.
    func releasedUntil() -> SimulatedTime

    /// How long the engine may sleep before `time` is released; nil to sleep until woken.
    func realWait(until time: SimulatedTime) -> Duration?

    /// The simulated present, given the latest time the engine has processed: where a new call or message
    /// starts.
    func present(afterProcessing processed: SimulatedTime) -> SimulatedTime

    /// Tells the pace whom to wake when it moves by itself (a manual clock advanced by a test).
    func onAdvance(_ wake: @escaping @Sendable () -> Void)
}

/// The wall clock scaled by `timeScale`: an event `d` simulated seconds after `origin` runs `d × timeScale` real
/// seconds after the engine started. `1` is real time (demos), `0` runs everything at once, in order (tests),
/// and `0.1` is ten times faster than life.
///
/// At `0` the present is the latest time processed, so it runs ahead of the wall clock by the delays played;
/// given a `wallClock` it never falls behind it either, so a message sent a minute after the last one is not
/// stamped at the earlier one's time. Seeded runs leave the wall clock out: their times must repeat.
public struct ScaledPace: EnginePace {
    public let origin: SimulatedTime
    public let timeScale: Double
    private let started: MonotonicInstant
    private let wallClock: (@Sendable () -> SimulatedTime)?

    public init(origin: SimulatedTime, timeScale: Double, wallClock: (@Sendable () -> SimulatedTime)? = nil) {
        precondition(timeScale >= 0 && timeScale.isFinite, "a time scale is a finite number >= 0")
        self.origin = origin
        self.timeScale = timeScale
        self.wallClock = wallClock
        started = .now
    }

    private var elapsedSimulated: SimulatedDuration {
        let real = MonotonicInstant.now.nanoseconds(since: started)
        return SimulatedDuration(microseconds: Int64(Double(real) / 1_000 / timeScale))
    }

    public func releasedUntil() -> SimulatedTime {
        timeScale == 0 ? .distantFuture : origin + elapsedSimulated
    }

    public func realWait(until time: SimulatedTime) -> Duration? {
        guard timeScale > 0 else { return .zero }
        let due = Double((time - origin).microseconds) * timeScale
        let elapsed = Double(MonotonicInstant.now.nanoseconds(since: started)) / 1_000
        return .microseconds(max(0, Int64(due - elapsed)))
    }

    public func present(afterProcessing processed: SimulatedTime) -> SimulatedTime {
        guard timeScale > 0 else { return max(processed, wallClock?() ?? origin) }
        return max(processed, origin + elapsedSimulated)
    }

    public func onAdvance(_ wake: @escaping @Sendable () -> Void) {}
}

/// A clock only a test moves (`advance(by:)`): events run when the test says their time has come, so a test
/// steps through a call instead of sleeping.
public final class ManualPace: EnginePace {
    public let origin: SimulatedTime
    private let state: LockedValue<(now: SimulatedTime, wake: (@Sendable () -> Void)?)>

    public init(origin: SimulatedTime) {
        self.origin = origin
        state = LockedValue((origin, nil))
    }

    /// The manual clock's time.
    public var now: SimulatedTime { state.withLock { $0.now } }

    /// Moves the clock on and wakes the engine to run what became due.
    public func advance(by duration: SimulatedDuration) {
        let wake = state.withLock { state in
            state.now = state.now + duration
            return state.wake
        }
        wake?()
    }

    public func releasedUntil() -> SimulatedTime { now }
    public func realWait(until time: SimulatedTime) -> Duration? { nil }
    public func present(afterProcessing processed: SimulatedTime) -> SimulatedTime { max(processed, now) }

    public func onAdvance(_ wake: @escaping @Sendable () -> Void) {
        state.withLock { $0.wake = wake }
    }
}
