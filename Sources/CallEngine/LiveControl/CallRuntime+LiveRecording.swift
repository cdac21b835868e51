/// Live recordings on the engine thread (`docs/calls.md`, "Live call control"): each runs from the API's
/// request until it is stopped, its `time_limit` passes or the call ends, whichever comes first. Then it is
/// handed to the store (``EngineChange/recordingCompleted(_:)``) and, once stored, its `callback_url` hears of it.
extension CallRuntime {
    func startRecording(_ recording: LiveRecording, on uuid: String, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        let id = recording.recordingID
        let limit = call.at(turn.time + recording.timeLimit, in: turn) { [self] turn in
            finishRecording(id, on: call, reason: "time_limit", turn)
        }
        call.live.recordings.append(LiveMedia.Recording(recording: recording, startedAt: turn.time, timeLimit: limit))
        var details = [
            ("recording_id", id), ("url", recording.url), ("file_format", recording.format.rawValue),
            ("time_limit", recording.timeLimit.secondsText),
        ]
        if let callback = recording.callback { details += [("callback_url", callback.url), ("callback_method", callback.method)] }
        trace(call, turn.time, "live recording started", details + recording.notes)
    }

    /// `DELETE …/Record/`: the recording at `url`, or every one when nil. A URL that names none is traced.
    func stopRecordings(on uuid: String, url: String?, _ turn: EngineTurn) {
        guard let call = calls[uuid], !call.isOver else { return }
        let chosen = call.live.recordings.filter { url == nil || Self.names(url!, $0.recording) }
        guard !chosen.isEmpty else {
            trace(call, turn.time, "live recording stop requested", [
                ("url", url ?? "all"), ("note", url == nil ? "nothing was recording" : "no recording of the call has this URL"),
            ])
            return
        }
        for active in chosen { finishRecording(active.recording.recordingID, on: call, reason: "stopped by the API", turn) }
    }

    /// Ends what the live-call API runs on a call that is ending: sounds stop and recordings are finished, before
    /// the call's own end is recorded (so a recording's callback reaches the user's server before the hangup).
    func endLiveMedia(on call: Call, _ turn: EngineTurn) {
        guard !call.live.isEmpty else { return }
        for sound in call.live.playing { stop(sound, on: call, reason: "call ended", turn) }
        for active in call.live.recordings {
            finishRecording(active.recording.recordingID, on: call, reason: "call ended", turn)
        }
    }

    private func finishRecording(_ id: String, on call: Call, reason: String, _ turn: EngineTurn) {
        guard let index = call.live.recordings.firstIndex(where: { $0.recording.recordingID == id }) else { return }
        let active = call.live.recordings.remove(at: index)
        active.timeLimit.cancel()
        let record = RecordingRecord(
            recordingID: id, accountID: call.setup.accountID, subaccountID: call.setup.subaccountID,
            callUUID: call.uuid, conferenceName: nil, kind: .call, format: active.recording.format,
            startedAt: active.startedAt, endedAt: turn.time)
        turn.record(.recordingCompleted(record))
        trace(call, turn.time, "live recording ended", [
            ("recording_id", id), ("reason", reason), ("duration_ms", String(record.duration.milliseconds)),
        ])
        guard let callback = active.recording.callback else { return }
        let parameters = recordingParameters(record, of: active.recording, on: call)
        let time = turn.time
        turn.afterChangesStored { [self] in
            notify(call, kind: "recording", url: callback, parameters: parameters, at: time)
        }
    }

    /// The call's standard parameters, the Record XML's recording parameters, and the names the live Record
    /// API's own page lists (`api_id`, `record_url`, `recordingId`, …): a handler written from either page
    /// finds what it reads.
    private func recordingParameters(_ record: RecordingRecord, of recording: LiveRecording, on call: Call) -> [String: String] {
        var parameters = call.parameters(event: nil)
        let duration = String(record.duration.secondsRoundedUp)
        let durationMs = String(record.duration.milliseconds)
        let startMs = String(record.startedAt.microseconds / 1_000)
        let endMs = String(record.endedAt.microseconds / 1_000)
        parameters.merge([
            "RecordUrl": recording.url, "RecordingID": record.recordingID, "RecordingDuration": duration,
            "RecordingDurationMs": durationMs, "RecordingStartMs": startMs, "RecordingEndMs": endMs,
            "api_id": recording.apiID, "record_url": recording.url, "call_uuid": call.uuid,
            "recordingId": record.recordingID, "recordingDuration": duration, "recordingDurationMs": durationMs,
            "recordingStartMs": startMs, "recordingEndMs": endMs,
        ]) { _, recording in recording }
        return parameters
    }

    /// Whether `url` (the `URL` of a stop) names `recording`: its URL, or any URL ending in its file name (the
    /// same file asked for through another host or scheme).
    private static func names(_ url: String, _ recording: LiveRecording) -> Bool {
        url == recording.url || url.hasSuffix("/\(recording.recordingID).\(recording.format.rawValue)")
    }
}
