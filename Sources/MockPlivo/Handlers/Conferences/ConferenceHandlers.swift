import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Conference calls on rooms: list their names, get one with its members, hang up one or all
/// (`docs/conferences.md`). A room the account does not have is a 404.
struct ConferenceHandlers: Sendable {
    let calls: CallService
    let ids: IdentifierGenerator
    /// The simulated present: run and join times count to it.
    let now: @Sendable () -> SimulatedTime

    /// `GET …/Conference/` → 200 `{"api_id", "conferences": [names]}`.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let names = calls.conferenceNames(ownerID: try context.requireScope().ownerID)
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.key("conferences")
                object.array { array in for name in names { array.value(name) } }
            }
        }
    }

    /// `GET …/Conference/{name}/` → 200 with the room and its members (``ConferenceJSON``).
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, name) = try target(context)
        guard let room = calls.conference(name, ownerID: scope.ownerID) else { throw PlivoError.notFound }
        let apiID = ids.makeUUID()
        let now = now()
        return PlivoResponse.json(.ok) { ConferenceJSON.write(room, apiID: apiID, now: now, to: &$0) }
    }

    /// `DELETE …/Conference/{name}/` → 200 `{"api_id", "message": "conference hung up"}`: every member's call
    /// ends. Plivo's older page says 204, but its SDK fixture and current page show this body, which a 204
    /// cannot carry; every SDK takes a 200 for a DELETE.
    func hangup(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, name) = try target(context)
        guard calls.hangupConference(name, ownerID: scope.ownerID) else { throw PlivoError.notFound }
        return PlivoResponse.message(.ok, apiID: ids.makeUUID(), message: "conference hung up")
    }

    /// `DELETE …/Conference/` → 200 `{"api_id", "message": "all conferences hung up"}`, with or without rooms.
    func hangupAll(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        calls.hangupAllConferences(ownerID: try context.requireScope().ownerID)
        return PlivoResponse.message(.ok, apiID: ids.makeUUID(), message: "all conferences hung up")
    }

    /// `POST …/Conference/{name}/Record/` → 202 `{"api_id", "message": "conference recording started",
    /// "recording_id", "url"}`: recorded until stopped or the room ends, then a Recording of kind `conference`.
    func startRecording(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, name) = try target(context)
        let apiID = ids.makeUUID()
        let recording = try LiveCallParameters.recording(
            from: RequestParameters.body(of: request), id: ids.makeRandomUUID(), apiID: apiID)
        guard let url = calls.startRecording(recording, conference: name, ownerID: scope.ownerID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(
            .accepted, apiID: apiID, message: "conference recording started",
            extra: [("recording_id", recording.recordingID), ("url", url)])
    }

    /// `DELETE …/Conference/{name}/Record/` → 204, as Plivo's page says (no SDK fixture has a body for it).
    func stopRecording(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, name) = try target(context)
        guard calls.stopRecording(conference: name, ownerID: scope.ownerID) else { throw PlivoError.notFound }
        return PlivoResponse.noContent()
    }

    private func target(_ context: HTTPRequestContext) throws(PlivoError) -> (AccountScope, String) {
        let scope = try context.requireScope()
        guard let name = context.parameters["conferenceName"], !name.isEmpty else { throw PlivoError.notFound }
        return (scope, name)
    }
}

extension AccountScope {
    /// Whose rooms a request sees: a subaccount's own, or the main account's own (rooms are per account).
    var ownerID: String { subaccountID ?? mainAccountID }
}
