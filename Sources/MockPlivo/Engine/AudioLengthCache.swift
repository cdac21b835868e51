import CallEngine
import Primitives

/// Play lengths by URL for ``AudioMediaPort``, so that a `<Play>` in 10,000 calls fetches its file once rather
/// than 10,000 times; and the fetch itself shared by every lookup of that URL on one account while it runs, since
/// a burst of calls all miss the cache before the first fetch comes back.
///
/// Only lengths are kept, never failures: a developer who fixes a 404 or a broken file is not made to wait. A
/// length lives a minute, so one who replaces the file behind a URL hears the new one a minute later at most,
/// while a campaign still fetches its file about once a minute. At most `capacity` lengths are kept: when full,
/// the expired go first, else the one closest to expiring, so an agent that plays a new URL per call cannot grow
/// the cache. The length of a URL is the same for every account, so entries are shared; the fetches are not, so
/// each runs on its account's own connections and one account's slow server holds only its own calls.
final class AudioLengthCache: Sendable {
    typealias Completion = @Sendable (Result<SimulatedDuration, MediaError>) -> Void

    private struct Entry {
        var length: SimulatedDuration
        var expires: MonotonicInstant
    }

    private struct Fetch: Hashable {
        var url: String
        var account: String
    }

    private struct State {
        var lengths: [String: Entry] = [:]
        var waiting: [Fetch: [Completion]] = [:]
    }

    let capacity: Int
    let lifetime: Duration
    private let state = LockedValue(State())

    init(capacity: Int = 1_024, lifetime: Duration = .seconds(60)) {
        self.capacity = max(capacity, 1)
        self.lifetime = lifetime
    }

    /// The length cached for `url`, if it has not expired.
    func length(of url: String, now: MonotonicInstant = .now) -> SimulatedDuration? {
        state.withLock { state in
            guard let entry = state.lengths[url] else { return nil }
            guard now < entry.expires else {
                state.lengths[url] = nil
                return nil
            }
            return entry.length
        }
    }

    /// What a lookup found.
    enum Join: Equatable {
        /// The length, cached: `completion` was not kept.
        case cached(SimulatedDuration)
        /// The first lookup: its caller must fetch, then call ``finish(_:account:with:now:)``.
        case first
        /// A fetch is out: `completion` runs when it ends.
        case waiting
    }

    /// Looks `url` up for `account`: its cached length, or `completion` added to the lookups waiting for a fetch.
    /// One step under one lock, so that a fetch ending between a miss and the join cannot make a second fetch.
    func join(_ url: String, account: String, now: MonotonicInstant = .now, _ completion: @escaping Completion) -> Join {
        state.withLock { state in
            if let entry = state.lengths[url] {
                if now < entry.expires { return .cached(entry.length) }
                state.lengths[url] = nil
            }
            let fetch = Fetch(url: url, account: account)
            let isFirst = state.waiting[fetch] == nil
            state.waiting[fetch, default: []].append(completion)
            return isFirst ? .first : .waiting
        }
    }

    /// Ends the fetch of `url` on `account`: keeps a length, then completes every lookup that waited for it,
    /// outside the lock.
    func finish(_ url: String, account: String, with result: Result<SimulatedDuration, MediaError>, now: MonotonicInstant = .now) {
        let waiting = state.withLock { state in
            if case .success(let length) = result {
                if state.lengths[url] == nil && state.lengths.count >= capacity { Self.evict(from: &state.lengths, now: now) }
                state.lengths[url] = Entry(length: length, expires: now + lifetime)
            }
            return state.waiting.removeValue(forKey: Fetch(url: url, account: account)) ?? []
        }
        for completion in waiting { completion(result) }
    }

    /// How many lengths are kept, expired ones included until they are next looked up or evicted.
    var count: Int { state.withLock { $0.lengths.count } }

    /// Makes room for one: every expired entry, or if none has expired, the one that expires first. A linear
    /// scan over at most `capacity` entries, run only when a new URL arrives at a full cache.
    private static func evict(from lengths: inout [String: Entry], now: MonotonicInstant) {
        let before = lengths.count
        lengths = lengths.filter { now < $0.value.expires }
        if lengths.count == before, let oldest = lengths.min(by: { $0.value.expires < $1.value.expires }) {
            lengths[oldest.key] = nil
        }
    }
}
