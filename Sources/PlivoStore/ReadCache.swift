import Primitives

/// Rows recently read from SQLite, so the reads made on every request (the account behind the credentials, an
/// application fetched by id) skip the statement and the store's connection lock.
///
/// Consistency comes from the store, not from expiry: ``SQLiteStore`` fills a cache only while it holds the
/// connection, and empties every cache in the same critical section as any write or restore. So a value found here
/// is what SQLite held at some instant after the last completed write, exactly what a read through the connection
/// could have answered. Only rows that exist are cached (a flood of unknown ids cannot grow it), and a full cache
/// starts over rather than tracking recency: the working set of a mock is a handful of accounts and applications.
final class ReadCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let capacity: Int
    private let entries: LockedValue<[Key: Value]>

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 1)
        entries = LockedValue([:])
    }

    func value(for key: Key) -> Value? {
        entries.withLock { $0[key] }
    }

    /// Call only with the store's connection held, with what it just read (see the type's comment).
    func insert(_ value: Value, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
    }

    /// Call only with the store's connection held, as part of a write.
    func removeAll() {
        entries.withLock { $0.removeAll(keepingCapacity: true) }
    }

    var count: Int { entries.withLock { $0.count } }
}
