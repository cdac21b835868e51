/// A finished recording, for the store: what `GET …/Recording/{recording_id}/` returns. The audio itself is not
/// kept; it is made on request as a silent file of ``duration`` in ``format`` (`docs/recordings.md`).
public struct RecordingRecord: Sendable, Equatable {
    /// What was recorded (`recording_type`).
    public enum Kind: String, Sendable {
        case call
        case conference
    }

    public enum Format: String, Sendable {
        case mp3
        case wav
    }

    public var recordingID: String
    public var accountID: String
    public var subaccountID: String?
    public var callUUID: String
    /// The conference's name for a conference recording.
    public var conferenceName: String?
    public var kind: Kind
    public var format: Format
    public var startedAt: SimulatedTime
    public var endedAt: SimulatedTime
    /// The recorded call's caller and callee as its CDR keeps them, for the recording's `from_number` and
    /// `to_number`. Nil leaves them to the CDR of ``callUUID``, read when the recording is listed (a recording
    /// usually ends before its call does, so the CDR cannot be read when it is stored).
    public var from: String?
    public var to: String?

    public init(
        recordingID: String, accountID: String, subaccountID: String?, callUUID: String, conferenceName: String?,
        kind: Kind, format: Format, startedAt: SimulatedTime, endedAt: SimulatedTime, from: String? = nil,
        to: String? = nil
    ) {
        self.recordingID = recordingID
        self.accountID = accountID
        self.subaccountID = subaccountID
        self.callUUID = callUUID
        self.conferenceName = conferenceName
        self.kind = kind
        self.format = format
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.from = from
        self.to = to
    }

    /// How long the recording plays.
    public var duration: SimulatedDuration { endedAt - startedAt }
}
