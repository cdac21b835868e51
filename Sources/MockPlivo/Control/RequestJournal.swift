import Dispatch
import HTTPServerKit
import Primitives

/// The bounded, thread-safe record of API requests behind `/__mock/journal`, with long-poll waits.
///
/// Entries land when their answer is known (so every entry has its status), which also makes sequence numbers
/// follow the order of recording. When the ring is full the oldest entry goes: a long CI run keeps at most
/// `capacity` entries. A waiter is a callback, never a blocked thread: `record` hands it the entries it was
/// waiting for, and a timer on a background queue hands it what there is at its deadline.
final class RequestJournal: Sendable {
    /// What a list or a wait answers.
    struct Listing: Sendable {
        var entries: [JournalEntry]
        /// How many entries matched before `limit` cut the list.
        var matched: Int
    }

    private struct Waiter {
        let id: Int
        let filter: JournalFilter
        let count: Int
        /// How many stored entries match `filter`, kept up to date by `record` and `clear`, so that recording
        /// under load does not rescan the whole ring for every parked long-poll.
        var matched: Int
        let complete: @Sendable (Listing, _ timedOut: Bool) -> Void
    }

    private struct State {
        var entries: RingBuffer<JournalEntry>
        var nextSequence = 1
        var evicted = 0
        var waiters: [Waiter] = []
        var nextWaiterID = 1

        func listing(_ filter: JournalFilter, limit: Int?) -> Listing {
            let matching = entries.elements.filter(filter.matches)
            let kept = limit.map { Array(matching.suffix($0)) } ?? matching
            return Listing(entries: kept, matched: matching.count)
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
            let evicted = state.entries.append(entry)
            if evicted != nil || capacity == 0 { state.evicted += 1 }
            var done: [(Waiter, Listing)] = []
            var waiting: [Waiter] = []
            for var waiter in state.waiters {
                // The count can run ahead of the ring when a full ring evicts a matching entry; so it only says
                // when to take the exact listing, which decides and corrects it.
                if waiter.filter.matches(entry) { waiter.matched += 1 }
                if waiter.matched >= waiter.count {
                    let listing = state.listing(waiter.filter, limit: nil)
                    if listing.matched >= waiter.count {
                        done.append((waiter, listing))
                        continue
                    }
                    waiter.matched = listing.matched
                }
                waiting.append(waiter)
            }
            state.waiters = waiting
            return (evicted, done)
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
            state.entries.retain { !filter.matches($0) }
            for index in state.waiters.indices {
                state.waiters[index].matched = state.listing(state.waiters[index].filter, limit: nil).matched
            }
            return before - state.entries.count
        }
    }

    /// Calls `complete` once: as soon as `count` entries match (perhaps at once), or after `timeout` with what
    /// matches then and `timedOut` true. `complete` runs on the recording thread or a timer thread.
    func wait(
        for filter: JournalFilter, count: Int, timeout: Duration,
        complete: @escaping @Sendable (Listing, _ timedOut: Bool) -> Void
    ) {
        let registered: Int? = state.withLock { state in
            let matched = state.listing(filter, limit: nil).matched
            guard matched < count else { return nil }
            let id = state.nextWaiterID
            state.nextWaiterID += 1
            state.waiters.append(Waiter(id: id, filter: filter, count: count, matched: matched, complete: complete))
            return id
        }
        guard let id = registered else {
            complete(entries(matching: filter), false)
            return
        }
        let nanoseconds = Int(timeout.components.seconds) * 1_000_000_000
            + Int(timeout.components.attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
            let expired: (Waiter, Listing)? = state.withLock { state in
                guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                let waiter = state.waiters.remove(at: index)
                return (waiter, state.listing(waiter.filter, limit: nil))
            }
            if let (waiter, listing) = expired { waiter.complete(listing, true) }
        }
    }

    /// Waiters still parked, for tests.
    var waiterCount: Int { state.withLock { $0.waiters.count } }
}
