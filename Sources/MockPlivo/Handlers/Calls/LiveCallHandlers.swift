import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// Live call control: Record, Play and Speak (start and stop) and DTMF on an answered call
/// (`docs/calls.md`, "Live call control"). Starts answer 202 with the SDK fixtures' bodies; a call that is not
/// answered, has ended or is not the account's is a 404, checked after the parameters, as a transfer is.
struct LiveCallHandlers: Sendable {
    let calls: CallService
    let ids: IdentifierGenerator

    /// `POST …/Call/{call_uuid}/Record/` → 202 `{"api_id", "message": "call recording started", "recording_id",
    /// "url"}`: the id and URL the recording keeps in its callback and in the Recordings API.
    func startRecording(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        let apiID = ids.makeUUID()
        // Random (and seeded) like a call's UUID: Plivo's recording ids are UUIDs too.
        let recording = try LiveCallParameters.recording(
            from: RequestParameters.body(of: request), id: ids.makeRandomUUID(), apiID: apiID)
        guard let url = calls.startRecording(uuid, recording, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(
            .accepted, apiID: apiID, message: "call recording started",
            extra: [("recording_id", recording.recordingID), ("url", url)])
    }

    /// `DELETE …/Call/{call_uuid}/Record/` → 204: the recording at `URL`, or all of the call's.
    func stopRecording(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        let url = try LiveCallParameters.recordingToStop(from: RequestParameters.queryAndBody(of: request))
        guard calls.stopRecording(uuid, url: url, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.noContent()
    }

    /// `POST …/Call/{call_uuid}/Play/` → 202 `{"api_id", "message": "play started"}`.
    func startPlay(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        let play = try LiveCallParameters.play(from: RequestParameters.body(of: request))
        guard calls.play(uuid, play, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "play started")
    }

    /// `DELETE …/Call/{call_uuid}/Play/` → 204.
    func stopPlay(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        try LiveCallParameters.asynchronousMode(RequestParameters.queryAndBody(of: request))
        guard calls.stopPlay(uuid, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.noContent()
    }

    /// `POST …/Call/{call_uuid}/Speak/` → 202 `{"api_id", "message": "speak started"}`.
    func startSpeak(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        let speak = try LiveCallParameters.speak(from: RequestParameters.body(of: request))
        guard calls.speak(uuid, speak, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "speak started")
    }

    /// `DELETE …/Call/{call_uuid}/Speak/` → 200 `{"api_id", "message": "speak stopped"}`: unlike the other
    /// stops, Plivo answers this one with a body (the SDKs' captured fixture), which a 204 cannot carry; every
    /// SDK takes a 200 for a DELETE.
    func stopSpeak(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        try LiveCallParameters.asynchronousMode(RequestParameters.queryAndBody(of: request))
        guard calls.stopSpeak(uuid, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(.ok, apiID: ids.makeUUID(), message: "speak stopped")
    }

    /// `POST …/Call/{call_uuid}/DTMF/` → 202 `{"api_id", "message": "digits sent"}`.
    func sendDigits(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let (scope, uuid) = try target(context)
        let (digits, leg) = try LiveCallParameters.digits(from: RequestParameters.body(of: request))
        guard calls.sendDigits(uuid, digits: digits, leg: leg, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "digits sent")
    }

    private func target(_ context: HTTPRequestContext) throws(PlivoError) -> (AccountScope, String) {
        let scope = try context.requireScope()
        guard let uuid = context.parameters["callUUID"], !uuid.isEmpty else { throw PlivoError.notFound }
        return (scope, uuid)
    }
}
