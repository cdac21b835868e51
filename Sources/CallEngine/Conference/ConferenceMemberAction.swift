/// What the member API does to the members it selects (`docs/conferences.md`).
public enum ConferenceMemberAction: Sendable, Equatable {
    /// Out of the room; the call goes on with the element after `<Conference>` (or its `action`).
    case kick
    /// The call ends.
    case hangup
    case mute(Bool)
    case deaf(Bool)
    /// Played or spoken to each member alone, as the live call API plays on its call (traced, timed).
    case play(LivePlay)
    case stopPlay
    case speak(LiveSpeak)
    case stopSpeak
}
