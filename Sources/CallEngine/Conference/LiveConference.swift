/// What the API shows of a conference room that has not ended: `GET …/Conference/{name}/`. Published by the
/// engine whenever a member joins, leaves or changes, so a request reads it without waiting for the engine.
public struct LiveConference: Sendable, Equatable {
    public var name: String
    /// Sent to `callbackUrl` and `action` as `ConferenceUUID`.
    public var conferenceUUID: String
    /// The account whose call opened the room (a subaccount's id for a subaccount's call): rooms are per account.
    public var ownerID: String
    /// The main account, whose engine queue runs the room.
    public var accountID: String
    /// When the first member joined: `conference_run_time` counts from here.
    public var createdAt: SimulatedTime
    /// In the order they joined.
    public var members: [LiveConferenceMember]
}
