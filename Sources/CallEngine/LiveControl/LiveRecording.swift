/// `POST …/Call/{call_uuid}/Record/`: a recording of an answered call, from now until it is stopped, its
/// `time_limit` passes or the call ends (`docs/calls.md`, "Live call control").
public struct LiveRecording: Sendable, Equatable {
    /// Chosen by the API, which answers with it before the engine has run the request.
    public var recordingID: String
    /// The `api_id` of the API's answer: Plivo's docs list it among the callback's parameters.
    public var apiID: String
    public var format: RecordingRecord.Format
    /// `time_limit`: Plivo's default is 60 s.
    public var timeLimit: SimulatedDuration
    /// Told when the recording ends (`callback_url`, `callback_method`).
    public var callback: CallURL?
    /// `transcription_type`, `transcription_url`/`_method`, `record_channel_type`: traced, not acted on.
    public var notes: [(String, String)]
    /// Where the file is downloaded: set by ``CallService`` from its locator, so that the API's answer and the
    /// recording's requests give the same URL.
    public internal(set) var url = ""

    public init(
        recordingID: String, apiID: String, format: RecordingRecord.Format, timeLimit: SimulatedDuration,
        callback: CallURL?, notes: [(String, String)] = []
    ) {
        self.recordingID = recordingID
        self.apiID = apiID
        self.format = format
        self.timeLimit = timeLimit
        self.callback = callback
        self.notes = notes
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.recordingID == rhs.recordingID && lhs.apiID == rhs.apiID && lhs.format == rhs.format
            && lhs.timeLimit == rhs.timeLimit && lhs.callback == rhs.callback && lhs.url == rhs.url
            && lhs.notes.elementsEqual(rhs.notes) { $0 == $1 }
    }
}
