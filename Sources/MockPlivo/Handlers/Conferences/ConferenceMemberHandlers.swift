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
