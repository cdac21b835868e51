import Primitives

/// The most recent simulations, kept in memory for inspection (`/__mock/…` routes): a ``RingBuffer`` of fixed
/// capacity, so a long-running mock's memory stays bounded however many simulations it plays.
final class SimulationLog: Sendable {
    let capacity: Int
    private let records: LockedValue<RingBuffer<SimulationRecord>>

    /// - Parameter capacity: records kept; at least 1.
    init(capacity: Int = 100) {
        self.capacity = max(capacity, 1)
        records = LockedValue(RingBuffer(capacity: max(capacity, 1)))
    }

    /// Keeps `record`, evicting the oldest when full.
    func append(_ record: SimulationRecord) {
        records.withLock { _ = $0.append(record) }
    }

    /// The kept records, newest first.
    func list() -> [SimulationRecord] {
        records.withLock { $0.newestFirst }
    }

    /// The newest kept record with this id (call UUID or message UUID), if it has not been evicted.
    func record(id: String) -> SimulationRecord? {
        list().first { $0.id == id }
    }

    /// Forgets the records `shouldRemove` picks (a reset of everything, or of one account).
    func removeAll(where shouldRemove: (SimulationRecord) -> Bool) {
        records.withLock { $0.retain { !shouldRemove($0) } }
    }
}
