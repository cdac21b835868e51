import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Recording calls: list, get and delete. Recordings are made by calls (`<Record>`, live recording); the
/// audio is served by ``RecordingFileHandlers``. Responses: `docs/recordings.md`.
struct RecordingHandlers: Sendable {
    let store: any RecordingStore
    let locator: ServerRecordingLocator
    /// The engine's clock, which storage days are counted on.
    let clock: @Sendable () -> SimulatedTime
    let ids: IdentifierGenerator

    /// `GET …/Recording/`: newest first, with `subaccount`, `call_uuid` and `add_time` (and its `__gt`, `__gte`,
    /// `__lt`, `__lte` forms) filters and Plivo's paging.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let query = try RecordingQueryParameters.query(from: parameters, page: pagination.pageRequest)
        let page = try store.listRecordings(query, in: scope)
        let now = clock()
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/Recording/", request: request, apiID: ids.makeUUID()
        ) { recording, json in
            RecordingJSON.write(recording, authID: scope.authID, apiID: nil, url: url(of: recording), now: now, into: &json)
        }
    }

    /// `GET …/Recording/{recording_id}/`; 404 for a recording that is not there or not the account's.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let id = try recordingID(context)
        guard let recording = try store.recording(id: id, in: scope) else { throw Self.notFound(id) }
        let now = clock()
        return PlivoResponse.json(.ok) { json in
            RecordingJSON.write(
                recording, authID: scope.authID, apiID: ids.makeUUID(), url: url(of: recording), now: now, into: &json)
        }
    }

    /// `DELETE …/Recording/{recording_id}/` → 204; its file is gone with it. 404 as for get.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let id = try recordingID(context)
        guard try store.deleteRecording(id: id, in: scope) else { throw Self.notFound(id) }
        return PlivoResponse.noContent()
    }

    static func notFound(_ id: String) -> PlivoError {
        PlivoError(.notFound, "recording \(id) not found")
    }

    /// The file's URL names the main account, whoever asks: it is where the file is, as on media.plivo.com.
    private func url(of recording: StoredRecording) -> String {
        locator.url(accountID: recording.accountID, recordingID: recording.recordingID, format: recording.format)
    }

    private func recordingID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let id = context.parameters["recordingID"], !id.isEmpty else { throw PlivoError.notFound }
        return id
    }
}
