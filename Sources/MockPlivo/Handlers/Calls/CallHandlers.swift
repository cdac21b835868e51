import CallEngine
import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The Call calls: make (single and bulk), CDRs, live and queued calls, hang up (one or all), transfer, and
/// cancel a request. Responses: `docs/calls.md`.
struct CallHandlers: Sendable {
    let placing: CallPlacing
    let store: any CallStore
    let calls: CallService
    let ids: IdentifierGenerator

    /// `POST …/Call/` → 201 `{"api_id", "message": "call fired", "request_uuid"}`; for several destinations
    /// `"calls fired"` and a list of request UUIDs.
    func make(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let call = try CallParameters.make(from: RequestParameters.body(of: request))
        let uuids = try placing.place(call, in: scope)
        return PlivoResponse.json(.created) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.member("message", uuids.count == 1 ? "call fired" : "calls fired")
                if uuids.count == 1 {
                    object.member("request_uuid", uuids[0])
                } else {
                    object.key("request_uuid")
                    object.array { array in for uuid in uuids { array.value(uuid) } }
                }
            }
        }
    }

    /// `GET …/Call/`: CDRs with the seed's filters; with `status=live` or `status=queued`, the UUIDs of the calls
    /// in that state.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        if let statuses = try CallQueryParameters.liveStatuses(parameters) {
            let filter = try CallQueryParameters.liveFilter(parameters)
            let visible = calls.calls(mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID, statuses: statuses)
                .filter(filter)
            let page = Array(visible.dropFirst(pagination.pageRequest.offset).prefix(pagination.pageRequest.limit))
            return PlivoResponse.json(.ok) { json in CallJSON.writeList(page, apiID: ids.makeUUID(), into: &json) }
        }
        let query = try CallQueryParameters.query(from: parameters, page: pagination.pageRequest)
        let page = try store.listCalls(query, in: scope)
        let apiID = ids.makeUUID()
        return pagination.response(page: page, path: "/v1/Account/\(scope.authID)/Call/", request: request, apiID: apiID) {
            call, json in CallJSON.write(call, authID: scope.authID, apiID: apiID, into: &json)
        }
    }

    /// `GET …/Call/{call_uuid}/`: the CDR; with `status=live` or `status=queued`, the call while it is in that
    /// state. 404 otherwise.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let uuid = try callUUID(context)
        let parameters = RequestParameters.query(of: request)
        if let statuses = try CallQueryParameters.liveStatuses(parameters) {
            guard let call = calls.liveCall(uuid),
                  call.isVisible(toMainAccount: scope.mainAccountID, subaccount: scope.subaccountID),
                  statuses.contains(call.status)
            else { throw PlivoError.notFound }
            return PlivoResponse.json(.ok) { json in CallJSON.write(call, apiID: ids.makeUUID(), into: &json) }
        }
        guard let call = try store.call(uuid: uuid, in: scope) else { throw PlivoError.notFound }
        return PlivoResponse.json(.ok) { json in
            CallJSON.write(call, authID: scope.authID, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `DELETE …/Call/{call_uuid}/` → 204; 404 for a call that is not live (or not the account's).
    func hangup(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard calls.hangup(try callUUID(context), mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.noContent()
    }

    /// `DELETE …/Call/` → 204: every call of the account that has not ended.
    func hangupAll(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        calls.hangupAll(mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        return PlivoResponse.noContent()
    }

    /// `POST …/Call/{call_uuid}/` with `legs` and `aleg_url` → 202 `{"api_id", "message": "call transfered"}`
    /// (Plivo's spelling); 404 for a call not in progress.
    func transfer(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let uuid = try callUUID(context)
        let url = try CallQueryParameters.transfer(from: RequestParameters.body(of: request))
        guard calls.transfer(uuid, to: url, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID) else {
            throw PlivoError.notFound
        }
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "call transfered")
    }

    /// `DELETE …/Request/{request_uuid}/` → 204; 404 unless the call is still queued or ringing.
    func cancelRequest(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let uuid = context.parameters["requestUUID"], !uuid.isEmpty,
              calls.cancelRequest(uuid, mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.noContent()
    }

    private func callUUID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let uuid = context.parameters["callUUID"], !uuid.isEmpty else { throw PlivoError.notFound }
        return uuid
    }
}
