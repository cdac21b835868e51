import Primitives

/// Gathers the lengths of a live play's files as the media port reports them, from whatever threads it uses:
/// the last report hands all of them over, in the play's order.
final class FileLengths: Sendable {
    private let results: LockedValue<[Result<SimulatedDuration, MediaError>?]>

    init(count: Int) {
        results = LockedValue(Array(repeating: nil, count: count))
    }

    /// Keeps one report; every result once the last one is in, nil before.
    func set(_ result: Result<SimulatedDuration, MediaError>, at index: Int) -> [Result<SimulatedDuration, MediaError>]? {
        results.withLock { results in
            results[index] = result
            let all = results.compactMap { $0 }
            return all.count == results.count ? all : nil
        }
    }
}
