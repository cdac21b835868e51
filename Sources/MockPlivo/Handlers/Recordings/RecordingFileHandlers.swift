import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The recordings' audio, at `recording_url`: `GET` (and `HEAD`) `/v1/Account/{auth_id}/Recording/{id}.mp3` or
/// `.wav`, without credentials, as media.plivo.com serves them to whoever holds the URL.
///
/// The file is silence of the recording's length in its format (``SilentAudio``), made on request: nothing is
/// stored but the row. One byte range is served as asked (206). Any other account, extension or id, and a
/// deleted recording, is a 404 in Plivo's error shape.
struct RecordingFileHandlers: Sendable {
    let store: any RecordingStore

    func mp3(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try file(request, context, format: "mp3")
    }

    func wav(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try file(request, context, format: "wav")
    }

    private func file(_ request: HTTPRequest, _ context: HTTPRequestContext, format: String) throws -> HTTPResponse {
        guard let authID = context.parameters["authID"], let id = context.parameters["recordingID"] else {
            throw PlivoError.notFound
        }
        // The URL names the main account (``RecordingHandlers``); its scope sees every subaccount's recordings.
        guard let recording = try store.recording(id: id, in: AccountScope(mainAccountID: authID)),
              recording.format == format
        else { throw RecordingHandlers.notFound("\(id).\(format)") }
        let audio = SilentAudio(format == "wav" ? .wav : .mp3, microseconds: recording.duration)
        // The server adds Content-Length from the body, for HEAD too (RFC 9110 §9.3.2). Ranges let a browser's
        // <audio> seek; SilentAudio makes any range without making the rest.
        let length = audio.byteCount
        switch ByteRange(header: request.headers["Range"], length: length) {
        case .whole:
            return HTTPResponse(
                status: .ok, headers: ["Content-Type": audio.contentType, "Accept-Ranges": "bytes"], body: audio.bytes)
        case .partial(let range):
            return HTTPResponse(
                status: .partialContent,
                headers: [
                    "Content-Type": audio.contentType, "Accept-Ranges": "bytes",
                    "Content-Range": "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(length)",
                ],
                body: audio.bytes(in: range))
        case .unsatisfiable:
            return HTTPResponse(status: .rangeNotSatisfiable, headers: ["Content-Range": "bytes */\(length)"])
        }
    }
}
