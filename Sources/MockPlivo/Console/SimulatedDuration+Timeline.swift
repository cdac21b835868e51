import CallEngine

/// The arithmetic ``CallTimeline`` needs that the engine has no use for: lengths read from a trace's `seconds`
/// details, and the length of a bar from its two ends.
extension SimulatedDuration {
    init(seconds: Double) {
        self.init(microseconds: Int64((seconds * 1_000_000).rounded()))
    }

    static func - (lhs: Self, rhs: Self) -> Self {
        Self(microseconds: lhs.microseconds - rhs.microseconds)
    }
}
