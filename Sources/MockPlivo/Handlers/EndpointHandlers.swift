import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The five Endpoint calls, in the scope of the account that asks: a subaccount sees only its own endpoints and
/// may attach only applications it can see.
struct EndpointHandlers: Sendable {
    let store: any EndpointStore
    let ids: IdentifierGenerator

    /// `POST …/Endpoint/` → 201 `{"alias", "api_id", "endpoint_id", "message": "created", "username"}`, the username
    /// with its creation time appended (UTC `yyMMddHHmmss`), as Plivo names endpoints. Without `app_id` the owner's `default_endpoint_app` is attached.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let draft = try EndpointParameters.draft(from: RequestParameters.body(of: request))
        let endpoint = try store.createEndpoint(draft, in: scope)
        return PlivoResponse.message(
            .created, apiID: ids.makeUUID(), message: "created",
            extra: [("alias", endpoint.alias), ("endpoint_id", endpoint.endpointID), ("username", endpoint.username)])
    }

    /// `GET …/Endpoint/{endpoint_id}/` → 200, the object plus `api_id`.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        guard let endpoint = try store.endpoint(id: try endpointID(context), in: scope) else {
            throw PlivoError.notFound
        }
        return PlivoResponse.json(.ok) { json in
            EndpointJSON.write(endpoint, authID: scope.authID, apiID: ids.makeUUID(), into: &json)
        }
    }

    /// `GET …/Endpoint/` → 200 with `meta` and `objects`, newest first, filtered by `subaccount` (which the .NET
    /// SDK sends) as the Application list is.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        let page = try store.listEndpoints(
            in: scope, subaccountID: try parameters.subaccountID(), page: pagination.pageRequest)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/Endpoint/", request: request, apiID: ids.makeUUID()
        ) { endpoint, json in
            EndpointJSON.write(endpoint, authID: scope.authID, apiID: nil, into: &json)
        }
    }

    /// `POST …/Endpoint/{endpoint_id}/` → 202 `{"api_id", "message": "changed"}`; `password`, `alias` and `app_id`
    /// change when sent.
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let endpointID = try endpointID(context)
        let changes = try EndpointParameters.changes(from: RequestParameters.body(of: request))
        _ = try store.updateEndpoint(id: endpointID, changes: changes, in: scope)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }

    /// `DELETE …/Endpoint/{endpoint_id}/` → 204.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        try store.deleteEndpoint(id: try endpointID(context), in: scope)
        return PlivoResponse.noContent()
    }

    private func endpointID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let endpointID = context.parameters["endpointID"] else { throw PlivoError.notFound }
        return endpointID
    }
}
