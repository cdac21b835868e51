import CallEngine
import HTTPServerKit
import PlivoStore

/// A call's recordings on its page: each file in the browser's own player, with a link to download it.
///
/// The player loads the file by its path on the console's own origin, not by the API's `recording_url`: that URL
/// may name another host (`--public-url`), and the console's Content-Security-Policy lets media come from its
/// own origin only (`media-src 'self'`). The file route needs no credentials, as Plivo's does not, and answers
/// byte ranges, so the player can seek.
enum RecordingPlayerView {
    /// `/v1/Account/{auth_id}/Recording/{id}.{format}`, the file's path under the main account that holds it.
    static func path(of recording: StoredRecording) -> String {
        "/v1/Account/\(FormURLEncoding.percentEncode(recording.accountID))/Recording/"
            + "\(FormURLEncoding.percentEncode(recording.recordingID)).\(FormURLEncoding.percentEncode(recording.format))"
    }

    /// The player and the download link. `preload="none"`: a page with many recordings fetches none of them
    /// until one is played.
    static func player(id: String, format: String, path: String) -> HTML {
        """
        <audio controls preload="none" src="\(path)" data-recording="\(id)"></audio>
        <p><a href="\(path)" download="\(id).\(format)">Download \(id).\(format)</a></p>
        """
    }

    /// The Recordings section: every recording of the call the store holds, oldest first, each with its
    /// length, the API's `recording_url` and a player.
    static func section(_ recordings: [StoredRecording], url: (StoredRecording) -> String, authID: String, callUUID: String) -> HTML {
        let api: HTML = """
            <span class="hint">The same data as <code>GET /v1/Account/\(authID)/Recording/?call_uuid=\(callUUID)</code>.</span>
            """
        guard !recordings.isEmpty else { return "<p>No recording of this call is stored. \(api)</p>" }
        let rows = recordings.map { recording -> HTML in
            let seconds = SimulatedDuration(microseconds: recording.duration).secondsText
            return """
                <tr id="recording-\(recording.recordingID)"><td><code>\(recording.recordingID)</code></td>\
                <td>\(recording.format)</td><td>\(seconds) s</td>\
                <td><code>\(url(recording))</code></td>\
                <td>\(player(id: recording.recordingID, format: recording.format, path: path(of: recording)))</td></tr>

                """
        }
        return """
            <p>\(recordings.count) recording\(recordings.count == 1 ? "" : "s"). \(api)</p>
            <table><thead><tr><th>recording_id</th><th>format</th><th>length</th><th>recording_url</th>\
            <th>listen</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }
}
