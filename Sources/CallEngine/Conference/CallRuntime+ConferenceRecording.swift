/// Recording a room (`docs/conferences.md`, "Recording"): from its start to `DELETE …/Record/` or the room's end;
/// then a Recording of kind `conference` is stored and `callback_url` hears of it.
extension CallRuntime {
    func startRecording(_ recording: LiveRecording, of key: ConferenceKey, uuid: String, _ turn: EngineTurn) {
        guard let room = conferences.room(key, uuid: uuid), let first = room.members.first else { return }
        if room.recording != nil { finishRecording(of: room, reason: "a new recording replaced it", turn) }
        room.recording = ConferenceRecording(recording: recording, startedAt: turn.time, call: first.call)
        for member in room.members {
            trace(member.call, turn.time, "Conference recording started", [
                ("conference", key.name), ("recording_id", recording.recordingID), ("url", recording.url),
                ("file_format", recording.format.rawValue),
            ])
        }
    }

    func stopRecording(of key: ConferenceKey, uuid: String, _ turn: EngineTurn) {
        guard let room = conferences.room(key, uuid: uuid) else { return }
        finishRecording(of: room, reason: "stopped by the API", turn)
    }

    func finishRecording(of room: ConferenceRoom, reason: String, _ turn: EngineTurn) {
        guard let active = room.recording else { return }
        room.recording = nil
        let call = active.call
        let record = RecordingRecord(
            recordingID: active.recording.recordingID, accountID: room.accountID, subaccountID: call.setup.subaccountID,
            callUUID: call.uuid, conferenceName: room.key.name, kind: .conference, format: active.recording.format,
            startedAt: active.startedAt, endedAt: turn.time)
        turn.record(.recordingCompleted(record))
        trace(call, turn.time, "Conference recording ended", [
            ("conference", room.key.name), ("recording_id", record.recordingID), ("reason", reason),
            ("duration_ms", String(record.duration.milliseconds)),
        ])
        guard let callback = active.recording.callback else { return }
        let duration = String(record.duration.secondsRoundedUp)
        let parameters = [
            "api_id": active.recording.apiID, "record_url": active.recording.url, "recording_id": record.recordingID,
            "conference_name": room.key.name, "recording_duration": duration,
            "recording_duration_ms": String(record.duration.milliseconds),
            "recording_start_ms": String(record.startedAt.microseconds / 1_000),
            "recording_end_ms": String(record.endedAt.microseconds / 1_000),
        ]
        let time = turn.time
        turn.afterChangesStored { [self] in
            notify(call, kind: "conference_recording", url: callback, parameters: parameters, at: time)
        }
    }
}
