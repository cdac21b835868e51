import HTTPServerKit

/// The most recent simulations, kept in memory for inspection (`/__mock/…` routes): a ring buffer of fixed
/// capacity, so a long-running mock's memory stays bounded however many simulations it plays.
final class SimulationLog: Sendable {
    private struct Ring {
        var slots: [SimulationRecord?]
        /// Where the next record goes; the oldest record is there once the ring is full.
        var next = 0
    }

    let capacity: Int
    private let ring: LockedValue<Ring>

    /// - Parameter capacity: records kept; at least 1.
    init(capacity: Int = 100) {
        self.capacity = max(capacity, 1)
        ring = LockedValue(Ring(slots: Array(repeating: nil, count: max(capacity, 1))))
    }

    /// Keeps `record`, evicting the oldest when full.
    func append(_ record: SimulationRecord) {
        ring.withLock { ring in
            ring.slots[ring.next] = record
            ring.next = (ring.next + 1) % ring.slots.count
        }
    }

    /// The kept records, newest first.
    func list() -> [SimulationRecord] {
        ring.withLock { ring in
            let count = ring.slots.count
            return (1...count).compactMap { offset in ring.slots[(ring.next - offset + count) % count] }
        }
    }

    /// The newest kept record with this id (call UUID or message UUID), if it has not been evicted.
    func record(id: String) -> SimulationRecord? {
        list().first { $0.id == id }
    }

    /// Forgets the records `shouldRemove` picks (a reset of everything, or of one account).
    func removeAll(where shouldRemove: (SimulationRecord) -> Bool) {
        ring.withLock { ring in
            for index in ring.slots.indices where ring.slots[index].map(shouldRemove) == true {
                ring.slots[index] = nil
            }
        }
    }
}
