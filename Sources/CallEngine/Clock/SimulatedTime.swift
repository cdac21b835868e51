/// A point on the engine's simulated clock, in microseconds since the Unix epoch (UTC): the resolution of the
/// times Plivo prints (`2024-08-21 18:28:49.244057+05:30`). An integer, so two runs of one scenario compute the
/// very same times.
public struct SimulatedTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var microseconds: Int64

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    public init(secondsSince1970 seconds: Double) {
        microseconds = Int64((seconds * 1_000_000).rounded())
    }

    /// Later than every event, for a pace that releases everything.
    public static let distantFuture = SimulatedTime(microseconds: .max / 2)

    public var secondsSince1970: Double { Double(microseconds) / 1_000_000 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.microseconds < rhs.microseconds }

    public static func + (time: Self, duration: SimulatedDuration) -> Self {
        // Saturates below `distantFuture`: a duration of ``SimulatedDuration/longest`` is "never".
        let (sum, overflow) = time.microseconds.addingReportingOverflow(duration.microseconds)
        return SimulatedTime(microseconds: overflow ? Int64.max / 4 : min(sum, Int64.max / 4))
    }

    public static func - (later: Self, earlier: Self) -> SimulatedDuration {
        SimulatedDuration(microseconds: later.microseconds - earlier.microseconds)
    }

    public var description: String { "t\(microseconds)µs" }
}

/// A stretch of simulated time, in microseconds.
public struct SimulatedDuration: Comparable, Hashable, Sendable {
    public var microseconds: Int64

    public init(microseconds: Int64) {
        self.microseconds = microseconds
    }

    /// Longer than any call can last; what durations saturate at. A user's document may ask for
    /// `timeout="9999999999999"`: that must mean "never", not trap the engine every account shares.
    public static let longest = Self(microseconds: Int64.max / 8)

    public static func seconds(_ seconds: Int64) -> Self { saturating(seconds, times: 1_000_000) }
    public static func milliseconds(_ milliseconds: Int64) -> Self { saturating(milliseconds, times: 1_000) }
    public static let zero = Self(microseconds: 0)

    /// Whole seconds, rounded up: what Plivo reports as a call's `Duration`.
    public var secondsRoundedUp: Int64 { (microseconds + 999_999) / 1_000_000 }
    public var milliseconds: Int64 { microseconds / 1_000 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.microseconds < rhs.microseconds }
    public static func + (lhs: Self, rhs: Self) -> Self {
        let (sum, overflow) = lhs.microseconds.addingReportingOverflow(rhs.microseconds)
        return overflow ? longest : Self(microseconds: max(-longest.microseconds, min(sum, longest.microseconds)))
    }
    public static func * (lhs: Self, count: Int64) -> Self { saturating(lhs.microseconds, times: count) }

    private static func saturating(_ value: Int64, times factor: Int64) -> Self {
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        guard !overflow else { return value < 0 ? Self(microseconds: -longest.microseconds) : longest }
        return Self(microseconds: max(-longest.microseconds, min(product, longest.microseconds)))
    }
}
