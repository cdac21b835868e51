import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The five Subaccount calls, for a main account only: a subaccount gets 403 (see
/// ``AccountScope/requireMainAccount(toManage:)``).
struct SubaccountHandlers: Sendable {
    let store: any AccountStore
    let ids: IdentifierGenerator

    /// `POST …/Subaccount/` → 201 `{"api_id", "auth_id", "auth_token", "message": "created"}`. `name` is required;
    /// `enabled` defaults to false, as Plivo documents and the SDKs send.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try scope.requireMainAccount(toManage: "subaccounts")
        let parameters = try RequestParameters.body(of: request)
        guard let name = try Self.name(parameters) else { throw PlivoError.missing("name") }
        let enabled = try parameters.bool("enabled") ?? false
        let subaccount = try store.createSubaccount(parentID: scope.mainAccountID, name: name, enabled: enabled)
        return PlivoResponse.message(
            .created, apiID: ids.makeUUID(), message: "created",
            extra: [("auth_id", subaccount.authID), ("auth_token", subaccount.authToken)])
    }

    /// `GET …/Subaccount/{subauth_id}/` → 200, the object plus `api_id`; 404 for another account's subaccount.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try scope.requireMainAccount(toManage: "subaccounts")
        guard let subaccount = try store.subaccount(authID: try subauthID(context), parentID: scope.mainAccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.json(.ok) { json in
            SubaccountJSON.write(subaccount, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `GET …/Subaccount/` → 200 with `meta` and `objects`, newest first.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try scope.requireMainAccount(toManage: "subaccounts")
        let pagination = try ListPagination(RequestParameters.query(of: request))
        let page = try store.listSubaccounts(parentID: scope.mainAccountID, page: pagination.pageRequest)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/Subaccount/", request: request, apiID: ids.makeUUID()
        ) { subaccount, json in
            SubaccountJSON.write(subaccount, apiID: nil, into: &json)
        }
    }

    /// `POST …/Subaccount/{subauth_id}/` → 202 `{"api_id", "message": "changed"}`. `name` is required, as the
    /// docs and every SDK have it; `enabled` changes only when sent (the Python SDK always sends it).
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try scope.requireMainAccount(toManage: "subaccounts")
        let subauthID = try subauthID(context)
        let parameters = try RequestParameters.body(of: request)
        guard let name = try Self.name(parameters) else { throw PlivoError.missing("name") }
        let enabled = try parameters.bool("enabled")
        _ = try store.updateSubaccount(authID: subauthID, parentID: scope.mainAccountID, name: name, enabled: enabled)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }

    /// `DELETE …/Subaccount/{subauth_id}/` → 204. `cascade` (query or body, default false) deletes the
    /// subaccount's applications and endpoints; otherwise they move to the main account, as the docs say.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try scope.requireMainAccount(toManage: "subaccounts")
        let subauthID = try subauthID(context)
        let cascade = try RequestParameters.queryAndBody(of: request).bool("cascade") ?? false
        try store.deleteSubaccount(authID: subauthID, parentID: scope.mainAccountID, cascade: cascade)
        return PlivoResponse.noContent()
    }

    /// A subaccount's `name`: any text, but not an empty one, at most ``TextLimits/name``.
    private static func name(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let name = try parameters.string("name", maxLength: TextLimits.name) else { return nil }
        guard !name.isBlank else { throw PlivoError.invalid("name", "must not be empty") }
        return name
    }

    private func subauthID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let subauthID = context.parameters["subauthID"] else { throw PlivoError.notFound }
        return subauthID
    }
}
