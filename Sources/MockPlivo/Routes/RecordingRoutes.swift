import HTTPServerKit

/// Plivo's Recording calls, relative to the account group, and the recordings' files, which are not. Routes
/// only declare.
enum RecordingRoutes {
    static func register(_ recordings: RecordingHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /Recording/", recordings.list)
        routes.add("GET /Recording/:recordingID/", recordings.get)
        routes.add("DELETE /Recording/:recordingID/", recordings.delete)
    }

    /// The files, under the account prefix but outside its authenticated group: `{id}.mp3` and `{id}.wav` are
    /// suffixed parameters, which win over the group's `{recording_id}/`, so credentials are never asked for.
    static func registerFiles(_ files: RecordingFileHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET \(PlivoAPIRoutes.accountPrefix)/Recording/:recordingID.mp3", files.mp3)
        routes.add("GET \(PlivoAPIRoutes.accountPrefix)/Recording/:recordingID.wav", files.wav)
    }
}
