/// Names a room: room names are per account and case-sensitive, so two accounts' "Standup" are two rooms.
struct ConferenceKey: Hashable, Sendable {
    /// The account that owns the room: a subaccount's id for its calls, else the main account's.
    var ownerID: String
    var name: String
}
