import Dispatch
import HTTPServerKit
import Primitives

/// The bounded, thread-safe record of API requests behind `/__mock/journal`, with long-poll waits.
///
/// Entries land when their answer is known (so every entry has its status), which also makes sequence numbers
/// follow the order of recording. When the ring is full the oldest entry goes: a long CI run keeps at most
/// `capacity` entries. A waiter is a callback, never a blocked thread: `record` hands it the entries it was
/// waiting for, and a timer on a background queue hands it what there is at its deadline.
///
/// Each waiter keeps an exact count of the stored entries its filter matches: recording adds the new entry and
/// takes out the one a full ring pushed out, a clear takes out what it removes. So the ring is walked once when a
/// waiter parks and once when it completes, never per recorded entry, and waiters are indexed by the account
/// their filter names, so an entry only meets the waiters that could want it.
final class RequestJournal: Sendable {
    /// What a list or a wait answers.
    struct Listing: Sendable {
        var entries: [JournalEntry]
        /// How many entries matched before `limit` cut the list.
        var matched: Int
    }

    private struct Waiter {
        let filter: JournalFilter
        let count: Int
        /// How many stored entries match `filter`, exactly.
        var matched: Int
        let complete: @Sendable (Listing, _ timedOut: Bool) -> Void
    }

    /// The parked waiters by id, and their ids by the account their filter names (`nil`: any account).
    private struct Waiters {
        private(set) var byID: [Int: Waiter] = [:]
        private var idsByAccount: [String?: Set<Int>] = [:]

        var isEmpty: Bool { byID.isEmpty }

        mutating func insert(_ waiter: Waiter, id: Int) {
            byID[id] = waiter
            idsByAccount[waiter.filter.account, default: []].insert(id)
        }

        mutating func remove(id: Int) -> Waiter? {
            guard let waiter = byID.removeValue(forKey: id) else { return nil }
            idsByAccount[waiter.filter.account]?.remove(id)
            if idsByAccount[waiter.filter.account]?.isEmpty == true { idsByAccount[waiter.filter.account] = nil }
            return waiter
        }

        /// Adds `delta` to the count of every waiter whose filter matches `entry`; returns their ids.
        mutating func count(_ entry: borrowing JournalEntry, adding delta: Int) -> [Int] {
            var counted: [Int] = []
            for key in entry.account == nil ? [nil] : [entry.account, nil] {
                for id in idsByAccount[key] ?? [] where byID[id]!.filter.matches(entry) {
                    byID[id]!.matched += delta
                    counted.append(id)
                }
            }
            return counted
        }
    }

    private struct State {
        var entries: RingBuffer<JournalEntry>
        var nextSequence = 1
        var evicted = 0
        var waiters = Waiters()
        var nextWaiterID = 1
        var ringScans = 0

        mutating func listing(_ filter: JournalFilter, limit: Int?) -> Listing {
            ringScans += 1
            let matching = entries.elements.filter(filter.matches)
            let kept = limit.map { Array(matching.suffix($0)) } ?? matching
            return Listing(entries: kept, matched: matching.count)
        }

        /// Removes the waiters among `ids` whose count is reached, with what they waited for.
        mutating func takeSatisfied(among ids: [Int]) -> [(Waiter, Listing)] {
            var done: [(Waiter, Listing)] = []
            for id in ids {
                guard let waiter = waiters.byID[id], waiter.matched >= waiter.count,
                    let removed = waiters.remove(id: id)
                else { continue }
                done.append((removed, listing(removed.filter, limit: nil)))
            }
            return done
        }
    }

    let capacity: Int
    private let state: LockedValue<State>

    init(capacity: Int) {
        self.capacity = capacity
        state = LockedValue(State(entries: RingBuffer(capacity: capacity)))
    }

    /// Gives `entry` the next sequence number, stores it, and completes the waiters it satisfies.
    func record(_ entry: consuming JournalEntry) {
        var pending: JournalEntry? = consume entry
        let (evicted, satisfied): (JournalEntry?, [(Waiter, Listing)]) = state.withLock { state in
            // Moved in, not copied: recording runs on every API request.
            var entry = pending.take()!
            entry.sequence = state.nextSequence
            state.nextSequence += 1
            guard !state.waiters.isEmpty else {
                let evicted = state.entries.append(consume entry)
                if evicted != nil || capacity == 0 { state.evicted += 1 }
                return (evicted, [])
            }
            let counted = capacity > 0 ? state.waiters.count(entry, adding: 1) : []
            let evicted = state.entries.append(consume entry)
            if evicted != nil || capacity == 0 { state.evicted += 1 }
            if let evicted { _ = state.waiters.count(evicted, adding: -1) }
            return (evicted, counted.isEmpty ? [] : state.takeSatisfied(among: counted))
        }
        // The entry a full ring pushed out is released here, after the lock: freeing what it held (the headers,
        // path and body of an old request) was the larger part of the time the lock was held.
        _ = consume evicted
        // Usually no one waits: skip iterating an empty list, which still showed in profiles per request.
        guard !satisfied.isEmpty else { return }
        for (waiter, listing) in satisfied { waiter.complete(listing, false) }
    }

    /// The matching entries, oldest first; with `limit`, only the newest `limit` of them.
    func entries(matching filter: JournalFilter, limit: Int? = nil) -> Listing {
        state.withLock { $0.listing(filter, limit: limit) }
    }

    /// How many entries were recorded and how many the bound pushed out, since start.
    var totals: (recorded: Int, evicted: Int) {
        state.withLock { ($0.nextSequence - 1, $0.evicted) }
    }

    /// Removes the matching entries; returns how many went.
    @discardableResult
    func clear(matching filter: JournalFilter) -> Int {
        state.withLock { state in
            let before = state.entries.count
            if !state.waiters.isEmpty {
                for entry in state.entries.elements where filter.matches(entry) {
                    _ = state.waiters.count(entry, adding: -1)
                }
            }
            state.entries.retain { !filter.matches($0) }
            return before - state.entries.count
        }
    }

    /// Calls `complete` once: as soon as `count` entries match (perhaps at once), or after `timeout` with what
    /// matches then and `timedOut` true. `complete` runs on the recording thread or a timer thread. Returns the
    /// waiter's id for ``cancelWait(_:)``, or nil when it completed at once.
    @discardableResult
    func wait(
        for filter: JournalFilter, count: Int, timeout: Duration,
        complete: @escaping @Sendable (Listing, _ timedOut: Bool) -> Void
    ) -> Int? {
        enum Registration {
            case satisfied(Listing)
            case parked(id: Int)
        }
        let registration: Registration = state.withLock { state in
            let listing = state.listing(filter, limit: nil)
            guard listing.matched < count else { return .satisfied(listing) }
            let id = state.nextWaiterID
            state.nextWaiterID += 1
            state.waiters.insert(Waiter(filter: filter, count: count, matched: listing.matched, complete: complete), id: id)
            return .parked(id: id)
        }
        guard case .parked(let id) = registration else {
            if case .satisfied(let listing) = registration { complete(listing, false) }
            return nil
        }
        let nanoseconds = Int(timeout.components.seconds) * 1_000_000_000
            + Int(timeout.components.attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
            let expired: (Waiter, Listing)? = state.withLock { state in
                guard let waiter = state.waiters.remove(id: id) else { return nil }
                return (waiter, state.listing(waiter.filter, limit: nil))
            }
            if let (waiter, listing) = expired { waiter.complete(listing, true) }
        }
        return id
    }

    /// Drops a parked waiter without completing it (its client has gone away, or the caller answers it some other
    /// way); false when it had completed already.
    @discardableResult
    func cancelWait(_ id: Int) -> Bool {
        state.withLock { $0.waiters.remove(id: id) != nil }
    }

    /// How many times the ring was walked for a listing, for tests.
    var ringScans: Int { state.withLock { $0.ringScans } }

    /// Waiters still parked, for tests.
    var waiterCount: Int { state.withLock { $0.waiters.byID.count } }
}
