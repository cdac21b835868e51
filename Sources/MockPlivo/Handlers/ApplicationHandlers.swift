import HTTPServerKit
import PlivoStore
import PlivoSupport

/// The five Application calls. Each one decodes and validates its parameters, calls the store and encodes the
/// answer; none sees SQL. Statuses and bodies: `docs/contract.md`, "Responses".
struct ApplicationHandlers: Sendable {
    let store: any ApplicationStore
    let ids: IdentifierGenerator
    let renderings = ApplicationJSONCache()

    /// `POST /v1/Account/{auth_id}/Application/` → 201 `{"api_id", "app_id", "message": "created"}`.
    func create(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let draft = try ApplicationParameters.draft(from: RequestParameters.body(of: request))
        switch try store.createApplicationWithoutWaiting(draft, in: scope) {
        case .committed(let appID):
            return created(appID: appID)
        case .queued(let ticket):
            // Committed with the other writes of this loop's batch when it ends (or by another loop writing then);
            // the answer goes out after the commit.
            return .deferred { promise in
                ticket.onCompletion { result in
                    switch result {
                    case .success(let appID): promise.succeed(created(appID: appID))
                    case .failure(let error): promise.fail(error)
                    }
                }
            }
        }
    }

    private func created(appID: String) -> HTTPResponse {
        PlivoResponse.message(.created, apiID: ids.makeUUID(), message: "created", extra: [("app_id", appID)])
    }

    /// `GET …/Application/{app_id}/` → 200, the object plus `api_id`.
    func get(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let appID = try appID(context)
        // Read before the row: a write after this point moves the version on, so nothing read here passes later.
        let version = store.applicationsVersion
        if let body = renderings.body(ofUnchanged: appID, authID: scope.authID, version: version, apiID: ids.makeUUID) {
            return HTTPResponse(status: .ok, headers: PlivoResponse.jsonHeaders, body: body)
        }
        guard let application = try store.application(id: appID, in: scope) else {
            throw PlivoError.notFound
        }
        return HTTPResponse(
            status: .ok, headers: PlivoResponse.jsonHeaders,
            body: renderings.body(of: application, authID: scope.authID, apiID: ids.makeUUID(), version: version))
    }

    /// `GET …/Application/` → 200 with `meta` and `objects`, newest first, filtered by `subaccount` and an
    /// `app_name` prefix. A `subaccount` the caller cannot see is a 400 naming it, as on the Endpoint list.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = RequestParameters.query(of: request)
        let pagination = try ListPagination(parameters)
        var query = ApplicationQuery(page: pagination.pageRequest)
        query.subaccountID = try parameters.subaccountID()
        query.appNamePrefix = try parameters.nonEmptyString("app_name")
        let page = try store.listApplications(query, in: scope)
        return pagination.response(
            page: page, path: "/v1/Account/\(scope.authID)/Application/", request: request, apiID: ids.makeUUID()
        ) { application, json in
            ApplicationJSON.write(application, authID: scope.authID, apiID: nil, into: &json)
        }
    }

    /// `POST …/Application/{app_id}/` → 202 `{"api_id", "message": "changed"}`; only the parameters sent change.
    func update(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let appID = try appID(context)
        let changes = try ApplicationParameters.changes(from: RequestParameters.body(of: request))
        _ = try store.updateApplication(id: appID, changes: changes, in: scope)
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "changed")
    }

    /// `DELETE …/Application/{app_id}/` → 204. `cascade` (default true) and `new_endpoint_application` come from
    /// the query or the body, since SDKs use either.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let appID = try appID(context)
        let parameters = try RequestParameters.queryAndBody(of: request)
        let cascade = try parameters.bool("cascade") ?? true
        let newApplication = try parameters.nonEmptyString("new_endpoint_application")
        try store.deleteApplication(id: appID, cascade: cascade, newEndpointApplication: newApplication, in: scope)
        return PlivoResponse.noContent()
    }

    private func appID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let appID = context.parameters["appID"] else { throw PlivoError.notFound }
        return appID
    }
}
