/// One conference room on the engine thread: its members in the order they joined, and the settings its first
/// member fixed (`maxMembers`, `timeLimit`). Rules that move members live in `CallRuntime+Conference`.
final class ConferenceRoom {
    let key: ConferenceKey
    let conferenceUUID: String
    /// The main account, whose engine queue runs the room.
    let accountID: String
    let createdAt: SimulatedTime
    /// Fixed by the first member: Plivo ignores later members' values.
    let maxMembers: Int
    private(set) var members: [ConferenceMember] = []
    /// A member with `startConferenceOnEnter` has joined: until then members wait with the wait sound.
    var started = false
    /// A member joined with `stayAlone="false"` (FreeSWITCH's `mintwo`): the room ends when one member is left.
    var endsWhenAlone = false
    /// Ending: members leaving now do not end it again.
    var isEnding = false
    var timeLimit: EngineTimer?
    var recording: ConferenceRecording?
    /// Member ids count up from 1 per room, as strings of digits like Plivo's.
    private var lastMemberID = 0

    init(key: ConferenceKey, conferenceUUID: String, accountID: String, createdAt: SimulatedTime, maxMembers: Int) {
        self.key = key
        self.conferenceUUID = conferenceUUID
        self.accountID = accountID
        self.createdAt = createdAt
        self.maxMembers = maxMembers
    }

    var isFull: Bool { members.count >= maxMembers }

    func makeMemberID() -> String {
        lastMemberID += 1
        return String(lastMemberID)
    }

    func add(_ member: ConferenceMember) {
        members.append(member)
    }

    func remove(_ member: ConferenceMember) {
        members.removeAll { $0 === member }
    }

    var snapshot: LiveConference {
        LiveConference(
            name: key.name, conferenceUUID: conferenceUUID, ownerID: key.ownerID, accountID: accountID,
            createdAt: createdAt, members: members.map(\.snapshot))
    }
}
