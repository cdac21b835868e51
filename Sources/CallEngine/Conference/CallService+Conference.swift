/// Conferences, as the API uses them (`docs/conferences.md`): reads come from the published rooms without
/// waiting for the engine; commands become engine jobs at the simulated present. `ownerID` is the account asking
/// (a subaccount's id when a subaccount asks): rooms belong to the account whose calls opened them. Each command
/// names the room by its `conferenceUUID` too, and does nothing if that room ended before the engine ran it.
extension CallService {
    /// The names of the account's rooms, oldest first.
    public func conferenceNames(ownerID: String) -> [String] {
        conferenceRegistry.rooms(ownerID: ownerID).map(\.name)
    }

    /// The account's rooms with their members, oldest first.
    public func conferences(ownerID: String) -> [LiveConference] {
        conferenceRegistry.rooms(ownerID: ownerID)
    }

    public func conference(_ name: String, ownerID: String) -> LiveConference? {
        conferenceRegistry.room(ConferenceKey(ownerID: ownerID, name: name))
    }

    /// Hangs up every member of the room. False when the account has no such room.
    public func hangupConference(_ name: String, ownerID: String) -> Bool {
        guard let room = conference(name, ownerID: ownerID) else { return false }
        post(room) { runtime, turn in
            runtime.hangupConference(ConferenceKey(ownerID: ownerID, name: name), uuid: room.conferenceUUID, turn)
        }
        return true
    }

    /// Hangs up every member of every room of the account.
    public func hangupAllConferences(ownerID: String) {
        for room in conferenceRegistry.rooms(ownerID: ownerID) {
            post(room) { runtime, turn in
                runtime.hangupConference(ConferenceKey(ownerID: ownerID, name: room.name), uuid: room.conferenceUUID, turn)
            }
        }
    }

    /// Acts on the selected members. False when the account has no such room, or none of the ids is a member of it.
    public func conferenceMembers(
        _ name: String, _ selection: ConferenceMemberSelection, _ action: ConferenceMemberAction, ownerID: String
    ) -> Bool {
        guard let room = conference(name, ownerID: ownerID), room.members.contains(where: { selection.includes($0.memberID) }) else { return false }
        let key = ConferenceKey(ownerID: ownerID, name: name)
        post(room) { runtime, turn in runtime.conferenceMembers(key, uuid: room.conferenceUUID, selection, action, turn) }
        return true
    }

    private func post(_ room: LiveConference, _ work: @escaping @Sendable (CallRuntime, EngineTurn) -> Void) {
        engine.post(account: room.accountID) { [runtime] turn in work(runtime.value, turn) }
    }
}
