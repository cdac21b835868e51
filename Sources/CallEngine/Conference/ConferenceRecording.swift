/// A room's recording while it runs: started by `POST …/Conference/{name}/Record/` or by a member's
/// `record="true"`, ended by `DELETE …/Record/` or by the room ending. One at a time per room.
struct ConferenceRecording {
    var recording: LiveRecording
    var startedAt: SimulatedTime
    /// The call the recording is filed under (`call_uuid`): the room's first member when it started. Its
    /// callback goes out in that call's order of requests.
    var call: Call
}
