/// The parameters Plivo sends about a recording (Record's `action` and `callbackUrl`, a live recording's
/// `callback_url`): where to download it, its id, and its length and times in seconds and epoch milliseconds.
enum RecordingParameters {
    static func of(_ recording: RecordingRecord, url: String) -> [String: String] {
        let milliseconds = recording.duration.milliseconds
        return [
            "RecordUrl": url,
            "RecordingID": recording.recordingID,
            // Whole seconds, rounded up as call durations are.
            "RecordingDuration": String(recording.duration.secondsRoundedUp),
            "RecordingDurationMs": String(milliseconds),
            "RecordingStartMs": String(recording.startedAt.microseconds / 1_000),
            "RecordingEndMs": String(recording.endedAt.microseconds / 1_000),
        ]
    }

    /// A background recording's action request, sent when it starts: its length is not known yet, so Plivo
    /// sends -1.
    static func started(recordingID: String, url: String) -> [String: String] {
        [
            "RecordUrl": url, "RecordingID": recordingID, "RecordingDuration": "-1", "RecordingDurationMs": "-1",
            "RecordingStartMs": "-1", "RecordingEndMs": "-1",
        ]
    }
}
