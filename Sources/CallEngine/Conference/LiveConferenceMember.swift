/// One member of a ``LiveConference``, with the fields of Plivo's member object.
public struct LiveConferenceMember: Sendable, Equatable {
    /// Digits, unique within the room.
    public var memberID: String
    public var callUUID: String
    public var from: String
    public var to: String
    public var callerName: String
    public var direction: CallDirection
    public var muted: Bool
    public var deaf: Bool
    /// `join_time` counts from here.
    public var joinedAt: SimulatedTime
}
