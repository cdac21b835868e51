import Primitives

/// The rooms that have not ended, as the API reads them: like ``CallRegistry``, a lock around small values the
/// engine replaces whenever a room changes.
final class ConferenceRegistry: Sendable {
    private let rooms = LockedValue<[ConferenceKey: LiveConference]>([:])

    func update(_ room: LiveConference) {
        rooms.withLock { $0[ConferenceKey(ownerID: room.ownerID, name: room.name)] = room }
    }

    func remove(_ key: ConferenceKey) {
        rooms.withLock { _ = $0.removeValue(forKey: key) }
    }

    func room(_ key: ConferenceKey) -> LiveConference? {
        rooms.withLock { $0[key] }
    }

    /// The rooms of `ownerID`, oldest first.
    func rooms(ownerID: String) -> [LiveConference] {
        rooms.withLock { $0.values.filter { $0.ownerID == ownerID } }
            .sorted { ($0.createdAt, $0.name) < ($1.createdAt, $1.name) }
    }

    func allRooms() -> [LiveConference] {
        rooms.withLock { Array($0.values) }
    }
}
