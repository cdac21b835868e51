import PlivoCatalog

/// A recording as the store keeps it: a recording that ended, written by the engine, listed until deleted.
///
/// Plivo shows `{add_time, call_uuid, conference_name, from_number, monthly_recording_storage_amount,
/// recording_duration_ms, recording_end_ms, recording_format, recording_id, recording_start_ms,
/// recording_storage_duration, recording_storage_rate, recording_type, recording_url, resource_uri,
/// rounded_recording_duration, to_number}`; the storage figures and the URL are worked out when it is shown
/// (`docs/recordings.md`), from what is kept here.
package struct StoredRecording: Sendable, Equatable {
    package var recordingID: String
    package var accountID: String
    package var subaccountID: String?
    package var callUUID: String
    /// The recorded conference's name; nil for a call recording.
    package var conferenceName: String?
    /// `call` or `conference` (`recording_type`).
    package var kind: String
    /// `mp3` or `wav` (`recording_format`).
    package var format: String
    /// The call's caller and callee: the engine's, else those of the call's CDR, else empty while the call is live.
    package var from: String
    package var to: String
    /// Microseconds since the epoch on the engine's clock.
    package var startTime: Int64
    package var endTime: Int64
    /// When it was listed (`add_time`): as it ended.
    package var addTime: Int64
    /// Per minute of recording per month, as it was when recorded.
    package var storageRate: Money

    package init(
        recordingID: String, accountID: String, subaccountID: String?, callUUID: String, conferenceName: String?,
        kind: String, format: String, from: String, to: String, startTime: Int64, endTime: Int64, addTime: Int64,
        storageRate: Money
    ) {
        self.recordingID = recordingID
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.callUUID = callUUID
        self.conferenceName = conferenceName
        self.kind = kind
        self.format = format
        self.from = from
        self.to = to
        self.startTime = startTime
        self.endTime = endTime
        self.addTime = addTime
        self.storageRate = storageRate
    }

    /// How long it plays, in microseconds.
    package var duration: Int64 { endTime - startTime }
}
