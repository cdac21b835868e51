import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The member operations on `…/Conference/{name}/Member/{member_id}/…`, where `member_id` is an id, a
/// comma-separated list or `all` (`docs/conferences.md`). The answer echoes `member_id` as asked; a room the
/// account does not have, or a selection with no member of it, is a 404.
struct ConferenceMemberHandlers: Sendable {
    let calls: CallService
    let ids: IdentifierGenerator

    /// `DELETE …/Member/{member_id}/` → 200 `{"message": "hangup"}`: the members' calls end (the SDK fixture's
    /// body, which a 204 could not carry).
    func hangup(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.hangup, status: .ok, message: "hangup", context)
    }

    /// `POST …/Kick/` → 202 `{"message": "kicked"}`: the members leave and their calls go on.
    func kick(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.kick, status: .accepted, message: "kicked", context)
    }

    /// `POST …/Mute/` → 202 `{"message": "muted"}`.
    func mute(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.mute(true), status: .accepted, message: "muted", context)
    }

    /// `DELETE …/Mute/` → 200 `{"message": "unmuted"}`, the body Plivo's current page shows.
    func unmute(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.mute(false), status: .ok, message: "unmuted", context)
    }

    /// `POST …/Deaf/` → 202 `{"message": "deaf"}`.
    func deaf(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.deaf(true), status: .accepted, message: "deaf", context)
    }

    /// `DELETE …/Deaf/` → 200 `{"message": "undeaf"}`, the body Plivo's current page shows.
    func undeaf(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.deaf(false), status: .ok, message: "undeaf", context)
    }

    /// `POST …/Play/` with `url` → 202 `{"message": "play queued into conference"}`: the file plays to each member
    /// as `POST …/Call/{uuid}/Play/` plays it on its call (its length read from the file, traced).
    func play(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let parameters = try RequestParameters.body(of: request)
        guard let url = try parameters.url("url", allowEmpty: false) else { throw PlivoError.missing("url") }
        let play = LivePlay(urls: [url], length: nil, legs: .aleg, loop: false, mix: true)
        return try act(.play(play), status: .accepted, message: "play queued into conference", context)
    }

    /// `DELETE …/Play/` → 200 `{"message": "playing in conference stopped"}`, the SDK fixture's body.
    func stopPlay(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.stopPlay, status: .ok, message: "playing in conference stopped", context)
    }

    /// `POST …/Speak/` with `text` (`voice`, `language`) → 202 `{"message": "speak queued into conference"}`:
    /// spoken to each member for the text's speaking time, traced.
    func speak(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let speak = try LiveCallParameters.speak(from: RequestParameters.body(of: request))
        return try act(.speak(speak), status: .accepted, message: "speak queued into conference", context)
    }

    /// `DELETE …/Speak/` → 200 `{"message": "speak stopped"}`, the SDK fixture's body.
    func stopSpeak(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try act(.stopSpeak, status: .ok, message: "speak stopped", context)
    }

    private func act(
        _ action: ConferenceMemberAction, status: HTTPStatus, message: String, _ context: HTTPRequestContext
    ) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let name = context.parameters["conferenceName"], !name.isEmpty,
              let memberID = context.parameters["memberID"], !memberID.isEmpty
        else { throw PlivoError.notFound }
        guard calls.conferenceMembers(name, ConferenceMemberSelection(memberID), action, ownerID: scope.ownerID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(status, apiID: ids.makeUUID(), message: message, extra: [("member_id", memberID)])
    }
}
