#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A reading of the monotonic clock, in nanoseconds: the event loop's timestamps for its timeouts, and what
/// middleware that times each request can use.
///
/// Not `ContinuousClock.Instant`: that type comes from a library-evolution module, so every copy, store and test
/// of one (or of an optional one) goes through value-witness calls, which the loop made several times per request.
public struct MonotonicInstant: Comparable, Sendable {
    // Inlinable, with its storage usable from inlined code: the event loop reads and compares instants in its
    // hot path from another module.
    @usableFromInline var nanoseconds: Int64

    @inlinable init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    /// The clock now.
    public static var now: MonotonicInstant {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return MonotonicInstant(nanoseconds: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    @inlinable
    public static func + (instant: MonotonicInstant, duration: Duration) -> MonotonicInstant {
        let (seconds, attoseconds) = duration.components
        return MonotonicInstant(nanoseconds: instant.nanoseconds + seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    @inlinable
    public static func - (later: MonotonicInstant, earlier: MonotonicInstant) -> Duration {
        .nanoseconds(later.nanoseconds(since: earlier))
    }

    /// The nanoseconds from `earlier` to this instant, as a plain integer: no `Duration` and its 128-bit arithmetic.
    @inlinable
    public func nanoseconds(since earlier: MonotonicInstant) -> Int64 {
        nanoseconds - earlier.nanoseconds
    }

    @inlinable
    public static func < (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }
}
