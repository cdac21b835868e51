/// How call durations are rounded up before a per-minute rate applies, as carriers write it: `60/60`, `60/1`.
///
/// A call is billed the `initial` increment as soon as it lasts one second, then whole `subsequent` increments
/// for the rest: with 60/60 a 61-second call bills 120 seconds; with 60/1 it bills 61; with either a 5-second call
/// bills 60. A zero-second (unanswered) call bills nothing.
public struct BillingInterval: Hashable, Sendable, CustomStringConvertible {
    /// Seconds billed for the first increment, however short the call.
    public let initial: Int
    /// The increment every later second is rounded up to.
    public let subsequent: Int

    /// Per minute: every started minute is billed in full.
    public static let perMinute = BillingInterval(initial: 60, subsequent: 60)
    /// One minute minimum, then per second.
    public static let minuteThenSecond = BillingInterval(initial: 60, subsequent: 1)

    /// - Precondition: both increments are positive.
    public init(initial: Int, subsequent: Int) {
        precondition(initial > 0 && subsequent > 0, "billing increments must be positive")
        self.initial = initial
        self.subsequent = subsequent
    }

    /// `"60/60"`.
    public var description: String { "\(initial)/\(subsequent)" }

    /// The seconds a call of `duration` seconds is billed for. Negative durations bill nothing.
    public func billedSeconds(forDuration duration: Int) -> Int {
        guard duration > 0 else { return 0 }
        guard duration > initial else { return initial }
        let rest = duration - initial
        let increments = rest / subsequent + (rest % subsequent == 0 ? 0 : 1)
        return initial + increments * subsequent
    }

    /// The billed seconds and the charge for a call of `duration` seconds at a per-minute `rate`
    /// (see `Money.charge(forBilledSeconds:)` for the rounding).
    public func bill(duration: Int, perMinuteRate rate: Money) -> (billedSeconds: Int, amount: Money) {
        let billed = billedSeconds(forDuration: duration)
        return (billed, rate.charge(forBilledSeconds: billed))
    }
}
