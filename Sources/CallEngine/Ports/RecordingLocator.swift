/// Where a recording can be downloaded: the `RecordUrl` of the Record verb's requests and the `recording_url`
/// of the API. The application serves the files itself, so only it knows the address it listens on.
public protocol RecordingLocator: Sendable {
    func url(of recording: RecordingRecord) -> String
}

/// A locator for engines that serve no files (engine tests): a path under `/v1/Account/{auth_id}/Recording/`,
/// where Plivo's media server keeps them.
public struct RecordingPathLocator: RecordingLocator {
    public init() {}

    public func url(of recording: RecordingRecord) -> String {
        "/v1/Account/\(recording.accountID)/Recording/\(recording.recordingID).\(recording.format.rawValue)"
    }
}
