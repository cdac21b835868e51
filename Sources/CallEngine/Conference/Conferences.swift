/// The rooms that have not ended, per account, on the engine thread; each change is published to the
/// ``ConferenceRegistry`` the API reads.
final class Conferences {
    let registry: ConferenceRegistry
    private var rooms: [ConferenceKey: ConferenceRoom] = [:]

    init(registry: ConferenceRegistry) {
        self.registry = registry
    }

    func room(_ key: ConferenceKey) -> ConferenceRoom? {
        rooms[key]
    }

    /// The room named `key` if it is still the one the API saw (`conferenceUUID`): a command posted as a room
    /// closes must not reach a new room that took its name since.
    func room(_ key: ConferenceKey, uuid: String) -> ConferenceRoom? {
        rooms[key].flatMap { $0.conferenceUUID == uuid ? $0 : nil }
    }

    /// The member `call` is in some room as, if it is in one.
    func member(of call: Call) -> ConferenceMember? {
        for room in rooms.values {
            if let member = room.members.first(where: { $0.call === call }) { return member }
        }
        return nil
    }

    func open(_ room: ConferenceRoom) {
        rooms[room.key] = room
        publish(room)
    }

    /// The room has ended: it leaves the API's view, and its name may open a new room.
    func close(_ room: ConferenceRoom) {
        room.timeLimit?.cancel()
        guard rooms[room.key] === room else { return }
        rooms[room.key] = nil
        registry.remove(room.key)
    }

    func publish(_ room: ConferenceRoom) {
        guard rooms[room.key] === room else { return }
        registry.update(room.snapshot)
    }

    /// Drops the members whose calls were discarded (an account reset), silently, and the rooms left empty.
    func discard(calls uuids: Set<String>) {
        for room in Array(rooms.values) {
            for member in room.members where uuids.contains(member.call.uuid) {
                member.hasLeft = true
                room.remove(member)
            }
            if room.members.isEmpty { close(room) } else { publish(room) }
        }
    }
}
