/// `POST`/`DELETE …/Conference/{name}/Record/`, as the API uses them: like a call's live recording, the URL is
/// known before the engine starts it.
extension CallService {
    /// Starts recording the room; the URL the recording will be downloaded from, or nil when there is no such room.
    public func startRecording(_ recording: LiveRecording, conference name: String, ownerID: String) -> String? {
        guard let room = conference(name, ownerID: ownerID), let first = room.members.first else { return nil }
        var located = recording
        let now = engine.now
        located.url = recordings.url(of: RecordingRecord(
            recordingID: recording.recordingID, accountID: room.accountID, subaccountID: room.ownerID == room.accountID ? nil : room.ownerID,
            callUUID: first.callUUID, conferenceName: name, kind: .conference, format: recording.format,
            startedAt: now, endedAt: now))
        let started = located
        let key = ConferenceKey(ownerID: ownerID, name: name)
        let uuid = room.conferenceUUID
        engine.post(account: room.accountID) { [runtime] turn in
            runtime.value.startRecording(started, of: key, uuid: uuid, turn)
        }
        return started.url
    }

    /// Stops the room's recording. False when there is no such room.
    public func stopRecording(conference name: String, ownerID: String) -> Bool {
        guard let room = conference(name, ownerID: ownerID) else { return false }
        let key = ConferenceKey(ownerID: ownerID, name: name)
        let uuid = room.conferenceUUID
        engine.post(account: room.accountID) { [runtime] turn in runtime.value.stopRecording(of: key, uuid: uuid, turn) }
        return true
    }
}
